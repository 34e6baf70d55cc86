import { useEffect, useRef } from 'react';
import { renderVerdict, type RenderedVerdict, type Verdict } from '@ghostguard/core';
import { useI18n } from '../i18n/context.tsx';
import { ToneIcon } from '../ui/icons.tsx';
import { readableReasons, toneFor } from './tone.ts';

/**
 * The answer a person reads: colour + headline first (biggest text on the screen), then the
 * reasons in plain words, then the advice cards. When the person switches language after the
 * check, the verdict is re-rendered in the browser by core's renderer (no second submission).
 */
export function VerdictView({ verdict, rendered, focusOnShow = true }: { verdict: Verdict; rendered: RenderedVerdict; focusOnShow?: boolean }) {
  const { t, lang } = useI18n();
  const r = rendered.lang === lang ? rendered : renderVerdict(verdict, lang);
  const tone = toneFor(verdict.level, verdict.kind);
  const reasons = readableReasons(r.reasons);
  const headRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Move focus to the answer: screen readers read it, and on a phone it scrolls into view.
    if (focusOnShow) headRef.current?.focus();
  }, [verdict, focusOnShow]);
  return (
    <article className={`verdict tone-${tone}`} data-level={verdict.level} data-tone={tone}>
      <header className="verdict-head">
        <ToneIcon tone={tone} />
        <div>
          <p className="verdict-badge">{t(`tone.${tone}`)}</p>
          <h2 className="verdict-headline" ref={headRef} tabIndex={-1}>
            {r.headline}
          </h2>
          <p className="verdict-summary">{r.summary}</p>
        </div>
      </header>
      {reasons.length > 0 && (
        <section className="verdict-section">
          <h3>{t('result.why')}</h3>
          <ul className="reasons">
            {reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </section>
      )}
      {r.advice.length > 0 && (
        <section className="verdict-section">
          <h3>{t('result.todo')}</h3>
          <ol className="advice-list">
            {r.advice.map((a) => (
              <li key={a.id} className="advice-card" data-advice={a.id}>
                <h4>{a.title}</h4>
                {a.steps.length === 1 ? (
                  <p>{a.steps[0]}</p>
                ) : (
                  <ul>
                    {a.steps.map((s) => (
                      <li key={s}>{s}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}
