import { useId, useState, type FormEvent } from 'react';
import { api, ApiError, HAPPENED, type Happened } from '../api.ts';
import { useI18n } from '../i18n/context.tsx';
import type { UiKey } from '../i18n/strings.ts';

/** Lengths the form accepts: a lure is short; these stop accidental pastes, the API enforces its own. */
const MAX_TEXT = 10_000;
const MAX_SHORT = 200;

export function ReportForm() {
  const { t, lang } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const [url, setUrl] = useState('');
  const [happened, setHappened] = useState<Happened[]>([]);
  const [region, setRegion] = useState('');
  const [consent, setConsent] = useState(false);
  const [contact, setContact] = useState('');
  const [state, setState] = useState<{ phase: 'idle' | 'sending' | 'sent' } | { phase: 'error'; key: UiKey; detail?: string }>({ phase: 'idle' });

  function toggle(h: Happened, on: boolean) {
    // "none" excludes the others, and the others exclude "none".
    setHappened((cur) => (on ? (h === 'none' ? ['none'] : [...cur.filter((x) => x !== 'none'), h]) : cur.filter((x) => x !== h)));
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!text.trim() && !url.trim() && happened.length === 0) return setState({ phase: 'error', key: 'report.error.empty' });
    if (consent && !contact.trim()) return setState({ phase: 'error', key: 'report.error.contact' });
    setState({ phase: 'sending' });
    try {
      await api.report({
        ...(text.trim() ? { text: text.trim() } : {}),
        ...(url.trim() ? { url: url.trim() } : {}),
        happened: happened.length ? happened : ['none'],
        ...(region.trim() ? { region: region.trim() } : {}),
        contactConsent: consent,
        ...(consent && contact.trim() ? { contact: contact.trim() } : {}),
        lang,
      });
      setState({ phase: 'sent' });
    } catch (err) {
      const detail = err instanceof ApiError && err.status >= 400 && err.status < 500 && err.status !== 429 ? err.message : undefined;
      const key: UiKey = err instanceof ApiError && err.status === 0 ? 'check.error.network' : err instanceof ApiError && err.status === 429 ? 'check.error.rate' : detail ? 'check.error.invalid' : 'check.error.server';
      setState({ phase: 'error', key, ...(detail ? { detail } : {}) });
    }
  }

  if (state.phase === 'sent')
    return (
      <section className="card" aria-labelledby={`${id}-h`}>
        <h2 id={`${id}-h`}>{t('report.title')}</h2>
        <p className="notice notice-ok" role="status">
          {t('report.sent')}
        </p>
      </section>
    );
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('report.title')}</h2>
      <p className="muted">{t('report.lead')}</p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="stack">
        <label htmlFor={`${id}-text`}>{t('report.text')}</label>
        <textarea id={`${id}-text`} rows={3} maxLength={MAX_TEXT} value={text} onChange={(e) => setText(e.target.value)} />
        <label htmlFor={`${id}-url`}>{t('report.url')}</label>
        <input id={`${id}-url`} type="text" inputMode="url" maxLength={2048} value={url} onChange={(e) => setUrl(e.target.value)} autoComplete="off" />
        <fieldset className="checks">
          <legend>{t('report.happened')}</legend>
          {HAPPENED.map((h) => (
            <label key={h} className="check">
              <input type="checkbox" checked={happened.includes(h)} onChange={(e) => toggle(h, e.target.checked)} />
              <span>{t(`report.h.${h}`)}</span>
            </label>
          ))}
        </fieldset>
        <label htmlFor={`${id}-region`}>{t('report.region')}</label>
        <input id={`${id}-region`} type="text" maxLength={MAX_SHORT} value={region} onChange={(e) => setRegion(e.target.value)} autoComplete="address-level1" />
        <label className="check">
          <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} />
          <span>{t('report.consent')}</span>
        </label>
        {consent && (
          <>
            <label htmlFor={`${id}-contact`}>{t('report.contact')}</label>
            <input id={`${id}-contact`} type="text" maxLength={MAX_SHORT} value={contact} onChange={(e) => setContact(e.target.value)} autoComplete="email" />
          </>
        )}
        {state.phase === 'error' && (
          <p className="notice notice-error" role="alert">
            {t(state.key, { detail: state.detail ?? '' })}
          </p>
        )}
        <button type="submit" className="btn btn-primary" disabled={state.phase === 'sending'}>
          {state.phase === 'sending' ? t('report.sending') : t('report.submit')}
        </button>
      </form>
    </section>
  );
}
