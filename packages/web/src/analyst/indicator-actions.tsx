import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../api.ts';
import { useI18n } from '../i18n/context.tsx';
import { analystApi, type Indicator } from './analyst-api.ts';
import { useAuthed } from './session.tsx';

type Mode = null | 'confirm' | 'false-positive' | 'allowlist';

/**
 * Confirm / false positive / allowlist for one indicator. False positive and allowlist need a
 * reason (it goes to the audit log); confirm takes an optional note. Inline form, not prompt():
 * prompt() is unreadable on phones and untestable.
 */
export function IndicatorActions({ ind, onDone }: { ind: Indicator; onDone: (msg: string) => void }) {
  const { t } = useI18n();
  const authed = useAuthed();
  const id = useId();
  const [mode, setMode] = useState<Mode>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!mode) return;
    const r = reason.trim();
    if (mode !== 'confirm' && !r) return setError(t('analyst.ind.reasonRequired'));
    setBusy(true);
    setError(null);
    try {
      if (mode === 'confirm') await authed(() => analystApi.confirm(ind.id, r || undefined));
      else if (mode === 'false-positive') await authed(() => analystApi.falsePositive(ind.id, r));
      else await authed(() => analystApi.allowlist(ind.value, r));
      const status = mode === 'confirm' ? 'confirmed' : mode === 'false-positive' ? 'false-positive' : 'allowlisted';
      setMode(null);
      setReason('');
      onDone(t('analyst.ind.done', { value: ind.value, status }));
    } catch (err) {
      setError(err instanceof ApiError ? `${err.code}: ${err.message}` : String(err));
    } finally {
      setBusy(false);
    }
  }

  if (!mode)
    return (
      <div className="actions">
        <button type="button" className="btn btn-small" onClick={() => setMode('confirm')} disabled={ind.status === 'confirmed'}>
          {t('analyst.ind.confirm')}
        </button>
        <button type="button" className="btn btn-small" onClick={() => setMode('false-positive')} disabled={ind.status === 'false-positive'}>
          {t('analyst.ind.fp')}
        </button>
        <button type="button" className="btn btn-small" onClick={() => setMode('allowlist')} disabled={ind.status === 'allowlisted'}>
          {t('analyst.ind.allowlist')}
        </button>
      </div>
    );
  const label = mode === 'confirm' ? t('analyst.ind.note') : t('analyst.ind.reason');
  return (
    <form className="action-form" onSubmit={(e) => void submit(e)} aria-label={`${t(mode === 'confirm' ? 'analyst.ind.confirm' : mode === 'false-positive' ? 'analyst.ind.fp' : 'analyst.ind.allowlist')}: ${ind.value}`}>
      <label htmlFor={`${id}-r`}>{label}</label>
      <input id={`${id}-r`} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} autoFocus aria-invalid={error ? true : undefined} />
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="btn btn-small btn-primary" disabled={busy}>
          {t('analyst.ind.save')}
        </button>
        <button type="button" className="btn btn-small" onClick={() => setMode(null)}>
          {t('analyst.ind.cancel')}
        </button>
      </div>
    </form>
  );
}

export function IndicatorTable({ items, onChanged }: { items: readonly Indicator[]; onChanged: (msg: string) => void }) {
  const { t } = useI18n();
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('analyst.col.type')}</th>
            <th scope="col">{t('analyst.col.value')}</th>
            <th scope="col">{t('analyst.col.status')}</th>
            <th scope="col">{t('analyst.col.sightings')}</th>
            <th scope="col">{t('analyst.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((ind) => (
            <tr key={ind.id} data-indicator={ind.value}>
              <td>{ind.type}</td>
              <td>
                <code className="break">{ind.value}</code>
              </td>
              <td>
                <span className={`badge badge-${ind.status}`} data-status={ind.status}>
                  {ind.status}
                </span>
              </td>
              <td>{ind.sightings ?? '—'}</td>
              <td>
                <IndicatorActions ind={ind} onDone={onChanged} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
