/**
 * One configuration schema, validated at start-up before anything else is built.
 * Defaults are chosen so that `ghostguard serve` works on a laptop with nothing installed.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { AppError } from './errors.ts';
import { IntelConfigSchema } from './intel/config.ts';

export type Role = 'api' | 'worker';

const int = (def: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(def);
const bool = (def: boolean) =>
  z
    .union([z.boolean(), z.enum(['1', '0', 'true', 'false', 'yes', 'no', ''])])
    .default(def)
    .transform((v) => v === true || v === '1' || v === 'true' || v === 'yes');

export const ConfigSchema = z.object({
  PORT: int(8080, 0, 65535),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  /** postgres://... selects PostgreSQL + pg-boss; unset = SQLite file under DATA_DIR. */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres://').optional(),
  ROLES: z
    .string()
    .default('api,worker')
    .transform((s) => [...new Set(s.split(',').map((r) => r.trim()).filter(Boolean))])
    .pipe(z.array(z.enum(['api', 'worker'])).min(1)),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: bool(false),
  /** Same URL submitted again within this window gets the recent scan instead of a new visit. */
  SCAN_REUSE_MINUTES: int(60, 0, 10_080),
  /** Hard limit of one scan job (the sandbox has its own, shorter, navigation limits). */
  SCAN_JOB_TIMEOUT_SECONDS: int(90, 5, 3600),
  /** A job still "running" after this long is presumed orphaned (its worker died) and is queued again. */
  JOB_LEASE_SECONDS: int(180, 1, 86_400),
  JOB_MAX_ATTEMPTS: int(3, 1, 20),
  JOB_RETRY_BASE_SECONDS: int(10, 0, 3600),
  SANDBOX_CONCURRENCY: int(2, 1, 32),
  /** Tests only: lets scans and the sandbox visit 127.0.0.1 / ::1. */
  SANDBOX_ALLOW_LOOPBACK: bool(false),
  RETENTION_SUBMISSIONS_DAYS: int(90, 1, 3650),
  RETENTION_REPORTS_DAYS: int(365, 1, 3650),
  RETENTION_SCANS_DAYS: int(180, 1, 3650),
  RETENTION_AUDIT_DAYS: int(730, 1, 3650),
  RETENTION_INTERVAL_MINUTES: int(60, 1, 10_080),
  /** Persisted in DATA_DIR/session-secret when unset; set it explicitly when several API hosts share one DB. */
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_TTL_HOURS: int(12, 1, 720),
  /** Per client (IP) per minute on public endpoints; 0 disables (benchmarks only). */
  RATE_LIMIT_PER_MINUTE: int(60, 0, 1_000_000),
  RATE_LIMIT_SCANS_PER_MINUTE: int(10, 0, 1_000_000),
  RATE_LIMIT_LOGIN_PER_MINUTE: int(10, 0, 1_000_000),
  BODY_LIMIT_BYTES: int(1_048_576, 1024, 50 * 1_048_576),
  /**
   * Checks (POST /v1/check) are stored in batches: one transaction every STORAGE_FLUSH_MS or
   * STORAGE_BATCH_MAX checks. A crash loses at most the last window; a graceful stop loses nothing.
   */
  STORAGE_FLUSH_MS: int(20, 0, 1000),
  STORAGE_BATCH_MAX: int(256, 1, 5000),
  /** Checks held in memory at most (items and MiB); beyond, a request waits for a write. */
  STORAGE_BUFFER_MAX: int(10_000, 1, 1_000_000),
  STORAGE_BUFFER_MAX_MB: int(64, 1, 4096),
  /** true: a check is answered only once it is committed (batched with concurrent ones). */
  STORAGE_DURABLE_WRITES: bool(false),
  /** packages/web/dist by default; served at / with SPA fallback. */
  WEB_DIST_DIR: z.string().optional(),
  /** Threat intelligence: CT_LOGS, FEEDS, CT_POLL_SECONDS, ... (intel/config.ts). */
  ...IntelConfigSchema,
});

export type ConfigInput = z.input<typeof ConfigSchema>;
export interface Config extends Omit<z.output<typeof ConfigSchema>, 'SESSION_SECRET' | 'DATA_DIR'> {
  readonly DATA_DIR: string;
  readonly SESSION_SECRET: string;
  readonly dbKind: 'sqlite' | 'postgres';
  readonly sqlitePath: string;
}

/** Only the keys of the schema are read from the environment (nothing else leaks in). */
function pickEnv(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(ConfigSchema.shape)) {
    const v = env[key] ?? env[`GG_${key}`];
    if (v !== undefined && v !== '') out[key] = v;
  }
  return out;
}

function loadOrCreateSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) {
    const s = readFileSync(file, 'utf8').trim();
    if (s.length >= 32) return s;
  }
  const s = randomBytes(32).toString('base64url');
  writeFileSync(file, s + '\n', { mode: 0o600 });
  return s;
}

/**
 * Validates env + overrides (overrides win, e.g. CLI flags). Throws AppError GG_ERR_CONFIG naming
 * the variable. Creates DATA_DIR (and the session secret in it) when needed.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env, overrides: Partial<ConfigInput> = {}): Config {
  const raw: Record<string, unknown> = { ...pickEnv(env) };
  for (const [k, v] of Object.entries(overrides)) if (v !== undefined) raw[k] = v;
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? 'config');
    throw new AppError('GG_ERR_CONFIG', `invalid configuration ${field}: ${issue?.message ?? 'invalid'}`, { field });
  }
  const c = parsed.data;
  const dataDir = resolve(c.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  return {
    ...c,
    DATA_DIR: dataDir,
    SESSION_SECRET: c.SESSION_SECRET ?? loadOrCreateSecret(dataDir),
    dbKind: c.DATABASE_URL ? 'postgres' : 'sqlite',
    sqlitePath: join(dataDir, 'ghostguard.db'),
  };
}

/** For logs: the configuration with secrets and credentials removed. */
export function describeConfig(c: Config): Record<string, unknown> {
  const { SESSION_SECRET: _s, DATABASE_URL, CT_LOGS, FEEDS, ...rest } = c;
  // Feed URLs may carry an API key (PhishTank's app key is in the path): only hosts are logged.
  const host = (u: string) => (URL.canParse(u) ? new URL(u).host : '?');
  return {
    ...rest, DATABASE_URL: DATABASE_URL ? DATABASE_URL.replace(/\/\/[^@/]*@/, '//***@') : undefined,
    CT_LOGS: CT_LOGS.map((l) => `${l.type}:${host(l.url)}`), FEEDS: FEEDS.map((f) => `${f.format}:${host(f.url)}`),
  };
}
