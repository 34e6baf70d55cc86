/**
 * Campaigns and their members over the service database. The clustering itself is
 * @ghostguard/intel's CampaignClusterer (pure, in memory); this repository persists each
 * assignment: the member row, merges (absorbed campaigns point at the one that took them over),
 * and the campaign's totals recomputed from its members.
 */
import type { KitFingerprint } from '@ghostguard/intel';
import type { IntelDb } from './intel-state.ts';
import type { CampaignMembersTable, CampaignsTable } from '../intel/schema.ts';
import { decodeCursor, nowIso, pageOf, parseJson, type Page } from './util.ts';

export interface MemberRecord {
  readonly memberId: string;
  readonly kind: 'report' | 'scan';
  readonly refId: string;
  readonly campaignId: string;
  readonly at: string;
  readonly host?: string;
  readonly ip?: string;
  readonly cert?: string;
  readonly kit?: KitFingerprint;
  readonly lure?: string;
  readonly reasons: readonly string[];
  readonly brand?: string;
  readonly attack?: string;
  readonly level?: string;
}

export interface CampaignItem {
  readonly id: string;
  readonly name: string;
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly brand?: string;
  readonly attack?: string;
  readonly members: number;
  readonly reports: number;
  readonly scans: number;
}

const MAX_CHAIN = 20;

function toMember(r: CampaignMembersTable): MemberRecord {
  const kit = parseJson<KitFingerprint>(r.kit_json);
  return {
    memberId: r.member_id, kind: r.kind as 'report' | 'scan', refId: r.ref_id, campaignId: r.campaign_id, at: r.at,
    ...(r.host ? { host: r.host } : {}), ...(r.ip ? { ip: r.ip } : {}), ...(r.cert ? { cert: r.cert } : {}),
    ...(kit ? { kit } : {}), ...(r.lure ? { lure: r.lure } : {}),
    reasons: r.reasons ? r.reasons.split(',') : [],
    ...(r.brand ? { brand: r.brand } : {}), ...(r.attack ? { attack: r.attack } : {}), ...(r.level ? { level: r.level } : {}),
  };
}

function toCampaign(r: CampaignsTable): CampaignItem {
  return {
    id: r.id, name: r.name, firstSeen: r.first_seen, lastSeen: r.last_seen,
    ...(r.brand ? { brand: r.brand } : {}), ...(r.attack ? { attack: r.attack } : {}),
    members: Number(r.members), reports: Number(r.reports), scans: Number(r.scans),
  };
}

/** The most frequent non-empty value (ties: the first seen). */
function mode(values: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [v, c] of counts) if (c > n) { best = v; n = c; }
  return best;
}

export function intelCampaignsRepo(db: IntelDb) {
  async function recompute(trx: IntelDb, id: string): Promise<void> {
    const ms = await trx.selectFrom('campaign_members').select(['kind', 'at', 'brand', 'attack', 'host']).where('campaign_id', '=', id).orderBy('at').execute();
    const first = ms[0];
    const last = ms[ms.length - 1];
    if (!first || !last) return;
    const brand = mode(ms.map((m) => m.brand));
    const attack = mode(ms.map((m) => m.attack));
    const host = mode(ms.map((m) => m.host));
    // A readable handle for analysts: brand, attack and the most common host; never lure text.
    const name = [brand, attack, host].filter(Boolean).join(' · ') || `campaign ${id.slice(0, 8)}`;
    const row = {
      name: name.slice(0, 200), first_seen: first.at, last_seen: last.at, brand, attack, members: ms.length,
      reports: ms.filter((m) => m.kind === 'report').length, scans: ms.filter((m) => m.kind === 'scan').length, merged_into: null, updated_at: nowIso(),
    };
    await trx.insertInto('campaigns').values({ id, ...row }).onConflict((oc) => oc.column('id').doUpdateSet(row)).execute();
  }

  return {
    /** Members placed at or after `since` (the clusterer's working set), oldest first. */
    async membersSince(since: string, limit = 200_000): Promise<MemberRecord[]> {
      const rows = await db.selectFrom('campaign_members').selectAll().where('at', '>=', since).orderBy('at').orderBy('member_id').limit(limit).execute();
      return rows.map(toMember);
    },

    async hasMember(memberId: string): Promise<boolean> {
      return (await db.selectFrom('campaign_members').select('member_id').where('member_id', '=', memberId).executeTakeFirst()) !== undefined;
    },

    /** Stores one assignment; campaigns in `merged` are folded into `m.campaignId`. Idempotent per member. */
    async saveAssignment(m: MemberRecord, merged: readonly string[]): Promise<void> {
      await db.transaction().execute(async (trx) => {
        if (merged.length > 0) {
          await trx.updateTable('campaign_members').set({ campaign_id: m.campaignId }).where('campaign_id', 'in', [...merged]).execute();
          await trx.updateTable('campaigns').set({ merged_into: m.campaignId, members: 0, updated_at: nowIso() }).where('id', 'in', [...merged]).execute();
        }
        await trx.insertInto('campaign_members').values({
          member_id: m.memberId, kind: m.kind, ref_id: m.refId, campaign_id: m.campaignId, at: m.at,
          host: m.host ?? null, ip: m.ip ?? null, cert: m.cert ?? null, kit_json: m.kit ? JSON.stringify(m.kit) : null,
          lure: m.lure?.slice(0, 4000) ?? null, reasons: m.reasons.join(','), brand: m.brand ?? null, attack: m.attack ?? null, level: m.level ?? null,
        }).onConflict((oc) => oc.column('member_id').doNothing()).execute();
        await recompute(trx, m.campaignId);
      });
    },

    /** A campaign by id; an absorbed id resolves to the campaign that took it over. */
    async get(id: string): Promise<CampaignItem | undefined> {
      let cur = id;
      for (let i = 0; i < MAX_CHAIN; i++) {
        const r = await db.selectFrom('campaigns').selectAll().where('id', '=', cur).executeTakeFirst();
        if (!r) return undefined;
        if (!r.merged_into) return toCampaign(r);
        cur = r.merged_into;
      }
      return undefined;
    },

    async members(id: string, limit = 500): Promise<MemberRecord[]> {
      const rows = await db.selectFrom('campaign_members').selectAll().where('campaign_id', '=', id).orderBy('at').orderBy('member_id').limit(limit).execute();
      return rows.map(toMember);
    },

    /** Live campaigns, most recently active first; `minMembers` hides one-off singletons. */
    async list(f: { limit: number; cursor?: string; minMembers?: number; brand?: string; attack?: string }): Promise<Page<CampaignItem>> {
      let q = db.selectFrom('campaigns').selectAll().where('merged_into', 'is', null).where('members', '>=', f.minMembers ?? 1);
      if (f.brand) q = q.where('brand', '=', f.brand);
      if (f.attack) q = q.where('attack', '=', f.attack);
      const c = decodeCursor(f.cursor);
      if (c) q = q.where((eb) => eb.or([eb('last_seen', '<', c.at), eb.and([eb('last_seen', '=', c.at), eb('id', '<', c.id)])]));
      const rows = await q.orderBy('last_seen', 'desc').orderBy('id', 'desc').limit(f.limit + 1).execute();
      return pageOf(rows, f.limit, (r) => [r.last_seen, r.id], toCampaign);
    },
  };
}
export type IntelCampaignsRepo = ReturnType<typeof intelCampaignsRepo>;
