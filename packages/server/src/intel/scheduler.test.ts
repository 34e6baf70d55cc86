/**
 * The worker's intel jobs against local servers that speak the real protocols: an RFC 6962 log and
 * a static-ct-api log (certificates made with @peculiar/x509), an OpenPhish-format feed; clustering
 * of reports and flagged scans; configuration errors naming the variable.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { makeCert, startFakeRfc6962Log, startFakeStaticLog } from '@ghostguard/intel/testing';
import { createTestApp, fakeResolver, tempDir, type TestApp } from '../../test/helpers.ts';
import { loadConfig, describeConfig, type Config } from '../config.ts';
import { fakeEvidence } from '../sandbox/fake-sandbox.ts';
import { startIntelWorker, type IntelLog } from './scheduler.ts';
import { clusterNewMembers, kitOf } from './cluster-job.ts';

const quiet: IntelLog & { lines: string[] } = { lines: [], info(_o, m) { this.lines.push(m); }, warn(_o, m) { this.lines.push(m); }, error(_o, m) { this.lines.push(`error: ${m}`); } };
const retry = { attempts: 2, baseMs: 1, maxMs: 5, timeoutMs: 5000, sleep: async () => undefined, random: () => 0.5 };

function workerOf(t: TestApp, config: Config, scanUrlFor?: (n: string) => string) {
  return startIntelWorker({ config, repos: t.repos, queue: t.queue, resolve: fakeResolver(), log: quiet, holder: 'test:1', retry, autoStart: false, ...(scanUrlFor ? { scanUrlFor } : {}) });
}

test('configuration: CT_LOGS and FEEDS are JSON lists; errors name the variable; logs show hosts only', () => {
  const dir = tempDir('gg-intel-config-');
  const ok = loadConfig({ CT_LOGS: '[{"url":"https://ct.example/2026h1","type":"rfc6962"},{"url":"wss://cs.example/","type":"certstream"}]', FEEDS: '[{"url":"https://phishtank.example/data/SECRETKEY/online-valid.json","format":"phishtank-json","intervalMinutes":60}]', CT_POLL_SECONDS: '5' }, { DATA_DIR: dir });
  assert.equal(ok.CT_LOGS.length, 2);
  assert.equal(ok.FEEDS[0]?.intervalMinutes, 60);
  assert.equal(ok.CT_POLL_SECONDS, 5);
  const shown = JSON.stringify(describeConfig(ok));
  assert.doesNotMatch(shown, /SECRETKEY/);
  assert.match(shown, /phishtank-json:phishtank\.example/);
  assert.deepEqual(loadConfig({}, { DATA_DIR: dir }).CT_LOGS, [], 'off by default');
  for (const [key, value] of [
    ['CT_LOGS', 'not json'], ['CT_LOGS', '{"url":"https://x.example"}'], ['CT_LOGS', '[{"url":"https://x.example","type":"carrier-pigeon"}]'],
    ['CT_LOGS', '[{"url":"file:///etc/passwd","type":"rfc6962"}]'], ['CT_LOGS', '[{"url":"https://x.example","type":"certstream"}]'],
    ['FEEDS', '[{"url":"https://f.example","format":"plain","intervalMinutes":0}]'], ['FEEDS', '[{"url":"https://f.example","format":"exe","intervalMinutes":5}]'],
    ['FEEDS', `[${'{"url":"https://f.example","format":"plain","intervalMinutes":5},'.repeat(100)}{"url":"https://f.example","format":"plain","intervalMinutes":5}]`],
    ['CT_POLL_SECONDS', '0'],
  ] as const) assert.throws(() => loadConfig({ [key]: value }, { DATA_DIR: dir }), (e: Error & { field?: string }) => e.field === key, `${key}=${value.slice(0, 60)}`);
});

test('CT: names from two logs are scored; lookalikes become one scan each; cursors survive a restart', async () => {
  const t = await createTestApp();
  const a = await startFakeRfc6962Log(50);
  const b = await startFakeStaticLog();
  try {
    const config = loadConfig({}, { DATA_DIR: t.config.DATA_DIR, CT_LOGS: JSON.stringify([{ url: a.url, type: 'rfc6962', id: 'fake-a' }, { url: b.url, type: 'static', id: 'fake-b' }]) });
    let w = workerOf(t, config, (n) => `https://${n}/`);
    assert.deepEqual(w.summary.ct, ['fake-a', 'fake-b']);
    let res = await w.pollCtOnce();
    assert.deepEqual(res.map((r) => [r.logId, r.from, r.to]), [['fake-a', 0, 0], ['fake-b', 0, 0]], 'a new log starts at its end');
    a.append(await makeCert(['whatsapp-verify-login.top', 'www.whatsapp-verify-login.top']));
    a.append(await makeCert(['mail.example.org']));
    b.append(await makeCert(['whatsapp-verify-login.top'], { precert: true }));
    for (let i = 0; i < 20; i++) b.append(await makeCert([`shop${i}.example.com`]));
    res = await w.pollCtOnce();
    assert.deepEqual(res.map((r) => [r.logId, r.to]), [['fake-a', 2], ['fake-b', 21]]);
    const scans = (await t.repos.scans.list({ limit: 10 })).items;
    assert.deepEqual(scans.map((s) => s.url), ['https://whatsapp-verify-login.top/'], 'one scan for the lookalike, none for the rest');
    assert.equal(await t.queue.depth(), 1);
    await w.stop();
    // Restart: a new worker continues at the saved cursors and reads nothing twice.
    a.append(await makeCert(['whatsapp-login-verify.xyz']));
    w = workerOf(t, config);
    res = await w.pollCtOnce();
    assert.deepEqual(res.map((r) => [r.logId, r.from, r.to]), [['fake-a', 2, 3], ['fake-b', 21, 21]]);
    assert.equal((await t.repos.scans.list({ limit: 10 })).items.length, 2);
    await w.stop();
  } finally {
    await a.close();
    await b.close();
    await t.close();
  }
});

test('feeds: an OpenPhish-format feed becomes suspected indicators with the feed as source; not fetched again before its interval', async () => {
  const t = await createTestApp();
  let hits = 0;
  const server = createServer((req, res) => {
    hits++;
    if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
    res.writeHead(200, { etag: '"v1"', 'content-type': 'text/plain' }).end('https://whatsapp-vote-contest.top/vote?phone=77011234567\nhttps://ballet-photo.live/a\n\u0000\u0001garbage\n');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.txt`;
    const config = loadConfig({}, { DATA_DIR: t.config.DATA_DIR, FEEDS: JSON.stringify([{ url, format: 'openphish', intervalMinutes: 1, id: 'op' }]) });
    const w = workerOf(t, config);
    assert.equal(await w.importFeedsOnce(), 1);
    const items = (await t.repos.indicators.list({ limit: 10 })).items;
    assert.ok(items.length >= 2);
    assert.doesNotMatch(JSON.stringify(items), /77011234567/, 'query strings never stored');
    const life = await t.repos.intel.indicators.lifecycle(items[0]?.id ?? '');
    assert.deepEqual(life?.sources.map((s) => s.source), ['feed:op']);
    assert.equal(await w.importFeedsOnce(), 0, 'not due again within its interval');
    const stats = (await t.repos.intel.state.feedStats().list())[0];
    assert.equal(stats?.imports, 1);
    assert.equal(hits, 1);
    await w.stop();
  } finally {
    server.close();
    await t.close();
  }
});

const KIT_HTML = '<!doctype html><html><head><title>Facebook</title><link rel="icon" href="/kit/fb.svg"></head><body><div class="card"><h1>Подтвердите, что это вы</h1><form><select><option>+7</option></select><input type="tel" name="phone"><button>Далее</button></form></div><script src="/socket.io/socket.io.js"></script></body></html>';

test('clustering: a flagged scan and a report of the same wave form one campaign; lures stay redacted; idempotent', async () => {
  const t = await createTestApp();
  try {
    const lure = 'Привет! Проголосуй, пожалуйста, за мою племянницу в конкурсе, она почти победила http://whatsapp-verify-login.top/vote +7 701 123 45 67';
    const { scan } = await t.repos.scans.createOrReuse('http://whatsapp-verify-login.top/vote', '1970-01-01T00:00:00.000Z');
    await t.repos.scans.complete(scan.id, { level: 'dangerous', verdict: { brand: 'whatsapp', attack: 'ghostpairing', indicators: { domains: ['whatsapp-verify-login.top'] } }, evidence: fakeEvidence('http://whatsapp-verify-login.top/vote', { html: KIT_HTML }), screenshot: null, worker: 'w' });
    const res = await t.app.inject({ method: 'POST', url: '/v1/reports', payload: { text: lure, happened: ['opened-link'], contactConsent: false } });
    assert.equal(res.statusCode, 201);
    const other = await t.app.inject({ method: 'POST', url: '/v1/reports', payload: { text: 'Are we still meeting for dinner on Friday at seven? I booked a table.', happened: ['none'], contactConsent: false } });
    assert.equal(other.statusCode, 201);
    const later = Date.now() + 5000;
    const r = await clusterNewMembers(t.repos, { now: later });
    assert.deepEqual([r.reports, r.scans, r.members, r.created], [2, 1, 3, 2]);
    const list = (await t.repos.intel.campaigns.list({ limit: 10, minMembers: 2 })).items;
    assert.equal(list.length, 1);
    const members = await t.repos.intel.campaigns.members(list[0]?.id ?? '');
    assert.deepEqual(members.map((m) => m.kind).sort(), ['report', 'scan']);
    assert.deepEqual(members.find((m) => m.kind === 'report')?.reasons, ['domain']);
    assert.doesNotMatch(JSON.stringify(members), /701 123 45 67|77011234567/);
    assert.ok(members.find((m) => m.kind === 'scan')?.kit?.domHash);
    assert.deepEqual(await clusterNewMembers(t.repos, { now: later }), { reports: 0, scans: 0, members: 0, created: 0, merged: 0 }, 'cursors advanced');
    const ind = (await t.repos.indicators.list({ limit: 10, q: 'whatsapp-verify-login.top', type: 'domain' })).items[0];
    assert.deepEqual((await t.repos.intel.indicators.lifecycle(ind?.id ?? ''))?.sources.map((s) => s.source).sort(), ['report', 'scan']);
    assert.equal(kitOf({ html: 42 }), undefined);
    assert.equal(kitOf(null), undefined);
  } finally {
    await t.close();
  }
});
