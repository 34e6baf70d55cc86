/**
 * Table types for Kysely. Times are ISO-8601 UTC strings (`toISOString`, fixed width, so they
 * sort and compare as text on both SQLite and PostgreSQL); booleans are 0/1; JSON is text.
 */
export interface SubmissionsTable {
  id: string;
  created_at: string;
  kind: string; // text | url | html
  lang: string;
  content: string; // redacted, bounded
  level: string;
  score: number;
  attack: string | null;
  verdict_json: string; // redacted
}

export interface ReportsTable {
  id: string;
  created_at: string;
  text: string | null; // redacted
  url: string | null; // phone numbers redacted
  happened: string; // comma-separated
  region: string | null;
  contact_consent: number;
  /** Kept only with explicit consent: it is how an analyst reaches the person. */
  contact: string | null;
  lang: string;
  level: string | null;
  verdict_json: string | null;
  /** null: the web form; `tipline:whatsapp` / `tipline:telegram` (migration 0002, tiplines/migration.ts). */
  source: string | null;
}

export interface ScansTable {
  id: string;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
  url: string; // phone numbers redacted; this is the URL that is visited
  status: string; // queued | running | done | failed
  attempts: number;
  error: string | null;
  level: string | null;
  verdict_json: string | null;
  evidence_json: string | null; // redacted
  has_screenshot: number;
  worker: string | null;
}

export interface ScreenshotsTable {
  scan_id: string;
  png: Uint8Array;
}

export interface IndicatorsTable {
  id: string;
  type: string; // domain | url
  value: string;
  status: string; // suspected | confirmed | false-positive | allowlisted
  first_seen: string;
  last_seen: string;
  sightings: number;
  max_level: string;
  note: string | null;
}

export interface AllowlistTable {
  id: string;
  value: string;
  reason: string;
  actor: string;
  created_at: string;
}

export interface UsersTable {
  id: string;
  username: string;
  password_hash: string;
  role: string; // analyst | admin
  created_at: string;
  disabled: number;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface ApiKeysTable {
  id: string;
  name: string;
  key_hash: string;
  role: string;
  created_at: string;
}

export interface AuditTable {
  id: string;
  at: string;
  actor: string;
  action: string;
  target: string;
  details_json: string;
}

export interface JobsTable {
  id: string;
  kind: string;
  payload_json: string;
  status: string; // queued | running | done | dead
  attempts: number;
  max_attempts: number;
  run_at: string;
  lease_until: string | null;
  last_error: string | null;
  worker: string | null;
  created_at: string;
  updated_at: string;
}

export interface Database {
  submissions: SubmissionsTable;
  reports: ReportsTable;
  scans: ScansTable;
  screenshots: ScreenshotsTable;
  indicators: IndicatorsTable;
  allowlist: AllowlistTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_keys: ApiKeysTable;
  audit: AuditTable;
  jobs: JobsTable;
}
