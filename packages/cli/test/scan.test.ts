/**
 * `ghostguard scan` end to end: the real binary as a child process, real Chromium, the fixture
 * sites on 127.0.0.1 (fixtures/README.md lists them with their expected verdicts).
 *
 * Every run is a fresh process with its own Chromium, so runs go two at a time (2 cores) and all
 * start in before(); each test awaits its own. Children get a private TMPDIR so the last test can
 * prove that no `gg-sandbox-*` browser profile is left behind.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import type { PageEvidence } from '@ghostguard/core';
import { startFixtureServer } from '../../../fixtures/server.ts';
import type { FixtureServer } from '../../../fixtures/server.ts';
import { combineScan, isLoopbackHost, scanTarget } from '../src/commands/scan.ts';

const BIN = new URL('../bin/ghostguard.js', import.meta.url).pathname;
const PARALLEL = 2;

interface Run { code: number | null; signal: string | null; out: string; err: string; ms: number }

let fx: FixtureServer;
let privateTmp: string;
const started = Date.now();

/** A two-slot queue: at most PARALLEL child processes (each with its own Chromium) at once. */
let active = 0;
const waiting: (() => void)[] = [];
async function slot<T>(fn: () => Promise<T>): Promise<T> {
  if (active >= PARALLEL) await new Promise<void>((r) => waiting.push(r));
  else active++;
  try { return await fn(); } finally { const next = waiting.shift(); if (next) next(); else active--; }
}

function spawnGg(args: readonly string[], onSpawn?: (pid: number) => void): Promise<Run> {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1', TMPDIR: privateTmp }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => { out += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { err += d; });
    const kill = setTimeout(() => child.kill('SIGKILL'), 90_000);
    if (child.pid) onSpawn?.(child.pid);
    child.on('close', (code, signal) => { clearTimeout(kill); resolve({ code, signal, out, err, ms: Date.now() - t0 }); });
  });
}

const gg = (args: readonly string[]): Promise<Run> => slot(() => spawnGg(args));
const runs = new Map<string, Promise<Run>>();
/** Starts (once) and returns the run for `key`; keys name what a test needs. */
function run(key: string, args: () => readonly string[]): Promise<Run> {
  let p = runs.get(key);
  if (!p) { p = gg(args()); runs.set(key, p); }
  return p;
}

const LURES_JSON = ['/kit/login/', '/kit/login/code/', '/vote/', '/qr/', '/sms-code/', '/tg-gift/', '/pair/', '/cloak/'];
const HUMAN = ['/kit/photo/', '/kit/login/code/', '/pair/', '/r/http-chain', '/s/gP7kQ', '/news/ghostpairing-warning/', '/help/linked-devices/', '/shop/', '/login/', '/docs/bot-pairing/', '/safety/private-requests/', '/safety/redirect-private'];
const shotFile = (): string => join(privateTmp, 'photo.png');

/** Extra options per page: one screenshot, one Russian answer. */
const EXTRA: Record<string, () => string[]> = { '/kit/photo/': () => ['--screenshot', shotFile()], '/login/': () => ['--lang', 'ru'] };
const human = (path: string): Promise<Run> => run(`human ${path}`, () => ['scan', '--allow-loopback', fx.url(path), ...(EXTRA[path]?.() ?? [])]);
const json = (path: string): Promise<Run> => run(`json ${path}`, () => ['scan', '--json', '--allow-loopback', fx.url(path)]);

before(async () => {
  privateTmp = mkdtempSync(join(tmpdir(), 'gg-scan-test-'));
  // tsx keeps its transform cache in $TMPDIR/tsx-<uid>; share it so children do not recompile.
  const uid = process.geteuid?.() ?? userInfo().username;
  const cache = join(tmpdir(), `tsx-${uid}`);
  if (existsSync(cache)) symlinkSync(cache, join(privateTmp, `tsx-${uid}`));
  fx = await startFixtureServer();
  // Start everything now, two at a time; the tests below only await their part.
  for (const p of LURES_JSON) void json(p);
  for (const p of HUMAN) void human(p);
});

