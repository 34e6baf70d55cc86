/**
 * Several worker processes on one PostgreSQL share the scan jobs and each job runs exactly once
 * (real child processes, pg-boss; the sandbox is the fast fake selected by GG_TEST_FAKE_SANDBOX).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createPgDatabase, postgresAvailable } from '../../test/db-targets.ts';
import { spawnService, waitFor, type Child } from '../../test/children.ts';
import { tempDir } from '../../test/helpers.ts';
import { connect } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrations.ts';
import { createRepositories } from '../repos/index.ts';
import { createPgBossQueue } from './pgboss-queue.ts';

const skip = await postgresAvailable();
const JOBS = 40;

test('two worker processes on PostgreSQL: every job processed exactly once, by both', { timeout: 120_000, ...(skip ? { skip } : {}) }, async () => {
  const pg = await createPgDatabase();
  const dir = tempDir();
  const log = join(dir, 'captures.log');
  const db = connect({ kind: 'postgres', databaseUrl: pg.url, poolSize: 4 });
  const children: Child[] = [];
  try {
    await migrateToLatest(db.db as never, 'postgres');
    const repos = createRepositories(db.db, 'postgres');
    const queue = await createPgBossQueue(pg.url, { maxAttempts: 3, retryBaseMs: 1000, jobTimeoutMs: 30_000, leaseMs: 60_000 });
    const ids: string[] = [];
    for (let i = 0; i < JOBS; i++) {
      const { scan } = await repos.scans.createOrReuse(`https://job-${i}.example/`, '1970-01-01T00:00:00.000Z');
      await queue.enqueueScan({ scanId: scan.id });
      await queue.enqueueScan({ scanId: scan.id }); // a duplicate enqueue must not run twice
      ids.push(scan.id);
    }
    await queue.stop();
    for (let w = 0; w < 2; w++) {
      children.push(spawnService({ DATA_DIR: join(dir, `w${w}`), DATABASE_URL: pg.url, ROLES: 'worker', SANDBOX_CONCURRENCY: '2', GG_TEST_FAKE_SANDBOX: 'slow:40', GG_TEST_FAKE_SANDBOX_LOG: log }));
    }
    await Promise.all(children.map((c) => c.ready));
    await waitFor(async () => ((await repos.scans.countByStatus())['done'] ?? 0) === JOBS, 90_000, 'all scans done');
    assert.ok(existsSync(log));
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    const urls = lines.map((l) => l.split(' ')[1]);
    assert.equal(lines.length, JOBS, 'no job ran twice');
    assert.equal(new Set(urls).size, JOBS, 'every job ran');
    const pids = new Set(lines.map((l) => l.split(' ')[0]));
    assert.equal(pids.size, 2, `both workers took jobs (${[...pids].join(', ')})`);
    const workers = new Set((await Promise.all(ids.map((id) => repos.scans.get(id)))).map((s) => s?.worker));
    assert.equal(workers.size, 2);
  } finally {
    await Promise.all(children.map((c) => c.stop()));
    await db.close();
    await pg.drop();
    rmSync(dir, { recursive: true, force: true });
  }
});
