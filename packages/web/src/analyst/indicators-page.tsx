import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { ApiError } from '../api.ts';
import { useI18n } from '../i18n/context.tsx';
import { analystApi, type Indicator } from './analyst-api.ts';
import { IndicatorTable } from './indicator-actions.tsx';
import { useAuthed } from './session.tsx';

const STATUSES = ['suspected', 'confirmed', 'false-positive', 'allowlisted'] as const;

export function IndicatorsPage() {
  const { t } = useI18n();
  const authed = useAuthed();
  const [status, setStatus] = useState('');
  const [q, setQ] = useState('');
  const [applied, setApplied] = useState<{ status: string; q: string }>({ status: '', q: '' });
  const [items, setItems] = useState<readonly Indicator[]>([]);
  const [msg, setMsg] = useState('');
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      const page = await authed(() => analystApi.indicators({ status: applied.status, q: applied.q, limit: '100' }));
      setItems(page.items);
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [authed, applied]);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <section>
      <h1>{t('analyst.nav.indicators')}</h1>
      <form
        className="filters"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setApplied({ status, q });
        }}
      >
        <label>
          <span>{t('analyst.filter.search')}</span>
          <input type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        </label>
        <label>
          <span>{t('analyst.filter.status')}</span>
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t('analyst.filter.any')}</option>
            {STATUSES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <button type="submit" className="btn btn-secondary">
          {t('analyst.filter.apply')}
        </button>
      </form>
      <p className="notice notice-ok" role="status" hidden={!msg}>
        {msg}
      </p>
      {error && (
        <p className="notice notice-error" role="alert">
          {t('analyst.error', { detail: error })}
        </p>
      )}
      <IndicatorTable
        items={items}
        onChanged={(m) => {
          setMsg(m);
          void load();
        }}
      />
      {items.length === 0 && !error && <p className="muted">{t('analyst.empty')}</p>}
      <AllowlistForm onDone={setMsg} />
    </section>
  );
}

function AllowlistForm({ onDone }: { onDone: (m: string) => void }) {
  const { t } = useI18n();
  const authed = useAuthed();
  const id = useId();
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!reason.trim()) return setError(t('analyst.ind.reasonRequired'));
    try {
      await authed(() => analystApi.allowlist(value.trim(), reason.trim()));
      onDone(t('analyst.ind.done', { value: value.trim(), status: 'allowlisted' }));
      setValue('');
      setReason('');
      setError(null);
    } catch (err) {
      setError(err instanceof ApiError ? `${err.code}: ${err.message}` : String(err));
    }
  }
  return (
    <form className="card stack narrow" onSubmit={(e) => void submit(e)}>
      <h2>{t('analyst.allow.title')}</h2>
      <label htmlFor={`${id}-v`}>{t('analyst.allow.value')}</label>
      <input id={`${id}-v`} value={value} onChange={(e) => setValue(e.target.value)} required maxLength={2048} />
      <label htmlFor={`${id}-r`}>{t('analyst.ind.reason')}</label>
      <input id={`${id}-r`} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="btn btn-primary">
        {t('analyst.ind.allowlist')}
      </button>
    </form>
  );
}
