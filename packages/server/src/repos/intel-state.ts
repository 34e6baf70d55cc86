/**
 * Intel bookkeeping over the service database: cursors (CT logs, clustering), leases (one worker
 * at a time polls CT and clusters), feed sources with their statistics. Implements the
 * `CursorStore` and `FeedStatsStore` ports of @ghostguard/intel.
 */
import type { Kysely } from 'kysely';
import type { CursorStore, FeedSource, FeedStats, FeedStatsStore } from '@ghostguard/intel';
import type { Database } from '../db/schema.ts';
import type { IntelTables } from '../intel/schema.ts';
import { nowIso, parseJson } from './util.ts';

export type IntelDb = Kysely<Database & IntelTables>;

export function intelStateRepo(db: IntelDb) {
  const getPosition = async (name: string): Promise<string | undefined> =>
    (await db.selectFrom('intel_cursors').select('position').where('name', '=', name).executeTakeFirst())?.position;
  const setPosition = async (name: string, position: string): Promise<void> => {
    await db.insertInto('intel_cursors').values({ name, position, updated_at: nowIso() })
      .onConflict((oc) => oc.column('name').doUpdateSet({ position, updated_at: nowIso() })).execute();
  };
  return {
    getPosition,
    setPosition,

    /** CT cursors: `ct:<log id>` → index of the next entry. */
    ctCursors(): CursorStore {
      return {
        async get(logId) {
          const p = await getPosition(`ct:${logId}`);
          const n = p === undefined ? NaN : Number(p);
          return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
        },
        set: (logId, next) => setPosition(`ct:${logId}`, String(next)),
      };
    },

    /**
     * Takes (or renews) the lease `name` for `holder` until now + ttlMs; false when another holder
     * has it. The update is conditional, so two workers racing for an expired lease cannot both win.
     */
    async tryLease(name: string, holder: string, ttlMs: number, nowMs = Date.now()): Promise<boolean> {
      const now = nowIso(nowMs);
      const until = nowIso(nowMs + ttlMs);
      await db.insertInto('intel_leases').values({ name, holder, until: nowIso(0) }).onConflict((oc) => oc.column('name').doNothing()).execute();
      const r = await db.updateTable('intel_leases').set({ holder, until })
        .where('name', '=', name)
        .where((eb) => eb.or([eb('holder', '=', holder), eb('until', '<', now)]))
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },

    async releaseLease(name: string, holder: string): Promise<void> {
      await db.updateTable('intel_leases').set({ until: nowIso(0) }).where('name', '=', name).where('holder', '=', holder).execute();
    },

    /** Feed statistics keyed by source id; `register` keeps each source's url/format/interval current. */
    feedStats(): FeedStatsStore & { register(s: FeedSource): Promise<void>; list(): Promise<(FeedStats & { url: string; format: string; intervalMs: number })[]> } {
      return {
        async get(id) {
          const r = await db.selectFrom('feed_sources').select('stats_json').where('id', '=', id).executeTakeFirst();
          const s = r ? parseJson<FeedStats>(r.stats_json) : undefined;
          // A registered source that was never imported has no statistics yet.
          return s && s.sourceId === id && typeof s.imports === 'number' ? s : undefined;
        },
        async put(s) {
          const json = JSON.stringify(s);
          await db.insertInto('feed_sources').values({ id: s.sourceId, url: '', format: '', interval_ms: 0, stats_json: json, updated_at: nowIso() })
            .onConflict((oc) => oc.column('id').doUpdateSet({ stats_json: json, updated_at: nowIso() })).execute();
        },
        async register(s) {
          const empty = JSON.stringify({ sourceId: s.id });
          await db.insertInto('feed_sources').values({ id: s.id, url: s.url, format: s.format, interval_ms: s.intervalMs, stats_json: empty, updated_at: nowIso() })
            .onConflict((oc) => oc.column('id').doUpdateSet({ url: s.url, format: s.format, interval_ms: s.intervalMs })).execute();
        },
        async list() {
          const rows = await db.selectFrom('feed_sources').selectAll().orderBy('id').execute();
          return rows.flatMap((r) => {
            const s = parseJson<FeedStats>(r.stats_json);
            return s && typeof s.imports === 'number' ? [{ ...s, url: r.url, format: r.format, intervalMs: Number(r.interval_ms) }] : [];
          });
        },
      };
    },
  };
}
export type IntelStateRepo = ReturnType<typeof intelStateRepo>;
