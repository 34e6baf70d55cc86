/**
 * The sandbox in real Chromium (/usr/bin/chromium) against the fixture sites on 127.0.0.1.
 * Captures run two at a time, as on the 2-core reference machine.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PageEvidence } from '@ghostguard/core';
import { startFixtureServer, FAKE_PAIRING_CODE } from '../../../fixtures/server.ts';
import type { FixtureServer } from '../../../fixtures/server.ts';
import { createSandboxPool, SANDBOX_ERRORS } from './index.ts';
import type { CaptureOptions, CaptureResult, SandboxPool } from './index.ts';

let fx: FixtureServer;
let pool: SandboxPool;
let tempRoot: string;
const timings: Record<string, number> = {};

before(async () => {
  tempRoot = mkdtempSync(join(tmpdir(), 'gg-sandbox-test-'));
  fx = await startFixtureServer();
  pool = createSandboxPool({ concurrency: 2, tempRoot });
});

after(async () => {
  await pool.close();
  await fx.close();
  const left = readdirSync(tempRoot);
  rmSync(tempRoot, { recursive: true, force: true });
  if (process.env.GG_SANDBOX_TIMINGS) console.log(JSON.stringify(timings));
  assert.deepEqual(left, [], 'temporary browser profiles must be removed');
});

async function cap(path: string, opts: CaptureOptions = {}): Promise<CaptureResult> {
  const r = await pool.capture(fx.url(path), { allowLoopback: true, ...opts });
  timings[path + (opts.device ? `#${opts.device}` : '')] = r.evidence.timings.totalMs; // excludes queueing
  return r;
}
const ok = (e: PageEvidence): void => assert.equal(e.error, undefined, JSON.stringify(e.error));
const rel = (u: string): string => u.replace(fx.origin, '');

test('kit flow: photo viewer → phone form → code page fed by a fake Socket.IO backend', async () => {
  const [photo, login, code] = await Promise.all([cap('/kit/photo/'), cap('/kit/login/'), cap('/kit/login/code/')]);
  ok(photo.evidence);
  assert.equal(photo.evidence.title, 'Facebook');
  assert.ok(photo.evidence.links.some((l) => rel(l.href) === '/kit/login/'));
  assert.match(photo.evidence.faviconSha256, /^[0-9a-f]{64}$/);
  assert.ok(photo.evidence.images.some((i) => i.alt === 'Facebook'));
  const png = photo.screenshot;
  assert.ok(png && png.length > 1000);
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  ok(login.evidence);
  const tel = login.evidence.inputs.find((i) => i.type === 'tel');
  assert.ok(tel);
  assert.equal(tel.placeholder, '700 123 45 67');
  assert.equal(tel.autocomplete, 'tel');
  assert.equal(tel.maxLength, 15);
  assert.equal(tel.label, 'Номер телефона');
  assert.ok(tel.visible);
  assert.equal(login.evidence.forms.length, 1);
  assert.equal(login.evidence.forms[0]?.inputs.length, 2);
  assert.ok(login.evidence.requests.some((r) => r.resourceType === 'fetch' && r.url.endsWith('/kit/api/ipgeo.json') && r.status === 200));
  assert.ok(login.evidence.scripts.some((s) => s.inline && /^[0-9a-f]{64}$/.test(s.sha256) && s.excerpt.includes('ipgeo')));

  ok(code.evidence);
  const ws = code.evidence.websockets[0];
  assert.ok(ws, 'the code page opens a WebSocket');
  assert.match(ws.url, /\/socket\.io\/\?EIO=4&transport=websocket&type=number$/);
  for (const ev of ['init_number', 'ready', 'start_number', 'code']) assert.ok(ws.socketIoEvents.includes(ev), ev);
  assert.ok(ws.frames.some((f) => f.dir === 'received' && f.data.includes(FAKE_PAIRING_CODE)));
  assert.ok(code.evidence.visibleText.includes('K7WM-3QXP'), 'the made-up code is shown on the page');
  assert.ok(code.evidence.visibleText.includes('Связанные устройства'));
});

test('redirect chains: HTTP 302/301/307, shortener → meta refresh → JavaScript', async () => {
  const [http, mixed] = await Promise.all([cap('/r/http-chain'), cap('/s/gP7kQ')]);
  ok(http.evidence);
  assert.deepEqual(http.evidence.redirects.map((h) => [h.kind, h.status, rel(h.url)]), [
    ['initial', 302, '/r/http-chain'], ['http', 301, '/r/http-2'], ['http', 307, '/r/http-3'], ['http', 200, '/kit/photo/?id=48213'],
  ]);
  assert.equal(rel(http.evidence.finalUrl), '/kit/photo/?id=48213');
  ok(mixed.evidence);
  assert.deepEqual(mixed.evidence.redirects.map((h) => [h.kind, rel(h.url)]), [
    ['initial', '/s/gP7kQ'], ['http', '/r/meta'], ['meta-refresh', '/r/js'], ['javascript', '/kit/photo/?from=s'],
  ]);
});

test('cloaking: the phone sees the lure, the desktop a harmless page', async () => {
  const [phone, desk, inapp] = await Promise.all([cap('/cloak/'), cap('/cloak/', { device: 'desktop' }), cap('/cloak/', { device: 'whatsapp-inapp' })]);
  assert.equal(phone.evidence.title, 'Facebook');
  assert.ok(phone.evidence.inputs.some((i) => i.type === 'tel'));
  assert.equal(desk.evidence.title, 'Coming soon');
  assert.equal(desk.evidence.inputs.length, 0);
  assert.equal(inapp.evidence.title, 'Facebook');
});

test('lure and negative fixtures all capture with the expected structure', async () => {
  const paths = ['/vote/', '/qr/', '/sms-code/', '/tg-gift/', '/pair/', '/news/ghostpairing-warning/', '/help/linked-devices/', '/shop/', '/login/', '/docs/bot-pairing/'];
  const rs = await Promise.all(paths.map((p) => cap(p)));
  const by = Object.fromEntries(paths.map((p, i) => [p, rs[i]?.evidence])) as Record<string, PageEvidence>;
  for (const p of paths) ok(by[p] as PageEvidence);
  const vote = by['/vote/'] as PageEvidence;
  const hiddenTel = vote.inputs.find((i) => i.type === 'tel');
  assert.ok(hiddenTel && !hiddenTel.visible, 'the WhatsApp authorisation pop-up is in the DOM but hidden');
  assert.match(vote.visibleText, /Голосовать/);
  assert.match((by['/qr/'] as PageEvidence).visibleText, /Связанные устройства/);
  const otp = (by['/sms-code/'] as PageEvidence).inputs.find((i) => i.autocomplete === 'one-time-code');
  assert.equal(otp?.maxLength, 6);
  assert.ok((by['/tg-gift/'] as PageEvidence).inputs.some((i) => i.type === 'tel'));
  assert.ok((by['/pair/'] as PageEvidence).inputs.some((i) => i.type === 'number'));
  assert.ok((by['/shop/'] as PageEvidence).links.some((l) => l.href.startsWith('https://wa.me/')));
  assert.ok((by['/login/'] as PageEvidence).inputs.some((i) => i.type === 'password'));
  assert.equal((by['/news/ghostpairing-warning/'] as PageEvidence).inputs.length, 0);
});

test('settling: a request still pending after load is waited for, then the page is read', async () => {
  const { evidence: e } = await cap('/late/');
  ok(e);
  assert.ok(e.requests.some((r) => r.url.endsWith('/late/api/status') && r.status === 200), 'the late answer is recorded');
  assert.match(e.visibleText, /Статус: доставлен курьером/, 'the DOM is read after the late answer changed it');
});

test('safety: private, metadata and WebSocket targets are refused and recorded', async () => {
  const { evidence: e } = await cap('/safety/private-requests/');
  ok(e);
  const blocked = (host: string) => e.requests.find((r) => r.url.includes(host));
  assert.equal(blocked('10.0.0.1')?.blocked, 'private');
  assert.equal(blocked('10.0.0.1')?.status, 0);
  assert.equal(blocked('169.254.169.254')?.blocked, 'cloud-metadata');
  const ws = e.websockets.find((w) => w.url.startsWith('ws://10.0.0.1/'));
  assert.equal(ws?.blocked, 'private');
  assert.equal(ws?.frames.length, 0);
});

test('safety: a redirect into a private address fails with a blocked-address code', async () => {
  const { evidence: e } = await cap('/safety/redirect-private');
  assert.equal(e.error?.code, SANDBOX_ERRORS.blockedAddress);
  assert.deepEqual(e.redirects.map((h) => [h.kind, h.status]), [['initial', 302], ['http', 0]]);
});

test('safety: loopback is refused without allowLoopback, before any browser work', async () => {
  for (const u of [fx.url('/kit/photo/'), 'http://localhost/', 'http://2130706433/', 'http://[::1]/', 'http://169.254.169.254/latest/meta-data/']) {
    const { evidence: e, screenshot } = await pool.capture(u);
    assert.equal(e.error?.code, SANDBOX_ERRORS.blockedAddress, u);
    assert.equal(e.requests.length, 0);
    assert.equal(screenshot, null);
  }
  for (const u of ['file:///etc/passwd', 'javascript:alert(1)', 'not a url', '', 'x'.repeat(10_000)]) {
    assert.equal((await pool.capture(u)).evidence.error?.code, SANDBOX_ERRORS.invalidUrl, u.slice(0, 30));
  }
});

test('safety: endless redirect, 50 MB response, infinite loop, pop-up storm and download are bounded', async () => {
  const t0 = Date.now();
  const [loop, big, busy, popups, dl] = await Promise.all([
    cap('/safety/loop-redirect'), cap('/safety/big'), cap('/safety/infinite-loop/', { timeoutMs: 10_000 }), cap('/safety/popups/'), cap('/safety/download/'),
  ]);
  assert.equal(loop.evidence.error?.code, SANDBOX_ERRORS.tooManyRedirects);
  assert.ok(loop.evidence.limitsHit.includes('redirects'));
  // The stop after 10 redirects reacts to CDP events, so on a loaded machine Chromium may follow
  // a few more 302s before it lands; Chromium's own cap of 20 HTTP redirects is the hard bound.
  assert.ok(loop.evidence.redirects.length <= 22, `redirect chain of ${loop.evidence.redirects.length} hops`);
  assert.ok(big.evidence.limitsHit.includes('size'));
  assert.ok(big.evidence.html.length <= 1_000_000);
  assert.ok(busy.evidence.limitsHit.includes('script-time'));
  assert.ok(busy.evidence.timings.totalMs < 14_000, `loop page took ${busy.evidence.timings.totalMs} ms`);
  assert.equal(busy.evidence.title, 'Busy page');
  assert.ok(popups.evidence.limitsHit.includes('pages'));
  assert.ok(popups.evidence.popups.length >= 5 && popups.evidence.popups.length <= 20);
  assert.deepEqual(popups.evidence.dialogs, [{ type: 'alert', message: 'Вы выиграли iPhone!' }]);
  assert.ok(dl.evidence.requests.some((r) => r.blocked === 'download' && r.url.endsWith('/safety/file.apk')));
  assert.ok(Date.now() - t0 < 30_000);
});

test('pool: 4 captures with concurrency 2 all succeed and never exceed 2 at once', async () => {
  let maxRunning = 0;
  const timer = setInterval(() => { maxRunning = Math.max(maxRunning, pool.stats().running); }, 20);
  const rs = await Promise.all(['/kit/photo/', '/login/', '/shop/', '/help/linked-devices/'].map((p) => cap(p, { screenshot: false })));
  clearInterval(timer);
  for (const r of rs) { ok(r.evidence); assert.equal(r.screenshot, null); }
  assert.ok(maxRunning <= 2 && maxRunning >= 1, `max running ${maxRunning}`);
});

test('pool: every capture (prepared spare or not) starts with no cookies or storage from an earlier one', async () => {
  // Sets a cookie and localStorage on each visit and shows what it found: a context reused by a
  // later capture would show "seen".
  const site = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'set-cookie': 'gg=seen; Path=/' });
    res.end(`<p>cookie:${req.headers.cookie ? 'seen' : 'none'}</p><script>
      document.title = 'ls:' + (localStorage.getItem('gg') ?? 'none'); localStorage.setItem('gg', 'seen');</script>`);
  });
  await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(site.address() as AddressInfo).port}/`;
  try {
    for (const device of [undefined, undefined, 'desktop', undefined, undefined] as const) {
      const r = await pool.capture(url, { allowLoopback: true, screenshot: false, ...(device ? { device } : {}) });
      ok(r.evidence);
      assert.match(r.evidence.visibleText, /cookie:none/);
      assert.equal(r.evidence.title, 'ls:none');
      // The page came through this capture's armed egress proxy, not a refusing or stale one.
      assert.equal(r.evidence.requests[0]?.status, 200);
    }
  } finally {
    site.close();
  }
});

test('pool: a crashed Chromium is cleaned up and replaced', async () => {
  const dir = pool.stats().tempDir;
  assert.ok(dir && existsSync(dir));
  const launches = pool.stats().launches;
  const needle = `--user-data-dir=${join(dir, 'profile')}`;
  const pids = readdirSync('/proc').filter((n) => /^\d+$/.test(n)).filter((n) => {
    try { return readFileSync(`/proc/${n}/cmdline`, 'utf8').split('\0').includes(needle); } catch { return false; }
  }).map(Number);
  assert.ok(pids.length > 0);
  process.kill(Math.min(...pids), 'SIGKILL'); // what an OOM kill or a renderer exploit crash looks like
  for (let i = 0; i < 50 && existsSync(dir); i++) await new Promise((r) => setTimeout(r, 100));
  assert.equal(existsSync(dir), false, 'the crashed browser profile is removed');
  const r = await cap('/kit/photo/');
  ok(r.evidence);
  assert.equal(pool.stats().launches, launches + 1);
});

test('a closed pool refuses new captures with a stable code', async () => {
  const p = createSandboxPool({ tempRoot });
  await p.close();
  await assert.rejects(p.capture(fx.url('/')), (e: { code?: string }) => e.code === SANDBOX_ERRORS.closed);
  assert.throws(() => createSandboxPool({ concurrency: 0 }), (e: { code?: string }) => e.code === SANDBOX_ERRORS.config);
  assert.throws(() => createSandboxPool({ limits: { maxPages: -1 } }), (e: { code?: string }) => e.code === SANDBOX_ERRORS.config);
});