after(async () => {
  await Promise.allSettled(runs.values());
  await fx.close();
  rmSync(privateTmp, { recursive: true, force: true });
  if (process.env['GG_SCAN_TIMINGS']) console.log(`scan.test.ts: ${Date.now() - started} ms`);
});

interface JsonOut {
  verdict: { level: string; attack?: string; brand?: string; score: number; findings: { rule: string; text: string }[]; rendered: { reasons: string[]; advice: { title: string }[] } };
  evidence: { requestedUrl: string; finalUrl: string; html: string; redirects: unknown[]; websockets: { socketIoEvents: string[]; frames: { data: string }[] }[]; forms: unknown[]; inputs: { type: string }[]; timings: { totalMs: number } };
  screenshot: string | null;
}

/** Readable: real sentences, no message ids or unfilled {placeholders}. */
function assertReadable(reasons: readonly string[], where: string): void {
  assert.ok(reasons.length > 0, `${where}: no reasons`);
  for (const r of reasons) {
    assert.ok(r.length >= 15 && /\p{L}{3}/u.test(r), `${where}: unreadable reason ${JSON.stringify(r)}`);
    assert.doesNotMatch(r, /\{[a-zA-Z]+\}|finding\.[a-z-]+\.|undefined|\[object/, where);
  }
}

/** The "Why" bullet lines of the human output (en/ru/kk heading). */
function reasonsOf(out: string): string[] {
  const why = out.split('\n\n').find((block) => /^(Why|Почему|Неге):/.test(block));
  return why ? why.split('\n').slice(1).map((l) => l.replace(/^\s*•\s*/, '')) : [];
}

function assertSummary(out: string, path: string, lang: 'en' | 'ru' = 'en'): void {
  const L = lang === 'en'
    ? ['Evidence:', 'Final URL:', /^Requests: \d+, blocked by the sandbox: \d+$/m, /^WebSockets: \d+$/m, /^Forms: \d+, input fields: \d+$/m, /^Capture time: \d+ ms$/m] as const
    : ['Что увидела песочница:', 'Итоговый адрес:', /^Запросы: \d+, заблокировано песочницей: \d+$/m, /^WebSocket-соединения: \d+$/m, /^Формы: \d+, полей ввода: \d+$/m, /^Время проверки: \d+ мс$/m] as const;
  assert.ok(out.includes(`\n${L[0]}\n`), `${path}: summary heading`);
  assert.ok(out.includes(`${L[1]} ${fx.origin}`), `${path}: final URL`);
  for (const re of L.slice(2) as RegExp[]) assert.match(out, re, path);
}

const EXPECTED: Record<string, { attack: readonly string[]; brand?: string }> = {
  '/kit/login/': { attack: ['ghostpairing'] },
  '/kit/login/code/': { attack: ['ghostpairing'], brand: 'whatsapp' },
  '/vote/': { attack: ['ghostpairing', 'code-theft'] },
  '/qr/': { attack: ['qr-linking'], brand: 'whatsapp' },
  '/sms-code/': { attack: ['code-theft'], brand: 'whatsapp' },
  '/tg-gift/': { attack: ['telegram-session-theft'], brand: 'telegram' },
  '/pair/': { attack: ['ghostpairing'], brand: 'whatsapp' },
  '/cloak/': { attack: ['ghostpairing'] },
};

/** Evidence of a plain, harmless page; tests override what they need. */
function evidence(over: Partial<PageEvidence>): PageEvidence {
  return {
    requestedUrl: '', finalUrl: '', redirects: [], status: 200, title: 'WhatsApp',
    html: '<html><head><title>WhatsApp</title></head><body><h1>Simple. Secure. Reliable messaging.</h1></body></html>',
    visibleText: 'Simple. Secure. Reliable messaging.', forms: [], inputs: [], links: [], scripts: [], requests: [],
    websockets: [], consoleErrors: [], dialogs: [], popups: [], faviconSha256: '', images: [],
    timings: { startedAt: new Date(0).toISOString(), totalMs: 1, navigationMs: 1 }, limitsHit: [], ...over,
  };
}
const PAIRING_SOCKET: PageEvidence['websockets'] = [{
  url: 'wss://www.whatsapp.com/socket.io/?EIO=4&transport=websocket',
  frames: [{ dir: 'sent', data: '42["start_number",{"number":"+7 7** *** ** 12"}]' }, { dir: 'received', data: '42["code",{"code":"XXXX-XXXX"}]' }],
  socketIoEvents: ['init_number', 'ready', 'start_number', 'code'],
}];

test('combineScan: the official domain makes a plain page safe but never hides a pairing socket', () => {
  const home = 'https://www.whatsapp.com/';
  const plain = combineScan(evidence({ requestedUrl: home, finalUrl: home }));
  assert.equal(plain.level, 'safe');
  const kit = combineScan(evidence({ requestedUrl: home, finalUrl: home, websockets: PAIRING_SOCKET }));
  assert.equal(kit.level, 'dangerous', JSON.stringify(kit.findings.map((f) => f.rule)));
});

test('combineScan: a lookalike link that bounces to the real site is judged by the link', () => {
  const v = combineScan(evidence({ requestedUrl: 'https://whatsapp-verify.top/confirm', finalUrl: 'https://www.whatsapp.com/' }));
  assert.notEqual(v.level, 'safe');
  assert.ok(v.findings.some((f) => f.rule.startsWith('combosquat/') || f.rule.startsWith('typosquat/')), JSON.stringify(v.findings.map((f) => f.rule)));
  assert.ok(v.indicators.domains.includes('whatsapp-verify.top'));
});

test('combineScan: loopback pages are judged by the page alone; other IP hosts keep their link findings', () => {
  const loop = combineScan(evidence({ requestedUrl: 'http://127.0.0.1:8080/x', finalUrl: 'http://127.0.0.1:8080/x', title: 'Shop', visibleText: 'Flowers', html: '<title>Shop</title>' }));
  assert.ok(!loop.findings.some((f) => f.rule.startsWith('url-')));
  const ip = combineScan(evidence({ requestedUrl: 'http://203.0.113.9:8080/x', finalUrl: 'http://203.0.113.9:8080/x', title: 'Shop', visibleText: 'Flowers', html: '<title>Shop</title>' }));
  assert.ok(ip.findings.some((f) => f.rule.startsWith('url-')), 'a public IP literal is still a link finding');
  for (const h of ['127.0.0.1', '127.1.2.3', 'localhost', 'a.localhost', '[::1]', '[::ffff:127.0.0.1]', '[::ffff:7f00:1]']) assert.ok(isLoopbackHost(h), h);
  for (const h of ['128.0.0.1', '10.0.0.1', 'localhost.example.com', '[::2]', 'example.com']) assert.ok(!isLoopbackHost(h), h);
  assert.ok(isLoopbackHost(new URL(scanTarget('http://0x7f.1/')).hostname), 'hex IPv4 is canonicalised first');
});

test('scanTarget: bare hosts get http://, other schemes and junk are refused', () => {
  assert.equal(scanTarget(' fb-photo.top/view?id=1 '), 'http://fb-photo.top/view?id=1');
  assert.equal(scanTarget('example.com:8080/x'), 'http://example.com:8080/x');
  assert.equal(scanTarget('HTTPS://Example.COM'), 'https://example.com/');
  // The binary is run on a few of these below; the rest only here (each process costs ~2 s).
  for (const bad of ['', '   ', 'ftp://x.org/', 'file:///etc/passwd', 'data:text/html,<script>alert(1)</script>', 'javascript:void(0)', 'hello', 'a b.com', 'http://', 'x'.repeat(9000), 'http://[zz]/', '\u0001']) {
    assert.throws(() => scanTarget(bad), (e: { exitCode?: number }) => e.exitCode === 64, bad.slice(0, 30));
  }
});

test('lure sites are dangerous with the right attack (--json)', async () => {
  for (const path of LURES_JSON) {
    const r = await json(path);
    assert.equal(r.code, 4, `${path}: exit ${r.code} ${r.err}`);
    const j = JSON.parse(r.out) as JsonOut;
    const want = EXPECTED[path];
    assert.ok(want);
    assert.equal(j.verdict.level, 'dangerous', path);
    assert.ok(want.attack.includes(j.verdict.attack ?? ''), `${path}: attack ${j.verdict.attack}`);
    if (want.brand) assert.equal(j.verdict.brand, want.brand, path);
    assertReadable(j.verdict.rendered.reasons, path);
    // Loopback is the test set-up: the page alone decides, no "bare IP" or "port" link findings.
    assert.ok(!j.verdict.findings.some((f) => f.rule.startsWith('url-')), `${path}: link findings on a loopback page`);
  }
});

test('--json output shape: verdict, evidence without raw HTML, redacted codes', async () => {
  const j = JSON.parse((await json('/kit/login/code/')).out) as JsonOut;
  assert.equal(j.evidence.requestedUrl, fx.url('/kit/login/code/'));
  assert.equal(j.evidence.finalUrl, fx.url('/kit/login/code/'));
  assert.match(j.evidence.html, /^\(\d+ characters of HTML, not exported\)$/);
  assert.equal(j.screenshot, null);
  assert.ok(j.evidence.timings.totalMs > 0);
  const ws = j.evidence.websockets[0];
  assert.ok(ws && ws.socketIoEvents.includes('code'), 'the socket events are exported');
  const frames = JSON.stringify(ws.frames);
  assert.doesNotMatch(frames, /K7WM-?3QXP/, 'the pairing code is masked in exported frames');
  assert.match(frames, /XXXX-?XXXX/);
  for (const f of j.verdict.findings) assert.equal(typeof f.text, 'string');
  assert.ok(j.verdict.rendered.advice.length > 0);
  const pair = JSON.parse((await json('/pair/')).out) as JsonOut;
  assert.ok(pair.verdict.rendered.advice.some((a) => /linking code/i.test(a.title)), 'the pair-code generator advice says it hands out codes');
});

test('kit photo page: suspicious at least, readable reasons, evidence summary, a real PNG', async () => {
  const r = await human('/kit/photo/');
  assert.ok(r.code === 3 || r.code === 4, `exit ${r.code} ${r.err}`);
  assert.match(r.out, /^(SUSPICIOUS|DANGEROUS) — /);
  assertReadable(reasonsOf(r.out), '/kit/photo/');
  assert.match(r.out, /Facebook/);
  assertSummary(r.out, '/kit/photo/');
  assert.match(r.out, /^Title: Facebook$/m);
  assert.ok(r.out.includes(`Screenshot: ${shotFile()}`));
  const png = readFileSync(shotFile());
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.equal(png.readUInt32BE(16), 412, 'phone-width screenshot (CSS pixels)');
  assert.ok(png.length > 5000, `PNG of ${png.length} bytes`);
});

test('kit code page (human): dangerous, socket events in the summary, the code masked', async () => {
  const r = await human('/kit/login/code/');
  assert.equal(r.code, 4, r.err);
  assert.match(r.out, /^DANGEROUS — /);
  assertReadable(reasonsOf(r.out), '/kit/login/code/');
  assertSummary(r.out, '/kit/login/code/');
  assert.match(r.out, /^WebSockets: 1$/m);
  assert.match(r.out, /socket\.io\/\?EIO=4.* — events: init_number, ready, start_number, code/);
  assert.doesNotMatch(r.out, /K7WM-?3QXP/);
});

test('pair-code generator (human): dangerous and the advice says it hands out linking codes', async () => {
  const r = await human('/pair/');
  assert.equal(r.code, 4, r.err);
  assert.match(r.out, /hands out WhatsApp linking codes/i);
  assert.match(r.out, /^Forms: \d+, input fields: [1-9]/m);
});

test('redirect chains: judged as the landing page, every hop in the summary', async () => {
  const http = await human('/r/http-chain');
  assert.ok(http.code === 3 || http.code === 4, http.err);
  assertSummary(http.out, '/r/http-chain');
  assert.match(http.out, /^Redirect chain \(3 hops\):$/m);
  for (const [n, p, how] of [[1, '/r/http-chain', 'HTTP 302'], [2, '/r/http-2 \\(by HTTP redirect\\)', 'HTTP 301'], [4, '/kit/photo/\\?id=48213 \\(by HTTP redirect\\)', 'HTTP 200']] as const) {
    assert.match(http.out, new RegExp(`^  ${n}\\. ${fx.origin.replace(/\./g, '\\.')}${p} → ${how}$`, 'm'));
  }
  const mixed = await human('/s/gP7kQ');
  assert.ok(mixed.code === 3 || mixed.code === 4, mixed.err);
  assert.match(mixed.out, /\/r\/js \(by meta refresh\)/);
  assert.match(mixed.out, /\/kit\/photo\/\?from=s \(by JavaScript\)/);
  assert.match(mixed.out, /^Requested: .*\/s\/gP7kQ$/m);
});

test('negative sites stay calm with honest output', async () => {
  // README: shop and login are safe; the article, help page and bot docs at most suspicious.
  for (const path of ['/shop/', '/login/', '/news/ghostpairing-warning/', '/help/linked-devices/', '/docs/bot-pairing/']) {
    const r = await human(path);
    const calm = path === '/shop/' || path === '/login/';
    assert.ok(calm ? r.code === 0 : r.code === 0 || r.code === 3, `${path}: exit ${r.code}\n${r.out}${r.err}`);
    assert.doesNotMatch(r.out, /^DANGEROUS/, path);
    assert.doesNotMatch(r.out, /bare number|unusual port/, `${path}: loopback artefacts must not count`);
    assertSummary(r.out, path, path === '/login/' ? 'ru' : 'en');
    const reasons = reasonsOf(r.out);
    if (reasons.length) assertReadable(reasons, path);
  }
});

test('safety pages: blocked requests are listed; a redirect into a private network is a failed check', async () => {
  const priv = await human('/safety/private-requests/');
  assert.match(priv.out, /^Requests: \d+, blocked by the sandbox: [1-9]/m);
  assert.match(priv.out, /^ {2}blocked 10\.0\.0\.1 \(private\)$/m);
  assert.match(priv.out, /^ {2}blocked 169\.254\.169\.254 \(cloud-metadata\)$/m);
  assert.match(priv.out, /ws:\/\/10\.0\.0\.1\/.* — blocked \(private\)/);
  const redir = await human('/safety/redirect-private');
  assert.equal(redir.code, 65, 'no verdict of "no signs" for a page that never loaded');
  assert.match(redir.out, /Capture problem: refused 10\.0\.0\.1: private \[GG_ERR_SANDBOX_BLOCKED_ADDRESS\]/);
  assert.match(redir.out, /\(by HTTP redirect\) → no answer/);
});

test('without --allow-loopback, loopback and private targets are refused with a clear message', async () => {
  const targets = [fx.url('/kit/login/'), 'http://localhost:9/', 'http://[::1]/', 'http://2130706433/', 'http://169.254.169.254/latest/meta-data/', 'http://10.0.0.1/'];
  const rs = await Promise.all(targets.map((u) => gg(['scan', u])));
  rs.forEach((r, i) => {
    assert.equal(r.code, 65, `${targets[i]}: exit ${r.code}`);
    assert.equal(r.out, '');
    assert.match(r.err, /^ghostguard: could not scan .*\[GG_ERR_SANDBOX_BLOCKED_ADDRESS\]\. GhostGuard never opens private/, r.err);
    assert.equal(r.err.trim().split('\n').length, 1, 'one line, no stack trace');
  });
  for (const i of [0, 1, 2, 3]) assert.match(rs[i]?.err ?? '', /add --allow-loopback/, targets[i]);
  assert.match(rs[4]?.err ?? '', /cloud-metadata/);
  assert.doesNotMatch(rs[4]?.err ?? '', /allow-loopback/, 'the option does not open metadata addresses');
});

test('bad input: clear one-line errors, exit 64, no crash', async () => {
  const cases: [string, RegExp][] = [
    ['', /nothing to scan/],
    ['javascript:alert(document.cookie)', /only http:\/\/ and https:\/\/ links can be scanned, not javascript: links/],
    ['not a url', /not a link \(it contains spaces/],
    ['\u0001\u00ff', /not a link/],
    [`http://example.com/${'a'.repeat(10_240)}`, /the link is too long \(10259 characters; at most 8192\)/],
  ];
  const rs = await Promise.all(cases.map(([input]) => gg(['scan', input])));
  rs.forEach((r, i) => {
    const [input, want] = cases[i] ?? ['', /./];
    assert.equal(r.code, 64, `${JSON.stringify(input.slice(0, 40))}: exit ${r.code} ${r.err}`);
    assert.match(r.err, want);
    assert.ok(r.err.length < 400, 'the error does not echo a huge input');
    assert.doesNotMatch(r.err, /internal error|at .*\.ts:\d+/);
  });
  const t = await gg(['scan', '--timeout', 'soon', '--allow-loopback', fx.url('/shop/')]);
  assert.equal(t.code, 64);
  assert.match(t.err, /--timeout must be a number of seconds/);
  const shot = await gg(['scan', '--screenshot', join(privateTmp, 'no-such-dir', 'x.png'), '--allow-loopback', fx.url('/shop/')]);
  assert.equal(shot.code, 64, 'an unwritable screenshot path fails before the capture');
  assert.match(shot.err, /cannot write the screenshot to .*no-such-dir.* is not a writable directory/);
  const lang = await gg(['scan', '--lang', 'xx', fx.url('/shop/')]);
  assert.equal(lang.code, 64);
  assert.match(lang.err, /unsupported --lang "xx"/);
});

test('Ctrl-C during a scan leaves no browser profile behind', async () => {
  let pid = 0;
  const running = slot(() => spawnGg(['scan', '--allow-loopback', fx.url('/safety/infinite-loop/')], (p) => { pid = p; }));
  const deadline = Date.now() + 60_000;
  // Wait until Chromium runs (its profile directory exists), then interrupt like a user would.
  while (Date.now() < deadline && !readdirSync(privateTmp).some((n) => n.startsWith('gg-sandbox-'))) await new Promise((r) => setTimeout(r, 100));
  assert.ok(pid > 0);
  await new Promise((r) => setTimeout(r, 1500));
  process.kill(pid, 'SIGINT');
  const r = await running;
  assert.notEqual(r.code, 0, 'an interrupted scan does not report success');
  assert.deepEqual(readdirSync(privateTmp).filter((n) => n.startsWith('gg-sandbox-')), []);
});

/** gg-sandbox-* directories in `root` that no running Chromium uses and that are not brand new. */
function staleProfiles(root: string): string[] {
  const inUse = new Set<string>();
  for (const p of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      for (const a of readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0')) {
        const m = /^--user-data-dir=(.*)\/profile$/.exec(a);
        if (m?.[1]) inUse.add(m[1]);
      }
    } catch { /* gone */ }
  }
  return readdirSync(root).filter((n) => /^gg-sandbox-(?!test-)/.test(n)).map((n) => join(root, n))
    .filter((d) => !inUse.has(d) && Date.now() - statSync(d).mtimeMs > 60_000);
}

test('no temporary browser profile is left behind (this file and the OS temp dir)', async () => {
  await Promise.allSettled(runs.values());
  assert.deepEqual(readdirSync(privateTmp).filter((n) => n.startsWith('gg-sandbox-')), [], 'scan runs left a profile');
  // Other suites (sandbox, server) use the OS temp dir: nothing there may be orphaned either.
  assert.deepEqual(staleProfiles(tmpdir()), []);
});
