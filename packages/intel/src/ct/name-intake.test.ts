import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NameIntake, type ScanCandidate } from './name-intake.ts';
import { LruWindow, TokenBucket } from './lru-window.ts';
import { startFakeCertstream } from '../testing/certstream-server.ts';
import { parseCertstreamMessage, startCertstream } from './certstream.ts';

test('LRU window: duplicates within the window, bounded capacity, re-qualifies after the window', () => {
  const w = new LruWindow(3, 100);
  assert.equal(w.checkAndAdd('a', 0), false);
  assert.equal(w.checkAndAdd('a', 50), true);
  assert.equal(w.checkAndAdd('a', 150), false);
  for (const k of ['b', 'c', 'd']) w.checkAndAdd(k, 160);
  assert.equal(w.size, 3);
  assert.equal(w.checkAndAdd('a', 170), false, 'evicted as the oldest');
  assert.throws(() => new LruWindow(0, 1));
  const b = new TokenBucket(1, 2, 0);
  assert.deepEqual([b.take(0), b.take(0), b.take(0), b.take(1000)], [true, true, false, true]);
});

test('core scoring: a WhatsApp lookalike becomes a candidate, wildcard stripped, once per registrable domain', async () => {
  const got: ScanCandidate[] = [];
  const intake = new NameIntake({ sink: { submit: (c) => void got.push(c) }, now: () => 1000 });
  await intake.ingest(['*.whatsapp-verify-login.top', 'www.whatsapp-verify-login.top', 'www.google.com', 'mail.google.com', 'WHATSAPP-VERIFY-LOGIN.TOP.'], 'ct:x');
  assert.deepEqual(got.map((c) => c.name), ['whatsapp-verify-login.top']);
  assert.equal(got[0]?.brand, 'whatsapp');
  assert.ok((got[0]?.score ?? 0) >= 70);
  assert.equal(intake.stats.duplicates, 1, 'the upper-case repeat');
  assert.equal(intake.stats.domainRepeats, 1, 'www. of the same domain');
});

test('bad input: junk, huge lists, non-strings; rate limit drops and counts', async () => {
  const got: ScanCandidate[] = [];
  let t = 0;
  const intake = new NameIntake({ sink: { submit: (c) => void got.push(c) }, scorer: () => ({ score: 99, level: 'dangerous' }), scansPerMinute: 60, burst: 2, now: () => t });
  await intake.ingest(['', 'localhost', '\u0000\u0001', 'x'.repeat(10_000), 42 as unknown as string, 'a..b'], 's');
  assert.equal(intake.stats.invalid, 6);
  await intake.ingest(Array.from({ length: 5000 }, (_, i) => `n${i}.example`), 's');
  assert.equal(intake.stats.names, 6 + 1000, 'at most 1000 names per certificate');
  assert.equal(got.length, 2);
  assert.equal(intake.stats.rateLimited, 998);
  t = 2000;
  await intake.ingest(['n5.example'], 's');
  assert.equal(got.length, 3, 'a rate-limited name qualifies again later');
});

test('certstream: messages parsed, heartbeats and junk ignored, reconnects after a drop', async () => {
  assert.equal(parseCertstreamMessage('{"message_type":"heartbeat"}'), undefined);
  assert.equal(parseCertstreamMessage('not json'), undefined);
  assert.equal(parseCertstreamMessage('{"message_type":"certificate_update","data":{"leaf_cert":{"all_domains":"x"}}}'), undefined);
  assert.equal(parseCertstreamMessage('x'.repeat(2 * 1024 * 1024)), undefined);
  const server = await startFakeCertstream();
  const got: ScanCandidate[] = [];
  const intake = new NameIntake({ sink: { submit: (c) => void got.push(c) } });
  const h = startCertstream({ url: server.url, intake, reconnectBaseMs: 20 });
  try {
    const until = async (f: () => boolean) => {
      for (let i = 0; i < 200 && !f(); i++) await new Promise((r) => setTimeout(r, 10));
      assert.ok(f());
    };
    await until(() => server.clients() === 1);
    server.sendRaw('{"message_type":"heartbeat","timestamp":1}');
    server.sendRaw('\u0000garbage');
    server.send(['*.whatsapp-photo-vote.live', 'whatsapp-photo-vote.live']);
    await until(() => got.length === 1);
    server.dropAll();
    await until(() => server.connections() === 2 && server.clients() === 1);
    server.send(['facebook-photo-viewer.xyz']);
    await until(() => got.length === 2);
    assert.deepEqual(got.map((c) => c.name), ['whatsapp-photo-vote.live', 'facebook-photo-viewer.xyz']);
    assert.match(got[0]?.source ?? '', /^certstream:/);
    assert.equal(h.messages(), 2);
  } finally {
    await h.close();
    await server.close();
  }
});
