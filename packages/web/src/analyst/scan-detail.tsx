import { useCallback, useEffect, useState } from 'react';
import { renderMessage, renderVerdict, type Finding, type Verdict } from '@ghostguard/core';
import { useI18n } from '../i18n/context.tsx';
import { analystApi, cell, when, type Indicator, type Row } from './analyst-api.ts';
import { IndicatorTable } from './indicator-actions.tsx';
import { LevelBadge } from './list-page.tsx';
import { useAuthed } from './session.tsx';

/** Requests shown in the table; a phishing kit page makes 20–200, an ad-heavy page thousands. */
const MAX_REQUESTS_SHOWN = 300;

type Hop = { url?: string; status?: number; kind?: string };
type Req = { url?: string; method?: string; status?: number; resourceType?: string; blocked?: string };
type Ws = { url?: string; socketIoEvents?: string[]; events?: string[]; blocked?: string };

function arr<T>(v: unknown): T[] {
  return Array.isArray(v) ? (v as T[]) : [];
}

function isVerdict(v: unknown): v is Verdict {
  return !!v && typeof v === 'object' && Array.isArray((v as Verdict).findings) && typeof (v as Verdict).level === 'string';
}

/** Indicators of this scan: what the server attached, else a lookup of the verdict's domains and URLs. */
async function indicatorsFor(detail: Row, verdict: Verdict | null, fetchIt: typeof analystApi.indicators): Promise<Indicator[]> {
  const attached = arr<Indicator>(detail['indicators']).filter((i) => i && typeof i.id === 'string');
  if (attached.length) return attached;
  // The scanned URL and its host too: a message check may have recorded them before the scan ran.
  const own: string[] = [];
  const url = typeof detail['url'] === 'string' ? detail['url'] : '';
  try {
    own.push(new URL(url).hostname, url);
  } catch {
    /* not a URL: nothing to add */
  }
  const values = [...new Set([...(verdict?.indicators.domains ?? []), ...(verdict?.indicators.urls ?? []), ...own])].slice(0, 12);
  const found = new Map<string, Indicator>();
  for (const v of values) {
    const page = await fetchIt({ q: v, limit: '20' });
    for (const i of page.items) if (i.value === v) found.set(i.id, i);
  }
  return [...found.values()];
}

export function ScanDetail({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const authed = useAuthed();
  const [detail, setDetail] = useState<Row | null>(null);
  const [indicators, setIndicators] = useState<Indicator[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [msg, setMsg] = useState('');
  const load = useCallback(async () => {
    try {
      const d = await authed(() => analystApi.scan(id));
      setDetail(d);
      const v = isVerdict(d['verdict']) ? d['verdict'] : null;
      setIndicators(await authed(() => indicatorsFor(d, v, analystApi.indicators)));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [authed, id]);
  useEffect(() => {
    void load();
  }, [load]);

  if (error)
    return (
      <p className="notice notice-error" role="alert">
        {t('analyst.error', { detail: error })}
      </p>
    );
  if (!detail) return <p className="muted">{t('analyst.loading')}</p>;
  const verdict = isVerdict(detail['verdict']) ? detail['verdict'] : null;
  const ev = (detail['evidence'] ?? {}) as Record<string, unknown>;
  // The analyst view carries the whole (redacted) evidence under `full`; the summary has counts.
  const full = (typeof ev['full'] === 'object' && ev['full'] ? ev['full'] : ev) as Record<string, unknown>;
  const shot = typeof detail['screenshotUrl'] === 'string' ? detail['screenshotUrl'] : detail['hasScreenshot'] ? `/v1/scans/${encodeURIComponent(id)}/screenshot.png` : null;
  const requests = arr<Req>(full['requests']);
  return (
    <article className="scan-detail">
      <h1>
        {t('analyst.scan.title')} <code className="break">{cell(detail, 'url')}</code>
      </h1>
      <p className="meta">
        <LevelBadge level={cell(detail, 'level')} /> <span className="badge">{cell(detail, 'status')}</span> {when(cell(detail, 'createdAt'))} → {when(cell(detail, 'finishedAt'))}
        {typeof detail['error'] === 'string' && <span className="notice-inline"> {detail['error']}</span>}
      </p>
      <div className="detail-grid">
        <div>{shot ? <img className="screenshot" src={shot} alt={t('scan.screenshotAlt')} /> : <p className="muted">{t('analyst.scan.noScreenshot')}</p>}</div>
        <div>
          {verdict && (
            <section>
              <h2>{t('analyst.scan.verdict')}</h2>
              <p className="verdict-line">
                <strong>{renderVerdict(verdict, lang).headline}</strong> — {verdict.score}/100 {verdict.attack ?? ''}
              </p>
              <h3>{t('analyst.scan.findings')}</h3>
              <ul className="findings">
                {verdict.findings.map((f: Finding, i) => (
                  <li key={`${f.rule}-${i}`}>
                    <span className={`sev sev-${f.severity}`}>{f.severity}</span> <code>{f.rule}</code> {renderMessage(f.message, lang)}
                    {f.evidence.length > 0 && <span className="muted small"> [{f.evidence.map((e) => `${e.field}: ${e.value}`).join('; ')}]</span>}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <h2>{t('analyst.scan.redirects')}</h2>
          <ol className="redirects">
            {arr<Hop>(ev['redirects'] ?? full['redirects']).map((h, i) => (
              <li key={i}>
                <span className="badge">{h.status ?? '—'}</span> <span className="muted">{h.kind}</span> <code className="break">{h.url}</code>
              </li>
            ))}
          </ol>
        </div>
      </div>
      <section>
        <h2>{t('analyst.scan.indicators')}</h2>
        <p className="notice notice-ok" role="status" hidden={!msg}>
          {msg}
        </p>
        <IndicatorTable
          items={indicators}
          onChanged={(m) => {
            setMsg(m);
            void load();
          }}
        />
        {indicators.length === 0 && <p className="muted">{t('analyst.empty')}</p>}
      </section>
      <section>
        <h2>
          {t('analyst.scan.websockets')} ({arr<Ws>(full['websockets']).length})
        </h2>
        <ul>
          {arr<Ws>(full['websockets']).map((w, i) => (
            <li key={i}>
              <code className="break">{w.url}</code> {(w.socketIoEvents ?? w.events ?? []).join(', ')} {w.blocked && <span className="muted">({w.blocked})</span>}
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>
          {t('analyst.scan.requests')} ({requests.length || (typeof ev['requests'] === 'number' ? ev['requests'] : 0)})
        </h2>
        <div className="table-wrap">
          <table className="compact">
            <tbody>
              {requests.slice(0, MAX_REQUESTS_SHOWN).map((r, i) => (
                <tr key={i}>
                  <td>{r.method}</td>
                  <td>{r.status ?? r.blocked ?? '—'}</td>
                  <td>{r.resourceType}</td>
                  <td>
                    <code className="break">{r.url}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </article>
  );
}
