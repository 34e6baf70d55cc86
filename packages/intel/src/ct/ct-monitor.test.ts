import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeCert } from '../testing/certs.ts';
import { startFakeRfc6962Log, startFakeStaticLog } from '../testing/fake-ct-logs.ts';
import { createRfc6962Log } from './rfc6962-log.ts';
import { createStaticCtLog, dataTilePath, encodeTileIndex, parseCheckpoint } from './static-ct-log.ts';
import { pollLogs } from './ct-monitor.ts';
import { NameIntake, type ScanCandidate } from './name-intake.ts';
import { memoryCursorStore } from './types.ts';
import type { RetryPolicy } from './http.ts';

const fetchFn = (u: string, init?: { signal?: AbortSignal; headers?: Record<string, string> }) => fetch(u, init);
const sleeps: number[] = [];
const retry: RetryPolicy = { attempts: 4, baseMs: 10, maxMs: 100, timeoutMs: 5000, sleep: async (ms) => void sleeps.push(ms), random: () => 0.5 };

/** Intake that records every name it is given (scorer flags names containing "whatsapp"). */
function recordingIntake() {
  const seen: string[] = [];
  const candidates: ScanCandidate[] = [];
  const intake = new NameIntake({
    sink: { submit: (c) => void candidates.push(c) },
    scorer: (n) => (seen.push(n), n.includes('whatsapp') ? { score: 90, level: 'dangerous' as const, brand: 'whatsapp' } : { score: 0, level: 'unknown' as const }),
    dedupWindowMs: 1, // every name counts: this test is about cursors, not dedup
    now: (() => { let t = 0; return () => (t += 10); })(),
  });
  return { intake, seen, candidates };
}

test('tile index encoding and partial tile paths (tlog-tiles)', () => {
  assert.equal(encodeTileIndex(0), '000');
  assert.equal(encodeTileIndex(999), '999');
  assert.equal(encodeTileIndex(1000), 'x001/000');
  assert.equal(encodeTileIndex(1234067), 'x001/x234/067');
  assert.equal(dataTilePath(0, 256), 'tile/data/000');
  assert.equal(dataTilePath(1, 300), 'tile/data/001.p/44');
  assert.throws(() => encodeTileIndex(-1));
  assert.throws(() => parseCheckpoint('origin\nnot-a-number\nAAAA\n\n'));
  assert.throws(() => parseCheckpoint(''));
  assert.equal(parseCheckpoint(`log.example/1\n5\n${Buffer.alloc(32).toString('base64')}\n\n\u2014 sig\n`).treeSize, 5);
});

test('RFC 6962: several logs, batching, backoff on 429/500, cursor persisted across a restart', async () => {
  const a = await startFakeRfc6962Log(7);
  const b = await startFakeStaticLog();
  try {
    for (let i = 0; i < 30; i++) a.append(await makeCert([`a${i}.example`], { precert: i % 3 === 0 }));
    for (let i = 0; i < 300; i++) b.append(await makeCert([`b${i}.example`, `www.b${i}.example`], { precert: i % 5 === 0 }));
    const logs = () => [
      createRfc6962Log({ id: 'a', url: a.url, fetch: fetchFn, batchSize: 16, retry }),
      createStaticCtLog({ id: 'b', url: b.url, fetch: fetchFn, retry }),
    ];
    const cursors = memoryCursorStore();
    const r1 = recordingIntake();
    a.failNext(2, 429);
    let res = await pollLogs({ logs: logs(), cursors, intake: r1.intake, startAt: 'start', chunkSize: 10, maxEntriesPerPoll: 20 });
    assert.deepEqual(res.map((r) => [r.logId, r.from, r.to, r.error]), [['a', 0, 20, undefined], ['b', 0, 20, undefined]]);
    assert.ok(sleeps.length >= 2, 'backed off on 429');
    // Restart: a new monitor with the same store continues where the last one stopped.
    for (let i = 30; i < 35; i++) a.append(await makeCert([`a${i}.example`]));
    const r2 = recordingIntake();
    b.failNext(1, 503);
    res = await pollLogs({ logs: logs(), cursors, intake: r2.intake, chunkSize: 64 });
    assert.deepEqual(res.map((r) => [r.logId, r.from, r.to, r.treeSize]), [['a', 20, 35, 35], ['b', 20, 300, 300]]);
    const all = [...r1.seen, ...r2.seen];
    const aNames = all.filter((n) => n.startsWith('a'));
    assert.deepEqual(aNames, Array.from({ length: 35 }, (_, i) => `a${i}.example`), 'no entry lost or repeated');
    assert.equal(all.filter((n) => n.startsWith('b') || n.startsWith('www.b')).length, 600);
    assert.equal(new Set(all).size, all.length);
    assert.ok(b.requests.includes('/static/tile/data/001.p/44'), 'partial tile fetched');
    assert.ok(a.requests.some((r) => r.includes('get-entries?start=7&end=9')), 'continues after a short response');
    assert.deepEqual(cursors.snapshot(), { a: 35, b: 300 });
  } finally {
    await a.close();
    await b.close();
  }
});

test('a new log starts at its current end by default; errors are reported, cursor kept', async () => {
  const a = await startFakeRfc6962Log();
  try {
    for (let i = 0; i < 5; i++) a.append(await makeCert([`old${i}.example`]));
    const cursors = memoryCursorStore();
    const r = recordingIntake();
    const log = createRfc6962Log({ id: 'a', url: a.url, fetch: fetchFn, retry });
    let res = await pollLogs({ logs: [log], cursors, intake: r.intake });
    assert.equal(res[0]?.to, 5);
    assert.equal(r.seen.length, 0);
    a.append(await makeCert(['whatsapp-login-verify.top']));
    a.failNext(4, 500);
    const errors: string[] = [];
    res = await pollLogs({ logs: [log], cursors, intake: r.intake, onError: (id) => errors.push(id) });
    assert.match(res[0]?.error ?? '', /500/);
    assert.deepEqual(errors, ['a']);
    assert.equal(await cursors.get('a'), 5);
    res = await pollLogs({ logs: [log], cursors, intake: r.intake });
    assert.equal(res[0]?.to, 6);
    assert.deepEqual(r.candidates.map((c) => [c.name, c.source, c.registrableDomain]), [['whatsapp-login-verify.top', 'ct:a', 'whatsapp-login-verify.top']]);
  } finally {
    await a.close();
  }
});

test('hostile log: malformed leaves are skipped and counted, bad STH is an error', async () => {
  const { createServer } = await import('node:http');
  const server = createServer((req, res) => {
    if (req.url?.includes('get-sth')) return void res.end(JSON.stringify({ tree_size: 3 }));
    res.end(JSON.stringify({ entries: [{ leaf_input: 'AAAA' }, { leaf_input: 42 }, { leaf_input: Buffer.alloc(2000, 0xff).toString('base64') }] }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  try {
    const malformed: number[] = [];
    const log = createRfc6962Log({ id: 'h', url: `http://127.0.0.1:${port}`, fetch: fetchFn, retry, onMalformed: (i) => malformed.push(i) });
    const r = recordingIntake();
    const res = await pollLogs({ logs: [log], cursors: memoryCursorStore(), intake: r.intake, startAt: 'start' });
    assert.deepEqual(malformed, [0, 1, 2]);
    assert.equal(res[0]?.to, 3);
    const bad = createRfc6962Log({ id: 'h', url: `http://127.0.0.1:${port}/x`, fetch: async () => new Response('{"tree_size":-1}'), retry });
    await assert.rejects(bad.treeSize(), /tree_size/);
  } finally {
    server.close();
  }
});
