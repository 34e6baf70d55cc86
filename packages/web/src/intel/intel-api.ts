import type { Trends } from '@ghostguard/intel';
import { request } from '../api.ts';
import { query, type Page } from '../analyst/analyst-api.ts';

/** Threat-intelligence endpoints for the console (docs/api-contract.md, "Threat intelligence"). */
export interface Campaign {
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

export interface CampaignDetail {
  readonly campaign: Campaign;
  readonly timeline: readonly { day: string; reports: number; scans: number }[];
  readonly members: readonly { id: string; kind: string; refId: string; at: string; host?: string; reasons: readonly string[]; level?: string; scanUrl?: string }[];
  readonly lures: readonly { text: string; count: number; firstSeen: string }[];
  readonly screenshots: readonly { scanId: string; host?: string; url: string }[];
  readonly domains: readonly { domain: string; members: number; status?: string; sightings?: number; lastSeen?: string }[];
  readonly indicators: readonly { id: string; type: string; value: string; status: string; sightings: number; expiresAt: string }[];
  readonly membersTruncated: boolean;
}

/** The trends payload is intel's own `Trends` (type-only import: nothing of intel is bundled). */
export type TrendsData = Trends & { readonly truncated: boolean; readonly count?: number };

export interface Appeal {
  readonly id: string;
  readonly value: string;
  readonly reason: string;
  readonly contact?: string;
  readonly status: 'open' | 'upheld' | 'rejected';
  readonly createdAt: string;
  readonly resolution?: string;
}

export const EXPORT_FORMATS = ['rpz', 'stix', 'misp', 'hosts', 'filters', 'csv', 'json'] as const;

export const intelApi = {
  campaign: (id: string) => request<CampaignDetail>('GET', `/v1/analyst/campaigns/${encodeURIComponent(id)}`),
  trends: (days: number) => request<TrendsData>('GET', `/v1/analyst/trends${query({ days: String(days) })}`),
  appeals: (status?: string) => request<Page<Appeal>>('GET', `/v1/analyst/appeals${query({ status, limit: '100' })}`),
  resolveAppeal: (id: string, decision: 'upheld' | 'rejected', note: string) => request<Appeal>('POST', `/v1/analyst/appeals/${encodeURIComponent(id)}/resolve`, { decision, note }),
  campaignExportUrl: (id: string, format: string) => `/v1/analyst/campaigns/${encodeURIComponent(id)}/export${query({ format })}`,
  exportUrl: (format: string) => `/v1/export/${encodeURIComponent(format)}`,
};

/** The `n` keys with the largest totals (the rest would be unreadable lines on one chart). */
export function topSeries(m: Readonly<Record<string, readonly number[]>>, n: number): [string, readonly number[]][] {
  return Object.entries(m)
    .map(([k, v]) => [k, v, v.reduce((a, b) => a + b, 0)] as const)
    .sort((a, b) => b[2] - a[2] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([k, v]) => [k, v]);
}
