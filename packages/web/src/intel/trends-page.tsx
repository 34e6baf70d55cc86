import { useEffect, useMemo, useState } from 'react';
import { useI18n } from '../i18n/context.tsx';
import { useAuthed } from '../analyst/session.tsx';
import { TimeChart, type Series } from './chart.tsx';
import { intelApi, topSeries, type TrendsData } from './intel-api.ts';

const WINDOWS = [14, 30, 90, 365] as const;

/** Reports so far, then the forecast mean with its 95% interval as a band (docs/intel.md). */
function volumeChart(d: TrendsData, labels: { reports: string; detections: string; forecast: string; lower: string; upper: string }): { days: string[]; series: Series[] } {
  const n = d.days.length;
  const h = d.forecast.points.length;
  const pad = (a: readonly number[], before: number, after: number) => [...Array<null>(before).fill(null), ...a, ...Array<null>(after).fill(null)];
  const last = d.reports[n - 1] ?? 0;
  // The forecast line starts at the last observed day so the two lines join.
  const mean = [...Array<null>(n - 1).fill(null), last, ...d.forecast.points.map((p) => p.mean)];
  const lower = [...Array<null>(n - 1).fill(null), last, ...d.forecast.points.map((p) => p.lower)];
  const upper = [...Array<null>(n - 1).fill(null), last, ...d.forecast.points.map((p) => p.upper)];
  return {
    days: [...d.days, ...d.forecast.days],
    series: [
      { label: labels.reports, values: pad(d.reports, 0, h) },
      { label: labels.detections, values: pad(d.detections, 0, h) },
      { label: labels.forecast, values: mean, dash: true },
      { label: labels.upper, values: upper, color: '#9ecae1', bandWith: 4 },
      { label: labels.lower, values: lower, color: '#9ecae1' },
    ],
  };
}

function breakdown(m: TrendsData['byAttack']): Series[] {
  return topSeries(m, 6).map(([label, values]) => ({ label, values }));
}

export function TrendsPage() {
  const { t } = useI18n();
  const authed = useAuthed();
  const [days, setDays] = useState<number>(30);
  const [data, setData] = useState<TrendsData | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setData(null);
    authed(() => intelApi.trends(days)).then(setData, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [authed, days]);
  const volume = useMemo(() => (data ? volumeChart(data, { reports: t('intel.reports'), detections: t('intel.detections'), forecast: t('intel.trends.forecast'), lower: t('intel.trends.lower'), upper: t('intel.trends.upper') }) : null), [data, t]);
  const parts = useMemo(() => (data ? { attack: breakdown(data.byAttack), brand: breakdown(data.byBrand), language: breakdown(data.byLanguage), region: breakdown(data.byRegion) } : null), [data]);
  return (
    <section aria-labelledby="trends-h">
      <h1 id="trends-h">{t('analyst.nav.trends')}</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          <span>{t('intel.trends.window')}</span>
          <select value={days} onChange={(e) => setDays(Number(e.target.value))}>
            {WINDOWS.map((w) => <option key={w} value={w}>{t('intel.trends.days', { n: w })}</option>)}
          </select>
        </label>
      </form>
      {error && <p className="notice notice-error" role="alert">{t('analyst.error', { detail: error })}</p>}
      {!data || !volume || !parts ? <p className="muted">{t('analyst.loading')}</p> : (
        <>
          <TimeChart days={volume.days} series={volume.series} title={t('intel.trends.volume')} />
          <p className="muted small">{t('intel.trends.method', { model: data.forecast.model })}</p>
          {data.truncated && <p className="notice notice-info">{t('intel.trends.truncated')}</p>}
          <div className="chart-grid">
            <TimeChart days={data.days} series={parts.attack} title={t('intel.trends.byAttack')} height={200} />
            <TimeChart days={data.days} series={parts.brand} title={t('intel.trends.byBrand')} height={200} />
            <TimeChart days={data.days} series={parts.language} title={t('intel.trends.byLanguage')} height={200} />
            {parts.region.length > 0 && <TimeChart days={data.days} series={parts.region} title={t('intel.trends.byRegion')} height={200} />}
          </div>
          <h2>{t('intel.trends.topLures')}</h2>
          {data.topLures.length === 0 ? <p className="muted">{t('analyst.empty')}</p> : <ol className="lures">{data.topLures.map((l) => <li key={l.text}><q>{l.text}</q> <span className="muted">× {l.count}</span></li>)}</ol>}
          <h2>{t('intel.trends.topDomains')}</h2>
          {data.topDomains.length === 0 ? <p className="muted">{t('analyst.empty')}</p> : <ol>{data.topDomains.map((d) => <li key={d.domain}><code className="break">{d.domain}</code> <span className="muted">× {d.count}</span></li>)}</ol>}
        </>
      )}
    </section>
  );
}
