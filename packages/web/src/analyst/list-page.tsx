import { useCallback, useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n/context.tsx';
import type { UiKey } from '../i18n/strings.ts';
import { analystApi, type Row } from './analyst-api.ts';
import { useAuthed } from './session.tsx';

export interface Column {
  readonly head: UiKey;
  readonly render: (row: Row) => ReactNode;
}
export interface SelectFilter {
  readonly name: string;
  readonly label: UiKey;
  readonly options: readonly string[];
}

/** One list screen: filters on top, a table, "load more" by cursor (never offset paging). */
export function ListPage({ title, path, columns, selects = [], search = true }: { title: UiKey; path: string; columns: readonly Column[]; selects?: readonly SelectFilter[]; search?: boolean }) {
  const { t } = useI18n();
  const authed = useAuthed();
  const id = useId();
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [filters, setFilters] = useState<Record<string, string>>({});
  const [rows, setRows] = useState<readonly Row[]>([]);
  const [cursor, setCursor] = useState<string | undefined>();
  const [state, setState] = useState<{ loading: boolean; error?: string }>({ loading: true });

  const load = useCallback(
    async (f: Record<string, string>, after?: string) => {
      setState({ loading: true });
      try {
        const page = await authed(() => analystApi.list(path, { ...f, limit: '50', cursor: after }));
        setRows((cur) => (after ? [...cur, ...page.items] : page.items));
        setCursor(page.nextCursor);
        setState({ loading: false });
      } catch (e) {
        setState({ loading: false, error: e instanceof Error ? e.message : String(e) });
      }
    },
    [authed, path],
  );
  useEffect(() => {
    void load(filters);
  }, [load, filters]);

  function apply(e: FormEvent) {
    e.preventDefault();
    setFilters({ ...draft });
  }
  return (
    <section aria-labelledby={`${id}-h`}>
      <h1 id={`${id}-h`}>{t(title)}</h1>
      <form className="filters" onSubmit={apply} role="search">
        {search && (
          <label>
            <span>{t('analyst.filter.search')}</span>
            <input type="search" value={draft['q'] ?? ''} onChange={(e) => setDraft({ ...draft, q: e.target.value })} />
          </label>
        )}
        {selects.map((s) => (
          <label key={s.name}>
            <span>{t(s.label)}</span>
            <select value={draft[s.name] ?? ''} onChange={(e) => setDraft({ ...draft, [s.name]: e.target.value })}>
              <option value="">{t('analyst.filter.any')}</option>
              {s.options.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
          </label>
        ))}
        <button type="submit" className="btn btn-secondary">
          {t('analyst.filter.apply')}
        </button>
      </form>
      {state.error && (
        <p className="notice notice-error" role="alert">
          {t('analyst.error', { detail: state.error })}
        </p>
      )}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.head} scope="col">
                  {t(c.head)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={typeof r['id'] === 'string' || typeof r['id'] === 'number' ? String(r['id']) : i}>
                {columns.map((c) => (
                  <td key={c.head}>{c.render(r)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted" role="status">
        {state.loading ? t('analyst.loading') : rows.length === 0 && !state.error ? t('analyst.empty') : ''}
      </p>
      {cursor && !state.loading && (
        <button type="button" className="btn btn-ghost" onClick={() => void load(filters, cursor)}>
          {t('analyst.more')}
        </button>
      )}
    </section>
  );
}

export function LevelBadge({ level }: { level: string }) {
  return <span className={`badge badge-${/^[a-z-]+$/.test(level) ? level : 'unknown'}`}>{level}</span>;
}
