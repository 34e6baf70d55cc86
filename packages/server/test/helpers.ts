/**
 * Test helpers. `createTestApp` builds the API in-process (for `app.inject`); `createTestServer`
 * starts the real service on 127.0.0.1:<random port> with a temporary data directory — the web
 * UI's browser tests use it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config, type ConfigInput } from '../src/config.ts';
import { connect, type Db } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrations.ts';
import { createRepositories, type Repositories } from '../src/repos/index.ts';
import { createEmbeddedQueue } from '../src/queue/embedded-queue.ts';
import type { JobQueue } from '../src/queue/port.ts';
import { buildApp } from '../src/app.ts';
import { checkStoreOf } from '../src/check-store.ts';
import { startService, type ServiceOptions } from '../src/service.ts';
import { addUser } from '../src/index.ts';
import type { Resolver } from '../src/security/url-guard.ts';

/** Resolves names from a table; everything else to a documentation-range public address. Never touches DNS. */
export function fakeResolver(table: Record<string, string[]> = {}): Resolver {
  return async (host) => {
    const hit = table[host];
    if (hit) return hit;
    if (host === 'localhost') return ['127.0.0.1'];
    return ['93.184.216.34'];
  };
}

export function tempDir(prefix = 'gg-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface TestApp {
  readonly app: FastifyInstance;
  readonly repos: Repositories;
  readonly config: Config;
  readonly queue: JobQueue;
  readonly db: Db;
  /** Writes the checks the write buffer holds (they are otherwise written within STORAGE_FLUSH_MS). */
  flushChecks(): Promise<void>;
  close(): Promise<void>;
}

export async function createTestApp(overrides: Partial<ConfigInput> = {}, resolve: Resolver = fakeResolver(), dbOpts: { busyTimeoutMs?: number } = {}): Promise<TestApp> {
  const dir = tempDir();
  const config = loadConfig({}, { DATA_DIR: dir, LOG_LEVEL: 'silent', WEB_DIST_DIR: join(dir, 'no-web'), ...overrides });
  const db = connect({ kind: 'sqlite', sqlitePath: config.sqlitePath, ...dbOpts });
  await migrateToLatest(db.db as never, 'sqlite');
  const repos = createRepositories(db.db, 'sqlite');
  const queue = createEmbeddedQueue(repos, { maxAttempts: 2, retryBaseMs: 10, jobTimeoutMs: 5000, leaseMs: 10_000 });
  const app = await buildApp({ config, repos, queue, resolve });
  return {
    app, repos, config, queue, db,
    flushChecks: async () => checkStoreOf(app)?.flush(),
    async close() {
      await app.close();
      await queue.stop();
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface TestServer {
  /** e.g. http://127.0.0.1:43817 */
  readonly url: string;
  readonly dataDir: string;
  addAnalyst(username: string, password: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * The real service (API + worker, SQLite, embedded queue) on a free loopback port. Scans may visit
 * loopback pages (fixtures served by the test); DNS names resolve to a fake public address.
 */
export async function createTestServer(opts: Partial<ServiceOptions> = {}): Promise<TestServer> {
  const dataDir = tempDir('gg-server-');
  const svc = await startService({
    roles: ['api', 'worker'], port: 0, host: '127.0.0.1', dataDir, env: {}, LOG_LEVEL: 'silent', SANDBOX_ALLOW_LOOPBACK: true,
    RATE_LIMIT_PER_MINUTE: 10_000, RATE_LIMIT_SCANS_PER_MINUTE: 10_000, RATE_LIMIT_LOGIN_PER_MINUTE: 10_000, resolve: fakeResolver(), ...opts,
  });
  return {
    url: svc.url,
    dataDir,
    addAnalyst: (username, password) => addUser(svc.config, username, password, 'analyst'),
    async close() {
      await svc.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Logs in through the API; returns the cookie header and the CSRF token. */
export async function login(app: FastifyInstance, username: string, password: string): Promise<{ cookie: string; csrf: string }> {
  const res = await app.inject({ method: 'POST', url: '/v1/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const set = res.headers['set-cookie'];
  const first = Array.isArray(set) ? set[0] : set;
  return { cookie: String(first).split(';')[0] ?? '', csrf: (res.json() as { csrfToken: string }).csrfToken };
}
