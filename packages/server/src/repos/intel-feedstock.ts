/**
 * What intel reads from the rest of the store: reports and finished scans after a cursor (for
 * clustering), per-day aggregates for trends, and the indicators that belong to a set of hosts
 * (a campaign's export). Read-only over tables other modules own.
 */
import { sql } from 'kysely';
import type { DbKind } from '../db/connect.ts';
import type { IntelDb } from './intel-state.ts';
import { parseJson } from './util.ts';
import type { IndicatorItem, IndicatorStatus, IndicatorType } from './indicators.ts';

export interface ReportRow {
  readonly id: string;
  readonly at: string;
  readonly text?: string;
  readonly url?: string;
  readonly region?: string;
  readonly lang: string;
  readonly level?: string;
  readonly verdict?: { attack?: string; brand?: string; language?: string; level?: string; indicators?: { domains?: string[]; urls?: string[] } };
}

export interface ScanRow {
  readonly id: string;
  /** finished_at: the clustering cursor's time. */
  readonly at: string;
  readonly createdAt: string;
  readonly url: string;
  readonly level?: string;
  readonly hasScreenshot: boolean;
  readonly verdict?: { attack?: string; brand?: string; language?: string; indicators?: { domains?: string[] } };
  readonly evidence?: unknown;
}

export interface DetectionAggregate {
  readonly day: string;
  readonly attack?: string;
  readonly brand?: string;
  readonly language?: string;
  readonly count: number;
}

