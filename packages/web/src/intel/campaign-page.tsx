import { useEffect, useMemo, useState } from 'react';
import { useI18n } from '../i18n/context.tsx';
import { Link } from '../router.tsx';
import { when } from '../analyst/analyst-api.ts';
import { LevelBadge } from '../analyst/list-page.tsx';
import { useAuthed } from '../analyst/session.tsx';
import { TimeChart, type Series } from './chart.tsx';
import { EXPORT_FORMATS, intelApi, type CampaignDetail } from './intel-api.ts';

/** Fills the days between the first and last activity so the chart's time axis has no holes. */
function dailySeries(timeline: CampaignDetail['timeline']): { days: string[]; reports: number[]; scans: number[] } {
  const first = timeline[0]?.day;
  const last = timeline[timeline.length - 1]?.day;
  if (!first || !last) return { days: [], reports: [], scans: [] };
  const byDay = new Map(timeline.map((d) => [d.day, d]));
  const days: string[] = [];
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`) && days.length < 400; t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  return { days, reports: days.map((d) => byDay.get(d)?.reports ?? 0), scans: days.map((d) => byDay.get(d)?.scans ?? 0) };
}

export function CampaignPage({ id }: { id: string }) {
  const { t } = useI18n();
  const authed = useAuthed();
  const [data, setData] = useState<CampaignDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    authed(() => intelApi.campaign(id)).then(setData, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [authed, id]);
  const daily = useMemo(() => (data ? dailySeries(data.timeline) : null), [data]);
  const series = useMemo<Series[]>(() => (daily ? [{ label: t('intel.reports'), values: daily.reports }, { label: t('intel.scans'), values: daily.scans }] : []), [daily, t]);
  if (error) return <p className="notice notice-error" role="alert">{t('analyst.error', { detail: error })}</p>;
  if (!data || !daily) return <p className="muted">{t('analyst.loading')}</p>;
  const c = data.campaign;
  return (
    <section aria-labelledby="campaign-h">
      <p><Link to="/analyst/campaigns">← {t('analyst.nav.campaigns')}</Link></p>
      <h1 id="campaign-h" className="break">{c.name}</h1>
      <p className="muted">{t('intel.campaign.summary', { members: c.members, reports: c.reports, scans: c.scans, first: when(c.firstSeen), last: when(c.lastSeen) })}</p>
      <div className="export-buttons" role="group" aria-label={t('intel.export')}>
        <span>{t('intel.export')}:</span>
        {EXPORT_FORMATS.map((f) => (
          <a key={f} className="btn btn-small btn-secondary" href={intelApi.campaignExportUrl(c.id, f)} download>{f.toUpperCase()}</a>
        ))}
      </div>
      <h2>{t('intel.campaign.timeline')}</h2>
      <TimeChart days={daily.days} series={series} title={t('intel.campaign.timeline')} height={180} />
      <h2>{t('intel.campaign.domains')}</h2>
      <div className="table-wrap">
        <table>
          <thead><tr><th scope="col">{t('intel.domain')}</th><th scope="col">{t('intel.members')}</th><th scope="col">{t('analyst.col.status')}</th><th scope="col">{t('analyst.col.sightings')}</th></tr></thead>
          <tbody>{data.domains.map((d) => <tr key={d.domain}><td className="break"><code>{d.domain}</code></td><td>{d.members}</td><td>{d.status ?? '—'}</td><td>{d.sightings ?? '—'}</td></tr>)}</tbody>
        </table>
      </div>
      <h2>{t('intel.campaign.lures')}</h2>
      {data.lures.length === 0 ? <p className="muted">{t('analyst.empty')}</p> : (
        <ul className="lures">{data.lures.map((l) => <li key={l.text}><q>{l.text}</q> <span className="muted">× {l.count}</span></li>)}</ul>
      )}
      <h2>{t('intel.campaign.screenshots')}</h2>
      {data.screenshots.length === 0 ? <p className="muted">{t('analyst.scan.noScreenshot')}</p> : (
        <ul className="shots">{data.screenshots.map((s) => (
          <li key={s.scanId}><Link to={`/analyst/scans/${encodeURIComponent(s.scanId)}`}><img src={s.url} alt={t('intel.campaign.shotOf', { host: s.host ?? '' })} loading="lazy" /></Link></li>
        ))}</ul>
      )}
      <h2>{t('intel.campaign.members')}</h2>
      <div className="table-wrap">
        <table>
          <thead><tr><th scope="col">{t('analyst.col.time')}</th><th scope="col">{t('analyst.col.kind')}</th><th scope="col">{t('analyst.col.level')}</th><th scope="col">{t('intel.domain')}</th><th scope="col">{t('intel.linkedBy')}</th></tr></thead>
          <tbody>{data.members.map((m) => (
            <tr key={m.id}>
              <td>{when(m.at)}</td>
              <td>{m.kind === 'scan' ? <Link to={`/analyst/scans/${encodeURIComponent(m.refId)}`}>{t('intel.scan')}</Link> : t('intel.report')}</td>
              <td>{m.level ? <LevelBadge level={m.level} /> : '—'}</td>
              <td className="break">{m.host ?? '—'}</td>
              <td>{m.reasons.length ? m.reasons.join(', ') : t('intel.firstMember')}</td>
            </tr>
          ))}</tbody>
        </table>
      </div>
    </section>
  );
}
