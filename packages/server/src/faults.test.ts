/** Fault tests: a worker killed mid-job, a locked database, a full database. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { createTestApp, tempDir } from '../test/helpers.ts';
import { spawnService, waitFor } from '../test/children.ts';
import { connect } from './db/connect.ts';
import { migrateToLatest } from './db/migrations.ts';
import { createRepositories } from './repos/index.ts';
import { createEmbeddedQueue } from './queue/embedded-queue.ts';

test('a worker killed mid-job (SIGKILL): the job is finished after a restart', { timeout: 60_000 }, async () => {
  const dir = tempDir();
  const log = join(dir, 'captures.log');
  const db = connect({ kind: 'sqlite', sqlitePath: join(dir, 'ghostguard.db') });
  try {
    await migrateToLatest(db.db as never, 'sqlite');
    const repos = createRepositories(db.db, 'sqlite');
    const { scan } = await repos.scans.createOrReuse('https://kill.example/', '1970-01-01T00:00:00.000Z');
    await createEmbeddedQueue(repos, { maxAttempts: 3, retryBaseMs: 0, jobTimeoutMs: 60_000, leaseMs: 2000 }).enqueueScan({ scanId: scan.id });
    const env = { DATA_DIR: dir, ROLES: 'worker', SANDBOX_CONCURRENCY: '1', JOB_LEASE_SECONDS: '2', GG_TEST_FAKE_SANDBOX_LOG: log };
    const first = spawnService({ ...env, GG_TEST_FAKE_SANDBOX: 'slow:60000' });
    await first.ready;
    await waitFor(() => existsSync(log), 15_000, 'the first worker to start the capture');
    assert.equal((await repos.scans.get(scan.id))?.status, 'running');
    await first.kill();

    const second = spawnService({ ...env, GG_TEST_FAKE_SANDBOX: 'fast' });
    try {
      await second.ready;
      await waitFor(async () => (await repos.scans.get(scan.id))?.status === 'done', 20_000, 'the restarted worker to finish');
    } finally {
      await second.stop();
    }
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    assert.equal(lines.length, 2, 'started once per worker life');
    assert.notEqual(lines[0]?.split(' ')[0], lines[1]?.split(' ')[0], 'by two different processes');
    assert.equal((await repos.jobs.get(scan.id))?.status, 'done');
    assert.equal((await repos.jobs.get(scan.id))?.attempts, 2);
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a locked database: a clear 503 GG_ERR_STORAGE_BUSY, nothing stored is lost, recovery after unlock', async () => {
  const t = await createTestApp({ RATE_LIMIT_PER_MINUTE: 1000 }, undefined, { busyTimeoutMs: 100 });
  try {
    const report = { text: 'first', happened: ['none'], contactConsent: false };
    assert.equal((await t.app.inject({ method: 'POST', url: '/v1/reports', payload: report })).statusCode, 201);
    const other = new SqliteDatabase(t.config.sqlitePath);
    other.exec('BEGIN EXCLUSIVE');
    other.prepare("INSERT INTO audit (id, at, actor, action, target, details_json) VALUES ('x', 'x', 'x', 'x', 'x', '{}')").run();
    try {
      const locked = await t.app.inject({ method: 'POST', url: '/v1/reports', payload: { ...report, text: 'second' } });
      assert.equal(locked.statusCode, 503);
      assert.equal((locked.json() as { error: { code: string } }).error.code, 'GG_ERR_STORAGE_BUSY');
      // The citizen still gets a verdict from /v1/check; the operator sees the storage error,
      // and the check waits in the write buffer instead of being lost.
      const check = await t.app.inject({ method: 'POST', url: '/v1/check', payload: { text: 'hello while locked' } });
      assert.equal(check.statusCode, 200);
      await assert.rejects(t.flushChecks(), (e: { code?: string }) => String(e.code).startsWith('SQLITE_BUSY'));
      const m = (await t.app.inject('/metrics')).body;
      assert.match(m, /gg_events_total\{event="storage_error",route="\/v1\/check"\} [1-9]/);
      assert.match(m, /gg_checks_pending 1/);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    await t.flushChecks();
    assert.equal((await t.repos.submissions.list({ limit: 10, q: 'while locked' })).items.length, 1, 'stored after the unlock');
    assert.equal((await t.app.inject({ method: 'POST', url: '/v1/reports', payload: { ...report, text: 'third' } })).statusCode, 201);
    const texts = (await t.repos.reports.list({ limit: 10 })).items.map((r) => r.text).sort();
    assert.deepEqual(texts, ['first', 'third']);
  } finally {
    await t.close();
  }
});

test('a full database: a clear 507 GG_ERR_STORAGE_FULL and earlier data intact', async () => {
  const t = await createTestApp({ RATE_LIMIT_PER_MINUTE: 100_000 });
  try {
    const ok = await t.app.inject({ method: 'POST', url: '/v1/reports', payload: { text: 'kept', happened: ['none'], contactConsent: false } });
    assert.equal(ok.statusCode, 201);
    // No tmpfs needed: capping the page count makes SQLite hit SQLITE_FULL exactly like a full disk.
    const pages = await sql<{ page_count: number }>`PRAGMA page_count`.execute(t.db.db);
    await sql.raw(`PRAGMA max_page_count = ${Number(pages.rows[0]?.page_count ?? 0)}`).execute(t.db.db);
    let full: { statusCode: number; json(): unknown } | undefined;
    for (let i = 0; i < 200 && !full; i++) {
      const r = await t.app.inject({ method: 'POST', url: '/v1/reports', payload: { text: `filler ${i} ${'x'.repeat(20_000)}`, happened: ['none'], contactConsent: false } });
      if (r.statusCode !== 201) full = r;
    }
    assert.ok(full, 'the database filled up');
    assert.equal(full.statusCode, 507);
    assert.equal((full.json() as { error: { code: string } }).error.code, 'GG_ERR_STORAGE_FULL');
    await sql.raw('PRAGMA max_page_count = 1073741823').execute(t.db.db);
    const items = (await t.repos.reports.list({ limit: 200, q: 'kept' })).items;
    assert.equal(items.length, 1);
  } finally {
    await t.close();
  }
});
