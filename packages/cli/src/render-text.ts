import type { RenderedVerdict, Verdict } from '@ghostguard/core';

const COLOURS: Record<string, string> = { dangerous: '\x1b[1;31m', suspicious: '\x1b[1;33m', unknown: '\x1b[1;36m', safe: '\x1b[1;32m' };
const RESET = '\x1b[0m';
const LABEL: Record<string, string> = { dangerous: 'DANGEROUS', suspicious: 'SUSPICIOUS', unknown: 'NO SIGNS FOUND', safe: 'SAFE' };

/** Plain-text verdict for a terminal: level, why, what to do. Colour only on a TTY. */
export function formatVerdict(v: Verdict, r: RenderedVerdict, opts: { colour: boolean; labels: { why: string; todo: string } }): string {
  const c = (s: string) => (opts.colour ? `${COLOURS[v.level] ?? ''}${s}${RESET}` : s);
  const lines = [`${c(LABEL[v.level] ?? v.level.toUpperCase())} — ${r.headline} (${v.score}/100)`, r.summary];
  if (r.reasons.length > 0) {
    lines.push('', `${opts.labels.why}:`);
    for (const reason of r.reasons) lines.push(`  • ${reason}`);
  }
  if (r.advice.length > 0) {
    lines.push('', `${opts.labels.todo}:`);
    r.advice.forEach((a, i) => {
      lines.push(`  ${i + 1}. ${a.title}`);
      for (const s of a.steps) lines.push(`     ${s}`);
    });
  }
  return lines.join('\n');
}

export const SECTION_LABELS: Record<string, { why: string; todo: string }> = {
  en: { why: 'Why', todo: 'What to do' },
  ru: { why: 'Почему', todo: 'Что делать' },
  kk: { why: 'Неге', todo: 'Не істеу керек' },
};
