/**
 * Trends for the forecasting unit: per-day counts of reports and detections by attack type,
 * brand, language and region; the top lures (grouped by normalised text, shown redacted) and
 * domains; and a forecast of daily report volume (holt-winters.ts). Pure: events in, numbers out.
 */
import { normaliseLure } from '../campaigns/text-similarity.ts';
import { redactForExport } from '../export/redact.ts';
import { forecastSeries, type Forecast } from './holt-winters.ts';

export interface TrendEvent {
  readonly at: string;
  readonly kind: 'report' | 'detection';
  readonly attack?: string;
  readonly brand?: string;
  readonly language?: string;
  readonly region?: string;
  readonly lure?: string;
  readonly domain?: string;
  /** How many events this one stands for (aggregated rows; default 1). */
  readonly count?: number;
}

export interface Trends {
  readonly days: readonly string[];
  readonly reports: readonly number[];
  readonly detections: readonly number[];
  readonly byAttack: Readonly<Record<string, number[]>>;
  readonly byBrand: Readonly<Record<string, number[]>>;
  readonly byLanguage: Readonly<Record<string, number[]>>;
  readonly byRegion: Readonly<Record<string, number[]>>;
  readonly topLures: readonly { text: string; count: number }[];
  readonly topDomains: readonly { domain: string; count: number }[];
  readonly forecast: Forecast & { readonly days: readonly string[] };
}

export interface TrendOptions {
  readonly from: string;
  readonly to: string;
  readonly top?: number;
  readonly horizonDays?: number;
}

const DAY = 86_400_000;
/** A window longer than two years is a mistake or an attack on the server's memory. */
const MAX_DAYS = 731;

function dayIndex(iso: string, start: number): number {
  return Math.floor((Date.parse(iso) - start) / DAY);
}

function bump(m: Record<string, number[]>, key: string | undefined, i: number, n: number, by = 1): void {
  const k = (key ?? '').trim().slice(0, 40) || 'unknown';
  const arr = m[k] ?? (m[k] = new Array<number>(n).fill(0));
  arr[i] = (arr[i] ?? 0) + by;
}

function top<T extends string>(counts: Map<T, { count: number; sample: string }>, n: number): { text: string; count: number }[] {
  return [...counts.values()].sort((a, b) => b.count - a.count || a.sample.localeCompare(b.sample)).slice(0, n).map((v) => ({ text: v.sample, count: v.count }));
}

export function computeTrends(events: Iterable<TrendEvent>, o: TrendOptions): Trends {
  const start = Math.floor(Date.parse(o.from) / DAY) * DAY;
  const end = Math.floor(Date.parse(o.to) / DAY) * DAY;
  if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) throw new RangeError('bad from/to');
  const n = Math.min(MAX_DAYS, (end - start) / DAY + 1);
  const days = Array.from({ length: n }, (_, i) => new Date(start + i * DAY).toISOString().slice(0, 10));
  const reports = new Array<number>(n).fill(0);
  const detections = new Array<number>(n).fill(0);
  const byAttack: Record<string, number[]> = {};
  const byBrand: Record<string, number[]> = {};
  const byLanguage: Record<string, number[]> = {};
  const byRegion: Record<string, number[]> = {};
  const lures = new Map<string, { count: number; sample: string }>();
  const domains = new Map<string, { count: number; sample: string }>();
  for (const e of events) {
    const i = dayIndex(e.at, start);
    if (!(i >= 0 && i < n)) continue;
    const by = e.count !== undefined && Number.isSafeInteger(e.count) && e.count > 0 ? e.count : 1;
    const series = e.kind === 'report' ? reports : detections;
    series[i] = (series[i] ?? 0) + by;
    bump(byAttack, e.attack, i, n, by);
    bump(byBrand, e.brand, i, n, by);
    bump(byLanguage, e.language, i, n, by);
    if (e.region) bump(byRegion, e.region, i, n, by);
    if (e.lure) {
      const key = normaliseLure(e.lure).slice(0, 300);
      if (key) {
        const v = lures.get(key) ?? { count: 0, sample: redactForExport(e.lure).slice(0, 200) };
        v.count += by;
        lures.set(key, v);
      }
    }
    if (e.domain) {
      const d = e.domain.toLowerCase().slice(0, 253);
      const v = domains.get(d) ?? { count: 0, sample: d };
      v.count += by;
      domains.set(d, v);
    }
  }
  const k = o.top ?? 10;
  const h = o.horizonDays ?? 7;
  const f = forecastSeries(reports, h);
  return {
    days, reports, detections, byAttack, byBrand, byLanguage, byRegion,
    topLures: top(lures, k),
    topDomains: top(domains, k).map((d) => ({ domain: d.text, count: d.count })),
    forecast: { ...f, days: Array.from({ length: f.points.length }, (_, i) => new Date(end + (i + 1) * DAY).toISOString().slice(0, 10)) },
  };
}