/** Keyset position "<time>|<id>"; the empty cursor starts at the beginning. */
export function splitCursor(c: string | undefined): { at: string; id: string } {
  const i = c ? c.indexOf('|') : -1;
  return c && i > 0 ? { at: c.slice(0, i), id: c.slice(i + 1) } : { at: '', id: '' };
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

export function intelFeedstockRepo(db: IntelDb, kind: DbKind) {
  return {
    /** Reports created after the cursor and not after `upTo`, oldest first. */
    async reportsAfter(cursor: string | undefined, upTo: string, limit: number): Promise<ReportRow[]> {
      const c = splitCursor(cursor);
      const rows = await db.selectFrom('reports').select(['id', 'created_at', 'text', 'url', 'region', 'lang', 'level', 'verdict_json'])
        .where((eb) => eb.or([eb('created_at', '>', c.at), eb.and([eb('created_at', '=', c.at), eb('id', '>', c.id)])]))
        .where('created_at', '<=', upTo)
        .orderBy('created_at').orderBy('id').limit(limit).execute();
      return rows.map((r) => ({
        id: r.id, at: r.created_at, lang: r.lang,
        ...(r.text ? { text: r.text } : {}), ...(r.url ? { url: r.url } : {}), ...(r.region ? { region: r.region } : {}), ...(r.level ? { level: r.level } : {}),
        ...(r.verdict_json ? { verdict: parseJson<ReportRow['verdict']>(r.verdict_json) ?? {} } : {}),
      }));
    },

    /** Scans finished (done) after the cursor and not after `upTo`, oldest first, with their evidence. */
    async scansAfter(cursor: string | undefined, upTo: string, limit: number): Promise<ScanRow[]> {
      const c = splitCursor(cursor);
      const rows = await db.selectFrom('scans').select(['id', 'finished_at', 'created_at', 'url', 'level', 'has_screenshot', 'verdict_json', 'evidence_json'])
        .where('status', '=', 'done').where('finished_at', 'is not', null)
        .where((eb) => eb.or([eb('finished_at', '>', c.at), eb.and([eb('finished_at', '=', c.at), eb('id', '>', c.id)])]))
        .where('finished_at', '<=', upTo)
        .orderBy('finished_at').orderBy('id').limit(limit).execute();
      return rows.map((r) => ({
        id: r.id, at: r.finished_at ?? r.created_at, createdAt: r.created_at, url: r.url, hasScreenshot: Number(r.has_screenshot) === 1,
        ...(r.level ? { level: r.level } : {}),
        ...(r.verdict_json ? { verdict: parseJson<ScanRow['verdict']>(r.verdict_json) ?? {} } : {}),
        ...(r.evidence_json ? { evidence: parseJson(r.evidence_json) } : {}),
      }));
    },

    /** Flagged checks per day by attack, brand and language, aggregated in SQL (checks are the bulk). */
    async detectionsByDay(from: string, to: string): Promise<DetectionAggregate[]> {
      const brand = kind === 'postgres' ? sql<string | null>`(verdict_json::jsonb ->> 'brand')` : sql<string | null>`json_extract(verdict_json, '$.brand')`;
      const language = kind === 'postgres' ? sql<string | null>`(verdict_json::jsonb ->> 'language')` : sql<string | null>`json_extract(verdict_json, '$.language')`;
      const day = sql<string>`substr(created_at, 1, 10)`;
      const rows = await db.selectFrom('submissions')
        .select([day.as('day'), 'attack', brand.as('brand'), language.as('language'), (eb) => eb.fn.countAll<number>().as('n')])
        .where('level', 'in', ['dangerous', 'suspicious']).where('created_at', '>=', from).where('created_at', '<=', to)
        .groupBy([day, 'attack', brand, language]).execute();
      return rows.map((r) => ({ day: r.day, count: Number(r.n), ...(str(r.attack) ? { attack: str(r.attack) } : {}), ...(str(r.brand) ? { brand: str(r.brand) } : {}), ...(str(r.language) ? { language: str(r.language) } : {}) }));
    },

    /** Flagged scans finished in [from, to] (bounded), for trends. */
    async flaggedScans(from: string, to: string, limit: number): Promise<ScanRow[]> {
      const rows = await db.selectFrom('scans').select(['id', 'finished_at', 'created_at', 'url', 'level', 'has_screenshot', 'verdict_json'])
        .where('status', '=', 'done').where('level', 'in', ['dangerous', 'suspicious'])
        .where('finished_at', '>=', from).where('finished_at', '<=', to).orderBy('finished_at', 'desc').limit(limit).execute();
      return rows.map((r) => ({ id: r.id, at: r.finished_at ?? r.created_at, createdAt: r.created_at, url: r.url, hasScreenshot: Number(r.has_screenshot) === 1, ...(r.level ? { level: r.level } : {}), ...(r.verdict_json ? { verdict: parseJson<ScanRow['verdict']>(r.verdict_json) ?? {} } : {}) }));
    },

    /** Domain indicators equal to one of `hosts`, and URL indicators on them (a campaign's indicators). */
    async indicatorsOfHosts(hosts: readonly string[], limit = 5000): Promise<IndicatorItem[]> {
      const hs = [...new Set(hosts.map((h) => h.toLowerCase()))].slice(0, 200);
      if (hs.length === 0) return [];
      const rows = await db.selectFrom('indicators').selectAll()
        .where((eb) => eb.or([
          eb.and([eb('type', '=', 'domain'), eb('value', 'in', hs)]),
          eb.and([eb('type', '=', 'url'), eb.or(hs.flatMap((h) => ['http', 'https'].flatMap((s) => [eb('value', 'like', `${s}://${h}/%`), eb('value', 'like', `${s}://${h}:%`)])))]),
        ]))
        .orderBy('last_seen', 'desc').limit(limit).execute();
      return rows.map((r) => ({
        id: r.id, type: r.type as IndicatorType, value: r.value, status: r.status as IndicatorStatus, firstSeen: r.first_seen, lastSeen: r.last_seen,
        sightings: Number(r.sightings), maxLevel: r.max_level, ...(r.note ? { note: r.note } : {}),
      }));
    },
  };
}
export type IntelFeedstockRepo = ReturnType<typeof intelFeedstockRepo>;
