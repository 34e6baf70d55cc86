/**
 * Indicator lifecycle over the service database: sightings with their sources, expiry, and the
 * false-positive appeal path. Totals (first/last seen, sightings, worst level, status) stay in the
 * `indicators` table that checks and scans already write; this repository adds who saw what
 * (`indicator_sources`) and the `expired` status.
 *
 * Expiry is derived, never stored: last sighting + 7 days (suspected) or 30 days (confirmed), the
 * DEFAULT_POLICY of @ghostguard/intel. A re-sighting moves `last_seen`, so it resets expiry with
 * no extra write; `sweepExpiry` turns overdue rows `expired` and revives re-sighted ones.
 */
import { sql, type Kysely } from 'kysely';
import { DEFAULT_POLICY, type IndicatorType } from '@ghostguard/intel';
import type { Database } from '../db/schema.ts';
import { indicatorsRepo, type IndicatorItem } from './indicators.ts';
import type { IntelDb } from './intel-state.ts';
import { decodeCursor, newId, nowIso, pageOf, type Page } from './util.ts';

export interface SourcedSighting {
  readonly type: IndicatorType;
  readonly value: string;
  readonly level: string;
  /** `ct:<log>`, `feed:<id>`, `scan`, `report`. */
  readonly source: string;
  readonly at?: string;
}

export interface IndicatorLifecycle extends IndicatorItem {
  readonly expiresAt: string;
  readonly sources: readonly { source: string; firstSeen: string; lastSeen: string; sightings: number }[];
}

export type AppealStatus = 'open' | 'upheld' | 'rejected';
export interface AppealItem {
  readonly id: string;
  readonly value: string;
  readonly reason: string;
  readonly contact?: string;
  readonly status: AppealStatus;
  readonly createdAt: string;
  readonly resolvedAt?: string;
  readonly resolvedBy?: string;
  readonly resolution?: string;
}

const ROWS = 100;

export function expiresAt(status: string, lastSeen: string): string {
  const ttl = status === 'confirmed' ? DEFAULT_POLICY.confirmedTtlMs : DEFAULT_POLICY.suspectedTtlMs;
  return new Date(Date.parse(lastSeen) + ttl).toISOString();
}

/** The host an appeal or an allowlist entry is about: a bare domain, or the host of a URL. */
export function appealHost(value: string): string | undefined {
  const v = value.trim().toLowerCase();
  let host = v;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(v)) {
    try {
      host = new URL(v).hostname;
    } catch {
      return undefined;
    }
  }
  host = host.replace(/\.$/, '');
  return /^(?=.{1,253}$)(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(host) ? host : undefined;
}

