/**
 * Tables of threat intelligence (migration `0003-intel` in ./migration.ts), merged into the
 * repositories' type with `Kysely<Database & IntelTables>` so that db/schema.ts stays the core
 * service's. Same conventions: ISO-8601 UTC text times, JSON as text, booleans 0/1.
 *
 * Privacy: lure texts in `campaign_members` are stored redacted (phone numbers, codes) and are
 * redacted again for display and export; `appeals.contact` is the site owner's own address,
 * given so that an analyst can answer.
 */
export interface IntelCursorsTable {
  /** `ct:<log id>` (position = next entry index), `cluster:reports`, `cluster:scans` (position = "<time>|<id>"). */
  name: string;
  position: string;
  updated_at: string;
}

/** One holder at a time for work that many worker processes must not repeat (CT polling, clustering). */
export interface IntelLeasesTable {
  name: string;
  holder: string;
  until: string;
}

export interface FeedSourcesTable {
  id: string;
  url: string;
  format: string;
  interval_ms: number;
  /** FeedStats of @ghostguard/intel as JSON. */
  stats_json: string;
  updated_at: string;
}

/** Who saw an indicator, how often and when (the indicators table keeps the totals). */
export interface IndicatorSourcesTable {
  type: string;
  value: string;
  source: string;
  first_seen: string;
  last_seen: string;
  sightings: number;
}

export interface AppealsTable {
  id: string;
  value: string;
  reason: string;
  contact: string | null;
  status: string; // open | upheld | rejected
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
  resolution: string | null;
}

export interface CampaignsTable {
  id: string;
  name: string;
  first_seen: string;
  last_seen: string;
  brand: string | null;
  attack: string | null;
  members: number;
  reports: number;
  scans: number;
  /** Set when the campaign was absorbed into another (kept so old links resolve). */
  merged_into: string | null;
  updated_at: string;
}

export interface CampaignMembersTable {
  /** `report:<id>` or `scan:<id>`. */
  member_id: string;
  kind: string;
  ref_id: string;
  campaign_id: string;
  at: string;
  host: string | null;
  ip: string | null;
  cert: string | null;
  /** KitFingerprint as JSON (scans). */
  kit_json: string | null;
  /** Redacted lure text (reports). */
  lure: string | null;
  reasons: string;
  brand: string | null;
  attack: string | null;
  level: string | null;
}

export interface IntelTables {
  intel_cursors: IntelCursorsTable;
  intel_leases: IntelLeasesTable;
  feed_sources: FeedSourcesTable;
  indicator_sources: IndicatorSourcesTable;
  appeals: AppealsTable;
  campaigns: CampaignsTable;
  campaign_members: CampaignMembersTable;
}
