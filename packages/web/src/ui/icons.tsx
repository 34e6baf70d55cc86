/** Small inline SVG icons (no icon font, no external files). Decorative: hidden from screen readers. */
import type { Tone } from '../citizen/tone.ts';

export function ShieldIcon({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <path d="M16 2 4 6.5v8.2C4 22.3 9.1 28.4 16 30c6.9-1.6 12-7.7 12-15.3V6.5L16 2Z" fill="currentColor" />
      <path d="m10.5 16 3.8 3.8 7.2-7.6" fill="none" stroke="#fff" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export function ToneIcon({ tone }: { tone: Tone }) {
  const common = { viewBox: '0 0 24 24', 'aria-hidden': true, focusable: false, className: 'tone-icon' } as const;
  if (tone === 'dangerous')
    return (
      <svg {...common}>
        <circle cx="12" cy="12" r="11" fill="currentColor" />
        <path d="M8 8l8 8M16 8l-8 8" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" />
      </svg>
    );
  if (tone === 'suspicious')
    return (
      <svg {...common}>
        <path d="M12 1.8 23 21.5H1L12 1.8Z" fill="currentColor" />
        <path d="M12 9v5.5" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" />
        <circle cx="12" cy="18" r="1.4" fill="#fff" />
      </svg>
    );
  if (tone === 'official')
    return (
      <svg {...common}>
        <circle cx="12" cy="12" r="11" fill="currentColor" />
        <path d="m7 12.5 3.3 3.3L17 9" fill="none" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    );
  return (
    <svg {...common}>
      <circle cx="12" cy="12" r="11" fill="currentColor" />
      <path d="M12 10.5v6.5" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" />
      <circle cx="12" cy="7" r="1.5" fill="#fff" />
    </svg>
  );
}

export function ArrowIcon() {
  return (
    <svg viewBox="0 0 24 24" className="arrow-icon" aria-hidden="true" focusable="false">
      <path d="M9 5l7 7-7 7" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
