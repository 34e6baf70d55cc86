import { useCallback, useEffect, useId, useState } from 'react';
import { request } from '../api.ts';
import { useI18n } from '../i18n/context.tsx';
import { cell, query, when, type Row } from './analyst-api.ts';
import { useAuthed } from './session.tsx';

/** GET /v1/analyst/tiplines/outbox and POST …/:id/requeue (docs/api-contract.md). */
interface OutboxPage {
  readonly items: readonly Row[];
  readonly counts: Readonly<Record<string, number>>;
  readonly channels: readonly string[];
}
const STATES = ['dead', 'pending', 'sending', 'sent'] as const;

export const outboxApi = {
  list: (state: string) => request<OutboxPage>('GET', `/v1/analyst/tiplines/outbox${query({ state, limit: '200' })}`),
  requeue: (id: string) => request<unknown>('POST', `/v1/analyst/tiplines/outbox/${encodeURIComponent(id)}/requeue`, {}),
};

/**
 * Tipline replies that could not be delivered (dead) first: an analyst sees why (the provider's
 * error), to whom only in redacted form, and can try again once the cause is fixed.
 */
export function TiplineOutboxPage() {
  const { t } = useI18n();
  const authed = useAuthed();
  const id = useId();
  const [state, setState] = useState<string>('dead');
  const [page, setPage] = useState<OutboxPage | null>(null);
  const [status, setStatus] = useState<{ loading: boolean; error?: string; done?: string }>({ loading: true });

  const load = useCallback(async (s: string, done?: string) => {
    setStatus({ loading: true });
    try {
      setPage(await authed(() => outboxApi.list(s)));
      setStatus({ loading: false, ...(done ? { done } : {}) });
    } catch (e) {
      setStatus({ loading: false, error: e instanceof Error ? e.message : String(e) });
    }
  }, [authed]);
  useEffect(() => {
    void load(state);
  }, [load, state]);

  async function requeue(itemId: string) {
    try {
      await authed(() => outboxApi.requeue(itemId));
      await load(state, itemId);
    } catch (e) {
      setStatus({ loading: false, error: e instanceof Error ? e.message : String(e) });
    }
  }

  const rows = page?.items ?? [];
  return (
    <section aria-labelledby={`${id}-h`}>
      <h1 id={`${id}-h`}>{t('analyst.nav.tiplines')}</h1>
      <p className="muted">{t('analyst.tiplines.lead')}</p>
      {page && (
        <details>
          <summary>{t('analyst.tiplines.channels')}</summary>
          <ul>
            {page.channels.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          <span>{t('analyst.filter.status')}</span>
          <select value={state} onChange={(e) => setState(e.target.value)}>
            {STATES.map((s) => (
              <option key={s} value={s}>
                {s} ({page?.counts[s] ?? 0})
              </option>
            ))}
          </select>
        </label>
      </form>
      {status.error && (
        <p className="notice notice-error" role="alert">
          {t('analyst.error', { detail: status.error })}
        </p>
      )}
      {status.done && <p className="notice notice-ok">{t('analyst.tiplines.requeued')}</p>}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              {(['analyst.col.time', 'analyst.col.channel', 'analyst.col.recipient', 'analyst.col.status', 'analyst.col.attempts', 'analyst.col.error', 'analyst.col.preview', 'analyst.col.actions'] as const).map((k) => (
                <th key={k} scope="col">
                  {t(k)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={cell(r, 'id')} data-state={cell(r, 'state')}>
                <td>{when(cell(r, 'createdAt'))}</td>
                <td>{cell(r, 'channel')}</td>
                <td>
                  <code>{cell(r, 'recipient')}</code>
                </td>
                <td>{cell(r, 'state')}</td>
                <td>{cell(r, 'attempts')}</td>
                <td className="excerpt">{cell(r, 'lastError')}</td>
                <td className="excerpt">{cell(r, 'preview')}</td>
                <td>
                  {r['state'] === 'dead' && (
                    <button type="button" className="btn btn-small" onClick={() => void requeue(cell(r, 'id'))}>
                      {t('analyst.tiplines.requeue')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted" role="status">
        {status.loading ? t('analyst.loading') : rows.length === 0 && !status.error ? t('analyst.empty') : ''}
      </p>
    </section>
  );
}
