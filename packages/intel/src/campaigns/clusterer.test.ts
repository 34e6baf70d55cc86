import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { CampaignClusterer } from './clusterer.ts';
import { bandKeys, jaccard, minhash, normaliseLure, similarity, simhashDistance } from './text-similarity.ts';

const KIT = { domHash: 'a1b2c3d4e5f60718', scriptHashes: ['src:/socket.io/socket.io.js', 'fnv:0011223344556677'], faviconHash: 'src:/favicon.ico', textSimhash: 'f0f0f0f0f0f0f0f0' };
const T = (h: number) => new Date(Date.UTC(2026, 0, 10, h)).toISOString();

test('one wave: report lure, scans of two kit domains, CT indicator of a sibling host → one campaign', () => {
  const c = new CampaignClusterer();
  const r1 = c.add({ id: 'report-1', kind: 'report', at: T(0), host: 'whatsapp-vote.top', lureText: 'Hi! Would you mind voting for my niece Aisha? She is very close to winning https://whatsapp-vote.top/v/1' });
  assert.equal(r1.created, true);
  const s1 = c.add({ id: 'scan-1', kind: 'scan', at: T(1), host: 'www.whatsapp-vote.top', kit: KIT });
  assert.deepEqual([s1.campaignId, s1.reasons], [r1.campaignId, ['domain']]);
  const s2 = c.add({ id: 'scan-2', kind: 'scan', at: T(2), host: 'ballet-contest.live', kit: { ...KIT, textSimhash: 'f0f0f0f0f0f0f0f3' } });
  assert.deepEqual([s2.campaignId, s2.reasons], [r1.campaignId, ['kit']]);
  const r2 = c.add({ id: 'report-2', kind: 'report', at: T(3), lureText: 'Hello! would you mind voting for my niece Dana?? she is very close to winning bit.ly/xyz 🙏' });
  assert.deepEqual([r2.campaignId, r2.reasons], [r1.campaignId, ['lure']]);
  assert.equal(c.list().length, 1);
  assert.equal(c.list()[0]?.members.length, 4);
  assert.equal(c.add({ id: 'scan-1', kind: 'scan', at: T(9) }).campaignId, r1.campaignId, 'idempotent');
});

test('unrelated members stay apart; a bridging member merges two campaigns into the older', () => {
  const c = new CampaignClusterer();
  const a = c.add({ id: 'a', kind: 'report', at: T(0), lureText: 'Oops, I sent you a 6 digit code by mistake, can you send it back to me please?' });
  const b = c.add({ id: 'b', kind: 'scan', at: T(1), host: 'photo-album.world', kit: KIT });
  const x = c.add({ id: 'x', kind: 'report', at: T(1), lureText: 'Are we still on for dinner on Friday at seven?' });
  const y = c.add({ id: 'y', kind: 'scan', at: T(1), host: 'login-page.example', kit: { domHash: KIT.domHash } });
  assert.equal(new Set([a.campaignId, b.campaignId, x.campaignId, y.campaignId]).size, 4, 'a bare DOM skeleton does not link');
  const bridge = c.add({ id: 'bridge', kind: 'report', at: T(2), host: 'photo-album.world', lureText: 'oops i sent you a 6-digit code by mistake, can you send it back to me' });
  assert.equal(bridge.campaignId, a.campaignId);
  assert.deepEqual(bridge.merged, [b.campaignId]);
  assert.deepEqual(bridge.reasons, ['domain', 'lure']);
  assert.equal(c.campaignOf('b'), a.campaignId);
  assert.equal(c.canonicalId(b.campaignId), a.campaignId);
});

test('time window and shared-IP limits', () => {
  const c = new CampaignClusterer();
  const first = c.add({ id: 'm1', kind: 'scan', at: T(0), host: 'a.wa-vote.top' });
  const late = c.add({ id: 'm2', kind: 'scan', at: new Date(Date.parse(T(0)) + 15 * 86_400_000).toISOString(), host: 'b.wa-vote.top' });
  assert.notEqual(late.campaignId, first.campaignId, 'outside 14 days');
  const ip = '104.21.0.1';
  const ids = ['p', 'q', 'r', 's'].map((h, i) => c.add({ id: h, kind: 'scan', at: T(i), host: `${h}-unrelated${i}.example`, ip }).campaignId);
  assert.equal(ids[1], ids[0], 'a rare shared IP links');
  const five = ['t', 'u', 'v', 'w', 'z'].map((h) => c.add({ id: `cdn-${h}`, kind: 'scan', at: T(1), host: `${h}.cdn-customer.example`, ip: '203.0.113.7' }));
  assert.ok(new Set(five.map((f) => f.campaignId)).size >= 1);
  assert.throws(() => c.add({ id: 'bad', kind: 'scan', at: 'not a date' }), RangeError);
});

