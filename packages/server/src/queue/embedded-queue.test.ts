import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { connect, type Db } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrations.ts';
import { createRepositories, type Repositories } from '../repos/index.ts';
import { createEmbeddedQueue } from './embedded-queue.ts';
import { createScanHandlers } from '../scan-worker.ts';
import { fakeEvidence } from '../sandbox/fake-sandbox.ts';
import type { SandboxPort } from '../sandbox/port.ts';
import type { JobQueue } from './port.ts';
import { tempDir } from '../../test/helpers.ts';

let dir: string;
let db: Db;
let repos: Repositories;
let queue: JobQueue | undefined;

beforeEach(async () => {
  dir = tempDir();
  db = connect({ kind: 'sqlite', sqlitePath: join(dir, 'q.db') });
  await migrateToLatest(db.db as never, 'sqlite');
  repos = createRepositories(db.db, 'sqlite');
});
afterEach(async () => {
  await queue?.stop();
  queue = undefined;
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

async function until(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('timed out waiting');
}

function start(sandbox: SandboxPort, opts: { jobTimeoutMs?: number } = {}): JobQueue {
  queue = createEmbeddedQueue(repos, { maxAttempts: 2, retryBaseMs: 5, jobTimeoutMs: opts.jobTimeoutMs ?? 2000, leaseMs: 60_000, pollMs: 20 });
  void queue.startWorkers(createScanHandlers({ repos, sandbox, workerId: 'w1', allowLoopback: false, captureTimeoutMs: 1000 }), 2);
  return queue;
}

const PNG = new Uint8Array([137, 80, 78, 71]);

test('a queued scan is captured, judged and stored with its screenshot, evidence redacted', async () => {
  const calls: string[] = [];
  const q = start({
    async capture(url) {
      calls.push(url);
      return { evidence: fakeEvidence(url, { visibleText: 'Enter code 4K7P-2M9X, number +7 701 234 56 78', title: 'Vote' }), screenshot: PNG };
    },
    async close() {},
  });
  const { scan } = await repos.scans.createOrReuse('https://vote.example/final2', '1970-01-01T00:00:00.000Z');
  await q.enqueueScan({ scanId: scan.id });
  await q.enqueueScan({ scanId: scan.id }); // idempotent
  await until(async () => (await repos.scans.get(scan.id))?.status === 'done');
  const done = await repos.scans.get(scan.id);
  assert.deepEqual(calls, ['https://vote.example/final2']);
  assert.ok(done?.verdict);
  assert.equal(done?.hasScreenshot, true);
  assert.deepEqual([...((await repos.scans.screenshot(scan.id)) ?? [])], [...PNG]);
  const text = JSON.stringify(done?.evidence);
  assert.ok(!text.includes('4K7P') && !text.includes('234 56'), text.slice(0, 300));
  assert.equal(await q.depth(), 0);
});

test('a failing capture is retried with backoff, then dead-lettered and the scan fails', async () => {
  let n = 0;
  const q = start({
    async capture() {
      n++;
      throw new Error('browser crashed');
    },
    async close() {},
  });
  const { scan } = await repos.scans.createOrReuse('https://x.example/', '1970-01-01T00:00:00.000Z');
  await q.enqueueScan({ scanId: scan.id });
  await until(async () => (await repos.scans.get(scan.id))?.status === 'failed');
  assert.equal(n, 2);
  assert.equal((await repos.jobs.get(scan.id))?.status, 'dead');
  assert.match((await repos.scans.get(scan.id))?.error ?? '', /browser crashed/);
});

test('a job over its time limit is stopped and counted as a failure', async () => {
  const q = start({ capture: () => new Promise(() => undefined), async close() {} }, { jobTimeoutMs: 50 });
  const { scan } = await repos.scans.createOrReuse('https://slow.example/', '1970-01-01T00:00:00.000Z');
  await q.enqueueScan({ scanId: scan.id });
  await until(async () => (await repos.scans.get(scan.id))?.status === 'failed');
  assert.match((await repos.jobs.get(scan.id))?.lastError ?? '', /time limit/);
});

test('a running job whose lease expired is claimed again (its worker died)', async () => {
  await repos.jobs.enqueue('scan', { scanId: 'x' }, { maxAttempts: 3, id: 'job-1' });
  const a = await repos.jobs.claim('scan', 'dead-worker', 1000);
  assert.equal(a?.attempts, 1);
  assert.equal(await repos.jobs.claim('scan', 'w2', 1000), undefined, 'still leased');
  const b = await repos.jobs.claim('scan', 'w2', 1000, Date.now() + 1500);
  assert.equal(b?.id, 'job-1');
  assert.equal(b?.worker, 'w2');
  assert.equal(b?.attempts, 2);
});
