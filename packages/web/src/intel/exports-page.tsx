import { useCallback, useEffect, useState } from 'react';
import { useI18n } from '../i18n/context.tsx';
import { when } from '../analyst/analyst-api.ts';
import { useAuthed } from '../analyst/session.tsx';
import { EXPORT_FORMATS, intelApi, type Appeal } from './intel-api.ts';

/** Indicator downloads (the same files resolvers and CERTs poll) and the false-positive appeals to resolve. */
export function ExportsPage() {
  const { t } = useI18n();
  const authed = useAuthed();
  const [appeals, setAppeals] = useState<readonly Appeal[] | null>(null);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const load = useCallback(() => {
    authed(() => intelApi.appeals('open')).then((p) => setAppeals(p.items), (e: unknown) => setMessage({ ok: false, text: e instanceof Error ? e.message : String(e) }));
  }, [authed]);
  useEffect(load, [load]);
  async function resolve(a: Appeal, decision: 'upheld' | 'rejected') {
    const note = (notes[a.id] ?? '').trim();
    if (note.length < 3) return setMessage({ ok: false, text: t('analyst.ind.reasonRequired') });
    try {
      await authed(() => intelApi.resolveAppeal(a.id, decision, note));
      setMessage({ ok: true, text: t('intel.appeals.done', { value: a.value, status: decision }) });
      load();
    } catch (e) {
      setMessage({ ok: false, text: e instanceof Error ? e.message : String(e) });
    }
  }
  return (
    <section aria-labelledby="exports-h">
      <h1 id="exports-h">{t('analyst.nav.exports')}</h1>
      <p>{t('intel.exports.lead')}</p>
      <div className="export-buttons" role="group" aria-label={t('intel.export')}>
        {EXPORT_FORMATS.map((f) => <a key={f} className="btn btn-small btn-secondary" href={intelApi.exportUrl(f)} download>{f.toUpperCase()}</a>)}
      </div>
      <h2>{t('intel.appeals.title')}</h2>
      {message && <p className={`notice ${message.ok ? 'notice-info' : 'notice-error'}`} role="status">{message.text}</p>}
      {appeals === null ? <p className="muted">{t('analyst.loading')}</p> : appeals.length === 0 ? <p className="muted">{t('analyst.empty')}</p> : (
        <ul className="appeals">
          {appeals.map((a) => (
            <li key={a.id}>
              <p><code className="break">{a.value}</code> <span className="muted">{when(a.createdAt)}</span></p>
              <p><q>{a.reason}</q>{a.contact && <> — <span className="break">{a.contact}</span></>}</p>
              <label>
                <span>{t('analyst.ind.reason')}</span>
                <input value={notes[a.id] ?? ''} onChange={(e) => setNotes({ ...notes, [a.id]: e.target.value })} maxLength={2000} />
              </label>
              <button type="button" className="btn btn-small" onClick={() => void resolve(a, 'upheld')}>{t('intel.appeals.uphold')}</button>{' '}
              <button type="button" className="btn btn-small btn-secondary" onClick={() => void resolve(a, 'rejected')}>{t('intel.appeals.reject')}</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
