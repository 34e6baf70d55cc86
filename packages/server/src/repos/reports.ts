import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { containsText, decodeCursor, newId, nowIso, pageOf, parseJson, type Page } from './util.ts';

export interface NewReport {
  readonly text?: string;
  readonly url?: string;
  readonly happened: readonly string[];
  readonly region?: string;
  readonly contactConsent: boolean;
  readonly contact?: string;
  readonly lang: string;
  readonly level?: string;
  readonly verdict?: unknown;
}

export interface ReportItem {
  readonly id: string;
  readonly createdAt: string;
  readonly text?: string;
  readonly url?: string;
  readonly happened: string[];
  readonly region?: string;
  readonly contactConsent: boolean;
  readonly contact?: string;
  readonly lang: string;
  readonly level?: string;
  readonly verdict?: unknown;
  /** Where it came from when not the web form: `tipline:whatsapp`, `tipline:telegram`. */
  readonly source?: string;
}

export interface ReportFilter {
  readonly level?: string;
  readonly happened?: string;
  readonly region?: string;
  readonly q?: string;
  readonly from?: string;
  readonly to?: string;
  readonly limit: number;
  readonly cursor?: string;
}

export function reportsRepo(db: Kysely<Database>) {
  return {
    async insert(r: NewReport): Promise<string> {
      const id = newId();
      await db
        .insertInto('reports')
        .values({
          id,
          created_at: nowIso(),
          text: r.text ?? null,
          url: r.url ?? null,
          happened: r.happened.join(','),
          region: r.region ?? null,
          contact_consent: r.contactConsent ? 1 : 0,
          contact: r.contactConsent ? (r.contact ?? null) : null,
          lang: r.lang,
          level: r.level ?? null,
          verdict_json: r.verdict === undefined ? null : JSON.stringify(r.verdict),
        })
        .execute();
      return id;
    },

    async list(f: ReportFilter): Promise<Page<ReportItem>> {
      let q = db.selectFrom('reports').selectAll();
      if (f.level) q = q.where('level', '=', f.level);
      if (f.region) q = q.where('region', '=', f.region);
      if (f.happened) q = q.where(containsText('happened', f.happened));
      if (f.from) q = q.where('created_at', '>=', f.from);
      if (f.to) q = q.where('created_at', '<=', f.to);
      if (f.q) {
        const text = f.q;
        q = q.where((eb) => eb.or([containsText('text', text), containsText('url', text)]));
      }
      const c = decodeCursor(f.cursor);
      if (c) q = q.where((eb) => eb.or([eb('created_at', '<', c.at), eb.and([eb('created_at', '=', c.at), eb('id', '<', c.id)])]));
      const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(f.limit + 1).execute();
      return pageOf(rows, f.limit, (r) => [r.created_at, r.id], (r) => ({
        id: r.id,
        createdAt: r.created_at,
        ...(r.text !== null ? { text: r.text } : {}),
        ...(r.url !== null ? { url: r.url } : {}),
        happened: r.happened ? r.happened.split(',') : [],
        ...(r.region !== null ? { region: r.region } : {}),
        contactConsent: Number(r.contact_consent) === 1,
        ...(r.contact !== null ? { contact: r.contact } : {}),
        lang: r.lang,
        ...(r.level !== null ? { level: r.level } : {}),
        verdict: parseJson(r.verdict_json),
        ...(r.source ? { source: r.source } : {}),
      }));
    },

    async count(): Promise<number> {
      const r = await db.selectFrom('reports').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
      return Number(r?.n ?? 0);
    },

    async deleteOlderThan(iso: string): Promise<number> {
      const r = await db.deleteFrom('reports').where('created_at', '<', iso).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}
export type ReportsRepo = ReturnType<typeof reportsRepo>;
