import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { decodeCursor, newId, nowIso, pageOf, parseJson, type Page } from './util.ts';

export interface AuditItem {
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly target: string;
  readonly details: unknown;
}

export function auditRepo(db: Kysely<Database>) {
  return {
    async add(actor: string, action: string, target: string, details: Record<string, unknown> = {}): Promise<void> {
      await db.insertInto('audit').values({ id: newId(), at: nowIso(), actor, action, target, details_json: JSON.stringify(details) }).execute();
    },

    async list(f: { limit: number; cursor?: string }): Promise<Page<AuditItem>> {
      let q = db.selectFrom('audit').selectAll();
      const c = decodeCursor(f.cursor);
      if (c) q = q.where((eb) => eb.or([eb('at', '<', c.at), eb.and([eb('at', '=', c.at), eb('id', '<', c.id)])]));
      const rows = await q.orderBy('at', 'desc').orderBy('id', 'desc').limit(f.limit + 1).execute();
      return pageOf(rows, f.limit, (r) => [r.at, r.id], (r) => ({ at: r.at, actor: r.actor, action: r.action, target: r.target, details: parseJson(r.details_json) ?? {} }));
    },

    async deleteOlderThan(iso: string): Promise<number> {
      const r = await db.deleteFrom('audit').where('at', '<', iso).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}
export type AuditRepo = ReturnType<typeof auditRepo>;
