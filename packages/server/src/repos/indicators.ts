import { sql, type Kysely } from 'kysely';
import type { Database, IndicatorsTable } from '../db/schema.ts';
import { containsText, decodeCursor, newId, nowIso, pageOf, type Page } from './util.ts';

export type IndicatorType = 'domain' | 'url';
export type IndicatorStatus = 'suspected' | 'confirmed' | 'false-positive' | 'allowlisted';

export interface IndicatorItem {
  readonly id: string;
  readonly type: IndicatorType;
  readonly value: string;
  readonly status: IndicatorStatus;
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly sightings: number;
  readonly maxLevel: string;
  readonly note?: string;
}

/** One flagged verdict naming a domain or URL; `at` defaults to the time of writing. */
export interface Sighting {
  readonly type: IndicatorType;
  readonly value: string;
  readonly level: string;
  readonly at?: string;
}

interface Aggregate {
  type: IndicatorType;
  value: string;
  level: string;
  count: number;
  first: string;
  last: string;
}

/** 8 parameters a row: far below both databases' bound-parameter limits. */
const ROWS_PER_STATEMENT = 100;

/**
 * Sightings of one (type, value) become one row: PostgreSQL refuses an INSERT … ON CONFLICT
 * that touches the same row twice, and one row is cheaper anyway. Only flagged verdicts are
 * sighted (suspicious, dangerous), so "dangerous wins" is the maximum.
 */
function aggregate(list: readonly Sighting[], now: string): Aggregate[] {
  const byKey = new Map<string, Aggregate>();
  for (const s of list) {
    const at = s.at ?? now;
    const key = `${s.type}\u0000${s.value}`;
    const a = byKey.get(key);
    if (!a) {
      byKey.set(key, { type: s.type, value: s.value, level: s.level, count: 1, first: at, last: at });
      continue;
    }
    a.count++;
    if (s.level === 'dangerous') a.level = 'dangerous';
    if (at < a.first) a.first = at;
    if (at > a.last) a.last = at;
  }
  return [...byKey.values()];
}

function toItem(r: IndicatorsTable): IndicatorItem {
  return {
    id: r.id,
    type: r.type as IndicatorType,
    value: r.value,
    status: r.status as IndicatorStatus,
    firstSeen: r.first_seen,
    lastSeen: r.last_seen,
    sightings: Number(r.sightings),
    maxLevel: r.max_level,
    ...(r.note ? { note: r.note } : {}),
  };
}

export function indicatorsRepo(db: Kysely<Database>) {
  return {
    /** One row per (type, value): a new sighting bumps the counter and keeps the worst level. */
    async upsert(type: IndicatorType, value: string, level: string): Promise<void> {
      await this.recordSightings([{ type, value, level }]);
    },

    /**
     * Many sightings in few statements (the write buffer's path). A value on the allowlist is
     * born `allowlisted`; an existing indicator keeps its status (an analyst's decision).
     */
    async recordSightings(list: readonly Sighting[]): Promise<void> {
      const rows = aggregate(list, nowIso());
      for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
        const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
        const allowed = new Set(
          (await db.selectFrom('allowlist').select('value').where('value', 'in', [...new Set(chunk.map((r) => r.value))]).execute()).map((r) => r.value),
        );
        await db
          .insertInto('indicators')
          .values(chunk.map((r) => ({
            id: newId(), type: r.type, value: r.value, status: allowed.has(r.value) ? 'allowlisted' : 'suspected',
            first_seen: r.first, last_seen: r.last, sightings: r.count, max_level: r.level, note: null,
          })))
          .onConflict((oc) =>
            oc.columns(['type', 'value']).doUpdateSet((eb) => ({
              last_seen: eb.ref('excluded.last_seen'),
              sightings: eb('indicators.sightings', '+', eb.ref('excluded.sightings')),
              max_level: sql<string>`case when ${eb.ref('excluded.max_level')} = 'dangerous' then ${eb.ref('excluded.max_level')} else ${eb.ref('indicators.max_level')} end`,
            })),
          )
          .execute();
      }
    },

    async get(id: string): Promise<IndicatorItem | undefined> {
      const r = await db.selectFrom('indicators').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toItem(r) : undefined;
    },

    async setStatus(id: string, status: IndicatorStatus, note: string | null): Promise<IndicatorItem | undefined> {
      await db.updateTable('indicators').set({ status, note }).where('id', '=', id).execute();
      return this.get(id);
    },

    async list(f: { status?: string; type?: string; q?: string; limit: number; cursor?: string }): Promise<Page<IndicatorItem>> {
      let q = db.selectFrom('indicators').selectAll();
      if (f.status) q = q.where('status', '=', f.status);
      if (f.type) q = q.where('type', '=', f.type);
      if (f.q) q = q.where(containsText('value', f.q));
      const c = decodeCursor(f.cursor);
      if (c) q = q.where((eb) => eb.or([eb('last_seen', '<', c.at), eb.and([eb('last_seen', '=', c.at), eb('id', '<', c.id)])]));
      const rows = await q.orderBy('last_seen', 'desc').orderBy('id', 'desc').limit(f.limit + 1).execute();
      return pageOf(rows, f.limit, (r) => [r.last_seen, r.id], toItem);
    },

    /** Allowlists a value (domain or URL) with a reason; existing indicators of it follow. */
    async allowlist(value: string, reason: string, actor: string): Promise<{ id: string; updated: number }> {
      const id = newId();
      await db
        .insertInto('allowlist')
        .values({ id, value, reason, actor, created_at: nowIso() })
        .onConflict((oc) => oc.column('value').doUpdateSet({ reason, actor }))
        .execute();
      const r = await db.updateTable('indicators').set({ status: 'allowlisted', note: reason }).where('value', '=', value).executeTakeFirst();
      return { id, updated: Number(r.numUpdatedRows) };
    },

    async isAllowlisted(value: string): Promise<boolean> {
      return (await db.selectFrom('allowlist').select('id').where('value', '=', value).executeTakeFirst()) !== undefined;
    },
  };
}
export type IndicatorsRepo = ReturnType<typeof indicatorsRepo>;
