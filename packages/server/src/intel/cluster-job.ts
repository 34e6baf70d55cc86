/**
 * One clustering pass: new citizen reports and finished flagged scans become campaign members.
 * The working set (members of the last 15 days: one 14-day window plus a day of slack) is
 * restored into a fresh CampaignClusterer, so the pass is correct whichever worker runs it; each
 * new member's assignment is stored at once and the cursors advance after it. Reports and flagged
 * scans also sight their domains (sources `report`, `scan`), which is how CT-announced names
 * reach the exports: through a scan that flagged the page.
 */
import { randomUUID } from 'node:crypto';
import { createPageSubjectFromEvidence, pageFingerprints, type PageEvidence } from '@ghostguard/core';
import { CampaignClusterer, CAMPAIGN_WINDOW_MS, type KitFingerprint, type MemberInput } from '@ghostguard/intel';
import type { Repositories } from '../repos/index.ts';
import type { MemberRecord } from '../repos/intel-campaigns.ts';
import type { ReportRow, ScanRow } from '../repos/intel-feedstock.ts';
import type { SourcedSighting } from '../repos/intel-indicators.ts';
import { nowIso } from '../repos/util.ts';

export interface ClusterResult {
  readonly reports: number;
  readonly scans: number;
  readonly members: number;
  readonly created: number;
  readonly merged: number;
}

const DAY = 86_400_000;
/** Rows written in the last seconds may still be in flight in another process: wait this long. */
const LAG_MS = 1500;
const FLAGGED = new Set(['dangerous', 'suspicious']);
/** A lure shorter than this says too little to compare (see docs/intel.md: < 30 chars is fragile). */
const MIN_LURE = 20;

const hostOf = (u: string | undefined): string | undefined => {
  if (!u) return undefined;
  try {
    return new URL(u).hostname.toLowerCase() || undefined;
  } catch {
    return undefined;
  }
};

export function kitOf(evidence: unknown): KitFingerprint | undefined {
  const e = evidence as PageEvidence | undefined;
  if (!e || typeof e.html !== 'string' || typeof e.finalUrl !== 'string') return undefined;
  try {
    const f = pageFingerprints(createPageSubjectFromEvidence(e));
    return f.domHash ? { domHash: f.domHash, scriptHashes: f.scriptHashes.slice(0, 50), ...(f.faviconHash ? { faviconHash: f.faviconHash } : {}), textSimhash: f.textSimhash } : undefined;
  } catch {
    return undefined; // stored evidence of an older shape: the member still links by domain
  }
}

function reportMember(r: ReportRow): MemberRecord | undefined {
  const host = r.verdict?.indicators?.domains?.[0]?.toLowerCase() ?? hostOf(r.url);
  const lure = r.text && r.text.trim().length >= MIN_LURE ? r.text.slice(0, 4000) : undefined;
  if (!host && !lure) return undefined;
  return {
    memberId: `report:${r.id}`, kind: 'report', refId: r.id, campaignId: '', at: r.at, reasons: [],
    ...(host ? { host } : {}), ...(lure ? { lure } : {}),
    ...(r.verdict?.brand ? { brand: r.verdict.brand } : {}), ...(r.verdict?.attack ? { attack: r.verdict.attack } : {}), ...(r.level ? { level: r.level } : {}),
  };
}

function scanMember(s: ScanRow): MemberRecord | undefined {
  if (!s.level || !FLAGGED.has(s.level)) return undefined;
  const finalUrl = (s.evidence as { finalUrl?: unknown } | undefined)?.finalUrl;
  const host = hostOf(typeof finalUrl === 'string' && finalUrl ? finalUrl : s.url) ?? hostOf(s.url);
  const kit = kitOf(s.evidence);
  return {
    memberId: `scan:${s.id}`, kind: 'scan', refId: s.id, campaignId: '', at: s.createdAt, reasons: [], level: s.level,
    ...(host ? { host } : {}), ...(kit ? { kit } : {}),
    ...(s.verdict?.brand ? { brand: s.verdict.brand } : {}), ...(s.verdict?.attack ? { attack: s.verdict.attack } : {}),
  };
}

export function memberInput(m: MemberRecord): MemberInput {
  return {
    id: m.memberId, kind: m.kind, at: m.at,
    ...(m.host ? { host: m.host } : {}), ...(m.ip ? { ip: m.ip } : {}), ...(m.cert ? { certFingerprint: m.cert } : {}),
    ...(m.kit ? { kit: m.kit } : {}), ...(m.lure ? { lureText: m.lure } : {}),
  };
}

function sightingsOfReport(r: ReportRow): SourcedSighting[] {
  if (!r.level || !FLAGGED.has(r.level)) return [];
  const ind = r.verdict?.indicators;
  return [
    ...(ind?.domains ?? []).slice(0, 20).map((v) => ({ type: 'domain' as const, value: v, level: r.level ?? 'suspicious', source: 'report', at: r.at })),
    ...(ind?.urls ?? []).slice(0, 20).map((v) => ({ type: 'url' as const, value: v, level: r.level ?? 'suspicious', source: 'report', at: r.at })),
  ];
}

async function restore(repos: Repositories, now: number): Promise<CampaignClusterer> {
  const c = new CampaignClusterer(() => randomUUID());
  for (const m of await repos.intel.campaigns.membersSince(nowIso(now - CAMPAIGN_WINDOW_MS - DAY))) c.place(memberInput(m), m.campaignId);
  return c;
}

/** Runs one pass over at most `batch` new reports and `batch` new scans. */
export async function clusterNewMembers(repos: Repositories, o: { now?: number; batch?: number } = {}): Promise<ClusterResult> {
  const now = o.now ?? Date.now();
  const batch = o.batch ?? 500;
  const upTo = nowIso(now - LAG_MS);
  const state = repos.intel.state;
  const reports = await repos.intel.feedstock.reportsAfter(await state.getPosition('cluster:reports'), upTo, batch);
  const scans = await repos.intel.feedstock.scansAfter(await state.getPosition('cluster:scans'), upTo, batch);
  const out = { reports: reports.length, scans: scans.length, members: 0, created: 0, merged: 0 };
  if (reports.length === 0 && scans.length === 0) return out;
  const clusterer = await restore(repos, now);
  // One timeline: members join in the order they happened, whichever table they come from.
  const items = [...reports.map((r) => ({ r, at: r.at })), ...scans.map((s) => ({ s, at: s.at }))].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  for (const it of items) {
    const m = 'r' in it ? reportMember(it.r) : scanMember(it.s);
    if (m && !(await repos.intel.campaigns.hasMember(m.memberId))) {
      const a = clusterer.add(memberInput(m));
      await repos.intel.campaigns.saveAssignment({ ...m, campaignId: a.campaignId, reasons: a.reasons }, a.merged);
      out.members++;
      if (a.created) out.created++;
      out.merged += a.merged.length;
    }
    if ('r' in it) {
      const sightings = sightingsOfReport(it.r);
      if (sightings.length > 0) await repos.intel.indicators.sight(sightings);
      await state.setPosition('cluster:reports', `${it.r.at}|${it.r.id}`);
    } else {
      // The scan worker already counted the sighting; only its source is noted here.
      const host = m?.host;
      if (host) await repos.intel.indicators.noteSources([{ type: 'domain', value: host, source: 'scan', at: it.s.at }]);
      await state.setPosition('cluster:scans', `${it.s.at}|${it.s.id}`);
    }
  }
  return out;
}