test('bad input: empty, binary, huge lure texts', () => {
  assert.equal(minhash('').length, 0);
  assert.equal(minhash('!!! ??? ...').length, 0);
  assert.equal(similarity(minhash(''), minhash('')), 0);
  assert.deepEqual(bandKeys(new Uint32Array(0)), []);
  const bin = String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 131) % 65536));
  assert.ok(minhash(bin).length === 64 || minhash(bin).length === 0);
  const t0 = performance.now();
  minhash('vote '.repeat(2_000_000));
  assert.ok(performance.now() - t0 < 500, 'a 10 MB text is cut, not shingled whole');
  assert.equal(simhashDistance('zz', 'f0f0f0f0f0f0f0f0'), 64);
  assert.equal(simhashDistance('0000000000000000', 'ffffffffffffffff'), 64);
  assert.equal(normaliseLure('Vote 123 at https://x.top/a?b=1 now'), 'vote 0 at url now');
  const c = new CampaignClusterer();
  const r = c.add({ id: 'e', kind: 'report', at: T(0), lureText: bin, host: '' });
  assert.equal(r.created, true);
});

/** Measured separation (docs/intel.md): ordinary chat pairs are never linked. */
test('lure similarity does not link ordinary messages (real ham corpora)', { skip: !existsSync(new URL('../../../../../shared/data/messages-dev.jsonl', import.meta.url)) && 'shared/data not present' }, () => {
  const rd = (f: string) => readFileSync(new URL(`../../../../../shared/data/${f}`, import.meta.url), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { text: string; label: string });
  const ham = [...rd('messages-dev.jsonl').filter((m) => m.label === 'ham'), ...rd('messages-ru-kk-dev.jsonl')].map((m) => m.text);
  let seed = 7;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  let pairs = 0;
  let linked = 0;
  for (let k = 0; k < 20_000; k++) {
    const a = ham[Math.floor(rnd() * ham.length)] ?? '';
    const b = ham[Math.floor(rnd() * ham.length)] ?? '';
    if (normaliseLure(a) === normaliseLure(b)) continue;
    pairs++;
    if (similarity(minhash(a), minhash(b)) >= 0.5) linked++;
  }
  assert.ok(pairs > 19_000);
  assert.ok(linked / pairs <= 0.0005, `false links ${linked}/${pairs}`);
  assert.ok(jaccard('Would you mind voting for my niece Aisha? She is close to winning https://a.top', 'Would you mind voting for my niece Dana? She is close to winning https://b.top') > 0.6);
});

test('place restores stored members: new members link to the restored campaign; bad times refused', () => {
  const c = new CampaignClusterer(() => 'fresh');
  c.place({ id: 'report-1', kind: 'report', at: T(0), host: 'whatsapp-vote.top', lureText: 'Hi! Would you mind voting for my niece Aisha? She is very close to winning' }, 'camp-stored');
  c.place({ id: 'scan-1', kind: 'scan', at: T(1), host: 'ballet-contest.live', kit: KIT }, 'camp-stored');
  c.place({ id: 'scan-1', kind: 'scan', at: T(1), host: 'ballet-contest.live', kit: KIT }, 'camp-other');
  assert.deepEqual(c.list().map((x) => [x.id, x.members.length]), [['camp-stored', 2]], 'idempotent per member');
  const byLure = c.add({ id: 'report-2', kind: 'report', at: T(5), lureText: 'Hello! would you mind voting for my niece Dana? she is very close to winning' });
  assert.deepEqual([byLure.campaignId, byLure.reasons, byLure.created], ['camp-stored', ['lure'], false]);
  const byKit = c.add({ id: 'scan-2', kind: 'scan', at: T(6), host: 'other-host.xyz', kit: KIT });
  assert.deepEqual([byKit.campaignId, byKit.reasons], ['camp-stored', ['kit']]);
  const apart = c.add({ id: 'scan-3', kind: 'scan', at: T(7), host: 'unrelated.example' });
  assert.equal(apart.campaignId, 'fresh');
  assert.throws(() => c.place({ id: 'bad', kind: 'scan', at: 'yesterday' }, 'x'), RangeError);
});
