import { sql, type Kysely } from 'kysely';
import type { Database, ScansTable } from '../db/schema.ts';
import type { DbKind } from '../db/connect.ts';
import { decodeCursor, newId, nowIso, pageOf, parseJson, type Page } from './util.ts';

export type ScanStatus = 'queued' | 'running' | 'done' | 'failed';

export interface ScanRecord {
  readonly id: string;
  readonly url: string;
  readonly status: ScanStatus;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly finishedAt?: string;
  readonly attempts: number;
  readonly error?: string;
  readonly level?: string;
  readonly verdict?: unknown;
  readonly evidence?: unknown;
  readonly hasScreenshot: boolean;
  readonly worker?: string;
}

export interface ScanResult {
  readonly level: string;
  readonly verdict: unknown;
  readonly evidence: unknown;
  readonly error?: string;
  readonly screenshot: Uint8Array | null;
  readonly worker: string;
}

function toRecord(r: ScansTable): ScanRecord {
  return {
    id: r.id,
    url: r.url,
    status: r.status as ScanStatus,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    ...(r.finished_at ? { finishedAt: r.finished_at } : {}),
    attempts: Number(r.attempts),
    ...(r.error ? { error: r.error } : {}),
    ...(r.level ? { level: r.level } : {}),
    ...(r.verdict_json ? { verdict: parseJson(r.verdict_json) } : {}),
    ...(r.evidence_json ? { evidence: parseJson(r.evidence_json) } : {}),
    hasScreenshot: Number(r.has_screenshot) === 1,
    ...(r.worker ? { worker: r.worker } : {}),
  };
}

export function scansRepo(db: Kysely<Database>, kind: DbKind) {
  return {
    /**
     * Returns the newest scan of `url` created after `since` that has not failed, or creates a
     * queued one. Serialised per URL (SQLite: one writer; PostgreSQL: advisory lock) so that a
     * burst of identical submissions visits the page once.
     */
    async createOrReuse(url: string, since: string): Promise<{ scan: ScanRecord; reused: boolean }> {
      return db.transaction().execute(async (trx) => {
        if (kind === 'postgres') await sql`select pg_advisory_xact_lock(hashtext(${url}))`.execute(trx);
        const recent = await trx
          .selectFrom('scans')
          .selectAll()
          .where('url', '=', url)
          .where('created_at', '>=', since)
          .where('status', '!=', 'failed')
          .orderBy('created_at', 'desc')
          .limit(1)
          .executeTakeFirst();
        if (recent) return { scan: toRecord(recent), reused: true };
        const at = nowIso();
        const row: ScansTable = {
          id: newId(), created_at: at, updated_at: at, finished_at: null, url, status: 'queued', attempts: 0,
          error: null, level: null, verdict_json: null, evidence_json: null, has_screenshot: 0, worker: null,
        };
        await trx.insertInto('scans').values(row).execute();
        return { scan: toRecord(row), reused: false };
      });
    },

    async get(id: string): Promise<ScanRecord | undefined> {
      const r = await db.selectFrom('scans').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toRecord(r) : undefined;
    },

    async markRunning(id: string, worker: string): Promise<void> {
      await db
        .updateTable('scans')
        .set((eb) => ({ status: 'running', worker, updated_at: nowIso(), attempts: eb('attempts', '+', 1) }))
        .where('id', '=', id)
        .execute();
    },

    async complete(id: string, r: ScanResult): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const at = nowIso();
        await trx
          .updateTable('scans')
          .set({
            status: 'done', updated_at: at, finished_at: at, level: r.level, error: r.error ?? null, worker: r.worker,
            verdict_json: JSON.stringify(r.verdict), evidence_json: JSON.stringify(r.evidence), has_screenshot: r.screenshot ? 1 : 0,
          })
          .where('id', '=', id)
          .execute();
        if (r.screenshot) {
          const png = kind === 'postgres' ? Buffer.from(r.screenshot) : r.screenshot;
          await trx.deleteFrom('screenshots').where('scan_id', '=', id).execute();
          await trx.insertInto('screenshots').values({ scan_id: id, png }).execute();
        }
      });
    },

    /** Back to `queued` after a failed attempt that will be retried. */
    async requeue(id: string, error: string): Promise<void> {
      await db.updateTable('scans').set({ status: 'queued', error, updated_at: nowIso() }).where('id', '=', id).where('status', '!=', 'done').execute();
    },

    async fail(id: string, error: string): Promise<void> {
      const at = nowIso();
      await db.updateTable('scans').set({ status: 'failed', error, updated_at: at, finished_at: at }).where('id', '=', id).where('status', '!=', 'done').execute();
    },

    async screenshot(id: string): Promise<Uint8Array | undefined> {
      const r = await db.selectFrom('screenshots').select('png').where('scan_id', '=', id).executeTakeFirst();
      return r?.png;
    },

    async list(f: { status?: string; level?: string; limit: number; cursor?: string }): Promise<Page<ScanRecord>> {
      let q = db.selectFrom('scans').selectAll();
      if (f.status) q = q.where('status', '=', f.status);
      if (f.level) q = q.where('level', '=', f.level);
      const c = decodeCursor(f.cursor);
      if (c) q = q.where((eb) => eb.or([eb('created_at', '<', c.at), eb.and([eb('created_at', '=', c.at), eb('id', '<', c.id)])]));
      const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(f.limit + 1).execute();
      return pageOf(rows, f.limit, (r) => [r.created_at, r.id], (r) => {
        const { evidence: _e, ...rest } = toRecord(r);
        return rest;
      });
    },

    async countByStatus(): Promise<Record<string, number>> {
      const rows = await db.selectFrom('scans').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute();
      return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    },

    async deleteOlderThan(iso: string): Promise<number> {
      await db.deleteFrom('screenshots').where('scan_id', 'in', db.selectFrom('scans').select('id').where('created_at', '<', iso)).execute();
      const r = await db.deleteFrom('scans').where('created_at', '<', iso).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}
export type ScansRepo = ReturnType<typeof scansRepo>;
