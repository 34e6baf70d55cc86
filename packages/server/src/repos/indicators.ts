import type { Kysely } from 'kysely';
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

const LEVEL_RANK: Readonly<Record<string, number>> = { safe: 0, unknown: 1, suspicious: 2, dangerous: 3 };

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
      const at = nowIso();
      const allowed = await db.selectFrom('allowlist').select('id').where('value', '=', value).executeTakeFirst();
      await db
        .insertInto('indicators')
        .values({
          id: newId(), type, value, status: allowed ? 'allowlisted' : 'suspected',
          first_seen: at, last_seen: at, sightings: 1, max_level: level, note: null,
        })
        .onConflict((oc) =>
          oc.columns(['type', 'value']).doUpdateSet((eb) => ({
            last_seen: at,
            sightings: eb('indicators.sightings', '+', 1),
            // Only flagged verdicts (suspicious, dangerous) create sightings, so "dangerous wins" is the max.
            // Only flagged verdicts (suspicious, dangerous) are sighted, so "dangerous wins" is the max.
            max_level: (LEVEL_RANK[level] ?? 0) >= 3 ? level : eb.ref('indicators.max_level'),
          })),
        )
        .execute();
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