export function intelIndicatorsRepo(db: IntelDb) {
  const base = indicatorsRepo(db as unknown as Kysely<Database>);
  return {
    /**
     * Records sightings with their sources; returns the keys (`type:value`) that were new. Totals go
     * through the indicators repository (one aggregated upsert), sources into indicator_sources.
     */
    async sight(list: readonly SourcedSighting[]): Promise<Set<string>> {
      const at = nowIso();
      const rows = list.map((s) => ({ ...s, at: s.at ?? at }));
      const fresh = new Set<string>();
      for (let i = 0; i < rows.length; i += ROWS) {
        const chunk = rows.slice(i, i + ROWS);
        const known = await db.selectFrom('indicators').select(['type', 'value'])
          .where('value', 'in', [...new Set(chunk.map((r) => r.value))]).execute();
        const have = new Set(known.map((k) => `${k.type}:${k.value}`));
        for (const r of chunk) if (!have.has(`${r.type}:${r.value}`)) fresh.add(`${r.type}:${r.value}`);
        await base.recordSightings(chunk);
        await this.noteSources(chunk);
        // A re-sighting revives an expired indicator at once (the sweep would, a tick later).
        await db.updateTable('indicators').set({ status: 'suspected' }).where('status', '=', 'expired')
          .where('value', 'in', [...new Set(chunk.map((r) => r.value))]).execute();
      }
      return fresh;
    },

    /** Who saw a value, without counting a sighting of the indicator (e.g. a CT name before its scan). */
    async noteSources(list: readonly { type: string; value: string; source: string; at?: string }[]): Promise<void> {
      const now = nowIso();
      const bySource = new Map<string, { type: string; value: string; source: string; first: string; last: string; n: number }>();
      for (const r of list) {
        const at = r.at ?? now;
        const k = `${r.type}\u0000${r.value}\u0000${r.source}`;
        const a = bySource.get(k);
        if (!a) bySource.set(k, { type: r.type, value: r.value, source: r.source.slice(0, 100), first: at, last: at, n: 1 });
        else { a.n++; if (at < a.first) a.first = at; if (at > a.last) a.last = at; }
      }
      const rows = [...bySource.values()];
      for (let i = 0; i < rows.length; i += ROWS) {
        await db.insertInto('indicator_sources')
          .values(rows.slice(i, i + ROWS).map((a) => ({ type: a.type, value: a.value, source: a.source, first_seen: a.first, last_seen: a.last, sightings: a.n })))
          .onConflict((oc) => oc.columns(['type', 'value', 'source']).doUpdateSet((eb) => ({
            last_seen: sql<string>`case when ${eb.ref('excluded.last_seen')} > ${eb.ref('indicator_sources.last_seen')} then ${eb.ref('excluded.last_seen')} else ${eb.ref('indicator_sources.last_seen')} end`,
            sightings: eb('indicator_sources.sightings', '+', eb.ref('excluded.sightings')),
          })))
          .execute();
      }
    },

    async lifecycle(id: string): Promise<IndicatorLifecycle | undefined> {
      const item = await base.get(id);
      if (!item) return undefined;
      const src = await db.selectFrom('indicator_sources').selectAll().where('type', '=', item.type).where('value', '=', item.value)
        .orderBy('first_seen').limit(50).execute();
      return {
        ...item,
        expiresAt: expiresAt(item.status, item.lastSeen),
        sources: src.map((s) => ({ source: s.source, firstSeen: s.first_seen, lastSeen: s.last_seen, sightings: Number(s.sightings) })),
      };
    },

    /** Suspected rows unseen for 7 days and confirmed rows unseen for 30 become `expired`; re-sighted expired rows come back. */
    async sweepExpiry(nowMs = Date.now()): Promise<{ expired: number; revived: number }> {
      const suspectedBefore = nowIso(nowMs - DEFAULT_POLICY.suspectedTtlMs);
      const confirmedBefore = nowIso(nowMs - DEFAULT_POLICY.confirmedTtlMs);
      const a = await db.updateTable('indicators').set({ status: 'expired' }).where('status', '=', 'suspected').where('last_seen', '<=', suspectedBefore).executeTakeFirst();
      const b = await db.updateTable('indicators').set({ status: 'expired', note: 'confirmed; expired' }).where('status', '=', 'confirmed').where('last_seen', '<=', confirmedBefore).executeTakeFirst();
      const c = await db.updateTable('indicators').set({ status: 'suspected' }).where('status', '=', 'expired').where('last_seen', '>', suspectedBefore).executeTakeFirst();
      return { expired: Number(a.numUpdatedRows) + Number(b.numUpdatedRows), revived: Number(c.numUpdatedRows) };
    },

    async createAppeal(value: string, reason: string, contact: string | undefined): Promise<AppealItem> {
      const row = { id: newId(), value: value.trim().slice(0, 2048), reason: reason.trim().slice(0, 2000), contact: contact?.trim().slice(0, 200) || null, status: 'open', created_at: nowIso(), resolved_at: null, resolved_by: null, resolution: null };
      await db.insertInto('appeals').values(row).execute();
      return toAppeal(row);
    },

    async getAppeal(id: string): Promise<AppealItem | undefined> {
      const r = await db.selectFrom('appeals').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toAppeal(r) : undefined;
    },

    async listAppeals(f: { status?: string; limit: number; cursor?: string }): Promise<Page<AppealItem>> {
      let q = db.selectFrom('appeals').selectAll();
      if (f.status) q = q.where('status', '=', f.status);
      const c = decodeCursor(f.cursor);
      if (c) q = q.where((eb) => eb.or([eb('created_at', '<', c.at), eb.and([eb('created_at', '=', c.at), eb('id', '<', c.id)])]));
      const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(f.limit + 1).execute();
      return pageOf(rows, f.limit, (r) => [r.created_at, r.id], toAppeal);
    },

    /**
     * An analyst's decision, once (a second resolution is a conflict: returns undefined). Upheld: the
     * appealed host is allowlisted with "appeal <id>: <note>" (its indicators follow) and URL
     * indicators on that host become false positives. Returns the indicators changed.
     */
    async resolveAppeal(id: string, decision: 'upheld' | 'rejected', analyst: string, note: string): Promise<{ appeal: AppealItem; changed: number } | undefined> {
      return db.transaction().execute(async (trx) => {
        const r = await trx.updateTable('appeals').set({ status: decision, resolved_at: nowIso(), resolved_by: analyst.slice(0, 100), resolution: note.slice(0, 2000) })
          .where('id', '=', id).where('status', '=', 'open').executeTakeFirst();
        if (Number(r.numUpdatedRows) !== 1) return undefined;
        const row = await trx.selectFrom('appeals').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
        let changed = 0;
        const host = appealHost(row.value);
        if (decision === 'upheld' && host) {
          const reason = `appeal ${id}: ${note}`.slice(0, 2000);
          changed += (await indicatorsRepo(trx as unknown as Kysely<Database>).allowlist(host, reason, analyst)).updated;
          const urls = await trx.updateTable('indicators').set({ status: 'false-positive', note: reason })
            .where('type', '=', 'url').where('status', '!=', 'false-positive')
            .where((eb) => eb.or(['http', 'https'].flatMap((s) => [eb('value', 'like', `${s}://${host}/%`), eb('value', 'like', `${s}://${host}:%`), eb('value', '=', `${s}://${host}`)])))
            .executeTakeFirst();
          changed += Number(urls.numUpdatedRows);
        }
        return { appeal: toAppeal(row), changed };
      });
    },
  };
}
export type IntelIndicatorsRepo = ReturnType<typeof intelIndicatorsRepo>;

function toAppeal(r: { id: string; value: string; reason: string; contact: string | null; status: string; created_at: string; resolved_at: string | null; resolved_by: string | null; resolution: string | null }): AppealItem {
  return {
    id: r.id, value: r.value, reason: r.reason, status: r.status as AppealStatus, createdAt: r.created_at,
    ...(r.contact ? { contact: r.contact } : {}),
    ...(r.resolved_at ? { resolvedAt: r.resolved_at } : {}),
    ...(r.resolved_by ? { resolvedBy: r.resolved_by } : {}),
    ...(r.resolution ? { resolution: r.resolution } : {}),
  };
}
