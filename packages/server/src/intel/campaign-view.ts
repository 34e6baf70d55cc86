/**
 * What the analyst console shows of a campaign: timeline per day, members, lures (redacted for
 * display with the export redactor: numbers, codes, names), screenshot links of its scans, its
 * domains with their indicator status; and the campaign's indicators as an export.
 */
import { createHash } from 'node:crypto';
import { EXPORT_CONTENT_TYPES, normaliseLure, redactForExport, renderExport, type ExportCampaign, type ExportFormat, type ExportIndicator } from '@ghostguard/intel';
import type { Repositories } from '../repos/index.ts';
import type { CampaignItem, MemberRecord } from '../repos/intel-campaigns.ts';
import type { IndicatorItem } from '../repos/indicators.ts';
import { expiresAt } from '../repos/intel-indicators.ts';

const MAX_MEMBERS = 500;
const MAX_SCREENSHOTS = 24;

export interface CampaignView {
  readonly campaign: CampaignItem;
  readonly timeline: readonly { day: string; reports: number; scans: number }[];
  readonly members: readonly { id: string; kind: string; refId: string; at: string; host?: string; reasons: readonly string[]; level?: string; brand?: string; attack?: string; scanUrl?: string }[];
  readonly lures: readonly { text: string; count: number; firstSeen: string }[];
  readonly screenshots: readonly { scanId: string; host?: string; url: string }[];
  readonly domains: readonly { domain: string; members: number; indicatorId?: string; status?: string; sightings?: number; lastSeen?: string }[];
  readonly indicators: readonly (IndicatorItem & { expiresAt: string })[];
  readonly membersTruncated: boolean;
}

function timeline(ms: readonly MemberRecord[]): CampaignView['timeline'] {
  const days = new Map<string, { reports: number; scans: number }>();
  for (const m of ms) {
    const d = m.at.slice(0, 10);
    const v = days.get(d) ?? { reports: 0, scans: 0 };
    if (m.kind === 'report') v.reports++;
    else v.scans++;
    days.set(d, v);
  }
  return [...days.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, v]) => ({ day, ...v }));
}

function lures(ms: readonly MemberRecord[]): CampaignView['lures'] {
  const groups = new Map<string, { text: string; count: number; firstSeen: string }>();
  for (const m of ms) {
    if (!m.lure) continue;
    const key = normaliseLure(m.lure).slice(0, 300);
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { text: redactForExport(m.lure).slice(0, 1000), count: 1, firstSeen: m.at });
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || (a.firstSeen < b.firstSeen ? -1 : 1)).slice(0, 50);
}

export async function campaignView(repos: Repositories, id: string): Promise<CampaignView | undefined> {
  const campaign = await repos.intel.campaigns.get(id);
  if (!campaign) return undefined;
  const ms = await repos.intel.campaigns.members(campaign.id, MAX_MEMBERS + 1);
  const shown = ms.slice(0, MAX_MEMBERS);
  const hosts = [...new Set(shown.flatMap((m) => (m.host ? [m.host] : [])))];
  const indicators = await repos.intel.feedstock.indicatorsOfHosts(hosts);
  const screenshots: { scanId: string; host?: string; url: string }[] = [];
  const scanUrls = new Map<string, string>();
  for (const m of shown.filter((x) => x.kind === 'scan').slice(-MAX_SCREENSHOTS * 2)) {
    const s = await repos.scans.get(m.refId);
    if (!s) continue;
    scanUrls.set(m.refId, s.url);
    if (s.hasScreenshot && screenshots.length < MAX_SCREENSHOTS) screenshots.push({ scanId: s.id, ...(m.host ? { host: m.host } : {}), url: `/v1/scans/${s.id}/screenshot.png` });
  }
  const byDomain = new Map(indicators.filter((i) => i.type === 'domain').map((i) => [i.value, i]));
  return {
    campaign,
    timeline: timeline(shown),
    members: shown.map((m) => ({
      id: m.memberId, kind: m.kind, refId: m.refId, at: m.at, reasons: m.reasons,
      ...(m.host ? { host: m.host } : {}), ...(m.level ? { level: m.level } : {}), ...(m.brand ? { brand: m.brand } : {}), ...(m.attack ? { attack: m.attack } : {}),
      ...(scanUrls.has(m.refId) ? { scanUrl: scanUrls.get(m.refId) } : {}),
    })),
    lures: lures(shown),
    screenshots,
    domains: hosts.map((h) => {
      const i = byDomain.get(h);
      return { domain: h, members: shown.filter((m) => m.host === h).length, ...(i ? { indicatorId: i.id, status: i.status, sightings: i.sightings, lastSeen: i.lastSeen } : {}) };
    }),
    indicators: indicators.map((i) => ({ ...i, expiresAt: expiresAt(i.status, i.lastSeen) })),
    membersTruncated: ms.length > MAX_MEMBERS,
  };
}

/** The campaign's live indicators (suspected/confirmed, unexpired) in one export format, with the campaign object. */
export async function campaignExport(repos: Repositories, id: string, format: ExportFormat, now = new Date().toISOString()): Promise<{ body: string; contentType: string; etag: string; count: number } | undefined> {
  const v = await campaignView(repos, id);
  if (!v) return undefined;
  const live: ExportIndicator[] = v.indicators
    .filter((i) => (i.status === 'suspected' || i.status === 'confirmed') && i.expiresAt > now)
    .map((i) => ({ id: i.id, type: i.type, value: i.value, status: i.status as 'suspected' | 'confirmed', firstSeen: i.firstSeen, lastSeen: i.lastSeen, sightings: i.sightings, campaignIds: [v.campaign.id], ...(v.campaign.brand ? { brand: v.campaign.brand } : {}), ...(v.campaign.attack ? { attack: v.campaign.attack } : {}) }))
    .sort((a, b) => (a.type + a.value < b.type + b.value ? -1 : 1));
  const campaign: ExportCampaign = {
    id: v.campaign.id, name: v.campaign.name, firstSeen: v.campaign.firstSeen, lastSeen: v.campaign.lastSeen,
    ...(v.campaign.brand ? { brand: v.campaign.brand } : {}), ...(v.campaign.attack ? { attack: v.campaign.attack } : {}),
    lures: v.lures.map((l) => l.text), indicatorIds: live.map((i) => i.id),
  };
  const generatedAt = live.reduce((m, i) => (i.lastSeen > m ? i.lastSeen : m), v.campaign.lastSeen);
  const body = renderExport(format, { producer: { name: 'GhostGuard' }, generatedAt, indicators: live, campaigns: [campaign], tlp: 'green' }, { origin: 'rpz.ghostguard.invalid' });
  return { body, contentType: EXPORT_CONTENT_TYPES[format], etag: `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`, count: live.length };
}
