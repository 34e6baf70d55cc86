/**
 * Trends for the forecasting unit from the store: citizen reports (attack, brand and language from
 * their verdicts, region as given, lure and domain), flagged scans and flagged checks (aggregated
 * per day in SQL: checks are the bulk). Row counts are bounded so that a year of data cannot
 * exhaust the server's memory; the response says when a bound was hit.
 */
import { computeTrends, type TrendEvent, type Trends } from '@ghostguard/intel';
import type { Repositories } from '../repos/index.ts';

const DAY = 86_400_000;
/** A day of a large wave is ~5,000 reports (Kazakhstan's 2025–26 campaigns); 50,000 covers any window we chart. */
const MAX_REPORTS = 50_000;
const MAX_SCANS = 20_000;

export interface TrendsResult extends Trends {
  readonly from: string;
  readonly to: string;
  readonly truncated: boolean;
}

async function reportEvents(repos: Repositories, from: string, to: string): Promise<{ events: TrendEvent[]; truncated: boolean }> {
  const events: TrendEvent[] = [];
  let cursor: string | undefined = `${from}|`;
  // Reports are read in pages after a keyset cursor (the clustering reader), never all at once.
  while (cursor !== undefined && events.length < MAX_REPORTS) {
    const page = await repos.intel.feedstock.reportsAfter(cursor, to, 2000);
    for (const r of page) {
      events.push({
        at: r.at, kind: 'report',
        ...(r.verdict?.attack ? { attack: r.verdict.attack } : {}), ...(r.verdict?.brand ? { brand: r.verdict.brand } : {}),
        ...(r.verdict?.language ? { language: r.verdict.language } : {}), ...(r.region ? { region: r.region } : {}),
        ...(r.text ? { lure: r.text } : {}), ...(r.verdict?.indicators?.domains?.[0] ? { domain: r.verdict.indicators.domains[0] } : {}),
      });
    }
    const last = page[page.length - 1];
    cursor = page.length === 2000 && last ? `${last.at}|${last.id}` : undefined;
  }
  return { events, truncated: events.length >= MAX_REPORTS };
}

export async function trendsFromStore(repos: Repositories, days: number, horizonDays = 14, nowMs = Date.now()): Promise<TrendsResult> {
  const to = new Date(nowMs).toISOString();
  const from = new Date(Math.floor(nowMs / DAY) * DAY - (days - 1) * DAY).toISOString();
  const { events, truncated } = await reportEvents(repos, from, to);
  const scans = await repos.intel.feedstock.flaggedScans(from, to, MAX_SCANS);
  for (const s of scans) {
    const domain = s.verdict?.indicators?.domains?.[0];
    events.push({ at: s.at, kind: 'detection', ...(s.verdict?.attack ? { attack: s.verdict.attack } : {}), ...(s.verdict?.brand ? { brand: s.verdict.brand } : {}), ...(s.verdict?.language ? { language: s.verdict.language } : {}), ...(domain ? { domain } : {}) });
  }
  for (const a of await repos.intel.feedstock.detectionsByDay(from, to)) {
    events.push({ at: `${a.day}T12:00:00.000Z`, kind: 'detection', count: a.count, ...(a.attack ? { attack: a.attack } : {}), ...(a.brand ? { brand: a.brand } : {}), ...(a.language ? { language: a.language } : {}) });
  }
  const t = computeTrends(events, { from, to, top: 10, horizonDays });
  return { ...t, from, to, truncated: truncated || scans.length >= MAX_SCANS };
}
