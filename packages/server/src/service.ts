/**
 * startService: one process with the roles it is given. `api` serves HTTP; `worker` consumes
 * scan jobs with the sandbox. The embedded default (SQLite + table queue) needs nothing but npm;
 * with DATABASE_URL, PostgreSQL + pg-boss let many worker processes share the work.
 */
import { hostname } from 'node:os';
import pino from 'pino';
import { loadConfig, describeConfig, type Config, type ConfigInput } from './config.ts';
import { connect, type Db } from './db/connect.ts';
import { migrateToLatest } from './db/migrations.ts';
import { createRepositories, type Repositories } from './repos/index.ts';
import { createEmbeddedQueue } from './queue/embedded-queue.ts';
import { createPgBossQueue } from './queue/pgboss-queue.ts';
import type { JobQueue, QueueOptions } from './queue/port.ts';
import { createRealSandbox, type SandboxPort } from './sandbox/port.ts';
import { sandboxFromEnv } from './sandbox/fake-sandbox.ts';
import { createScanHandlers } from './scan-worker.ts';
import { buildApp } from './app.ts';
import { Metrics } from './metrics.ts';
import { scheduleRetention } from './retention.ts';
import { systemResolver, type Resolver } from './security/url-guard.ts';
import { startTiplines } from './tiplines/service-hooks.ts';
import { startIntelWorker } from './intel/scheduler.ts';

export interface ServiceOptions extends Partial<ConfigInput> {
  /** Overrides ROLES. */
  readonly roles?: readonly ('api' | 'worker')[];
  readonly port?: number;
  readonly host?: string;
  readonly dataDir?: string;
  readonly env?: Record<string, string | undefined>;
  /** Tests only: a sandbox port (the real one otherwise). */
  readonly sandbox?: SandboxPort;
  readonly resolve?: Resolver;
  /** Tests only: the page a CT-announced name is scanned at (default https://<name>/). */
  readonly intelScanUrlFor?: (name: string) => string;
}

export interface RunningService {
  /** http://host:port of the API, '' for a worker-only process. */
  readonly url: string;
  readonly config: Config;
  readonly repos: Repositories;
  close(): Promise<void>;
}

export function openDatabase(config: Config): Db {
  return connect({ kind: config.dbKind, sqlitePath: config.sqlitePath, ...(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : {}) });
}

export function queueOptions(config: Config): QueueOptions {
  return {
    maxAttempts: config.JOB_MAX_ATTEMPTS,
    retryBaseMs: config.JOB_RETRY_BASE_SECONDS * 1000,
    jobTimeoutMs: config.SCAN_JOB_TIMEOUT_SECONDS * 1000,
    leaseMs: Math.max(config.JOB_LEASE_SECONDS * 1000, 1000),
  };
}

export async function startService(opts: ServiceOptions = {}): Promise<RunningService> {
  const { roles, port, host, dataDir, env, sandbox: sandboxOverride, resolve, intelScanUrlFor, ...rest } = opts;
  const config = loadConfig(env ?? process.env, {
    ...rest,
    ...(roles ? { ROLES: roles.join(',') } : {}),
    ...(port !== undefined ? { PORT: port } : {}),
    ...(host !== undefined ? { HOST: host } : {}),
    ...(dataDir !== undefined ? { DATA_DIR: dataDir } : {}),
  });
  const log = pino({ level: config.LOG_LEVEL, base: { pid: process.pid } });
  log.info({ config: describeConfig(config) }, 'starting');
  const db = openDatabase(config);
  const closers: (() => Promise<void> | void)[] = [() => db.close()];
  const close = async () => {
    for (const c of closers.reverse()) await Promise.resolve(c()).catch((e: unknown) => log.error({ err: String(e) }, 'close failed'));
  };
  try {
    await migrateToLatest(db.db as never, db.kind);
    const repos = createRepositories(db.db, db.kind);
    const qlog = (msg: string, extra?: object) => log.warn(extra ?? {}, msg);
    const queue: JobQueue = config.DATABASE_URL ? await createPgBossQueue(config.DATABASE_URL, queueOptions(config), qlog) : createEmbeddedQueue(repos, queueOptions(config), qlog);
    const metrics = new Metrics();
    const tiplines = startTiplines({ config, env: env ?? process.env, db, metrics, log, closers });
    closers.push(scheduleRetention(repos, config, (r) => (r instanceof Error ? log.error({ err: r.message }, 'retention failed') : log.info({ deleted: r }, 'retention'))));

    if (config.ROLES.includes('worker')) {
      const sandbox = sandboxOverride ?? sandboxFromEnv(env ?? process.env) ?? createRealSandbox(config.SANDBOX_CONCURRENCY);
      closers.push(() => sandbox.close());
      const handlers = createScanHandlers({
        repos, sandbox, workerId: `${hostname()}:${process.pid}`, allowLoopback: config.SANDBOX_ALLOW_LOOPBACK,
        captureTimeoutMs: Math.max(1000, config.SCAN_JOB_TIMEOUT_SECONDS * 1000 - 5000),
        onFinished: (status, ms) => {
          metrics.inc('scan_finished', `status="${status}"`);
          if (status === 'done') metrics.scanDuration.observe(ms / 1000);
        },
      });
      await queue.startWorkers(handlers, config.SANDBOX_CONCURRENCY);
    }
    // Closed in reverse: HTTP first (no new work), then the queue (in-flight jobs), then the sandbox.
    closers.push(() => queue.stop());
    if (config.ROLES.includes('worker')) {
      // CT polling, feed imports, campaign clustering (each off or on as configured; logged here).
      const intel = startIntelWorker({ config, repos, queue, resolve: resolve ?? systemResolver, log, holder: `${hostname()}:${process.pid}`, ...(intelScanUrlFor ? { scanUrlFor: intelScanUrlFor } : {}) });
      closers.push(() => intel.stop());
    }

    let url = '';
    if (config.ROLES.includes('api')) {
      const app = await buildApp({ config, repos, queue, metrics, ...tiplines, ...(resolve ? { resolve } : {}) });
      closers.push(() => app.close());
      url = await app.listen({ port: config.PORT, host: config.HOST });
      log.info({ url }, 'listening');
    }
    return { url, config, repos, close };
  } catch (err) {
    await close();
    throw err;
  }
}

/** `ghostguard migrate`: applies migrations and exits. */
export async function runMigrations(config: Config): Promise<string[]> {
  const db = openDatabase(config);
  try {
    return await migrateToLatest(db.db as never, db.kind);
  } finally {
    await db.close();
  }
}
