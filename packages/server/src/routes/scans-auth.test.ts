import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, fakeResolver, login, type TestApp } from '../../test/helpers.ts';
import { addApiKey, addUser } from '../index.ts';

let t: TestApp;
before(async () => {
  t = await createTestApp({ RATE_LIMIT_PER_MINUTE: 5, RATE_LIMIT_LOGIN_PER_MINUTE: 1000 }, fakeResolver({ 'intranet.example.com': ['10.0.0.5'], 'mixed.example.com': ['93.184.216.34', '127.0.0.1'] }));
  await addUser(t.config, 'ana', 'correct horse battery');
});
after(async () => t.close());

const errorOf = (r: { json(): unknown }) => (r.json() as { error: { code: string; field?: string } }).error;

test('POST /v1/scans queues once and reuses the recent scan', async () => {
  const a = await t.app.inject({ method: 'POST', url: '/v1/scans', payload: { url: 'https://vote-kids.top/final2?p=+77012345678' } });
  assert.equal(a.statusCode, 202);
  const first = a.json() as { id: string; status: string; reused: boolean };
  assert.equal(first.status, 'queued');
  assert.equal(first.reused, false);
  const b = await t.app.inject({ method: 'POST', url: '/v1/scans', payload: { url: 'https://vote-kids.top/final2?p=+77012345678' } });
  assert.deepEqual(b.json(), { ...first, reused: true });
  const got = (await t.app.inject(`/v1/scans/${first.id}`)).json() as { url: string; status: string };
  assert.equal(got.status, 'queued');
  assert.ok(!got.url.includes('012345'), 'the phone number is not stored nor visited');
  assert.equal(await t.queue.depth(), 1);
});

test('scans of internal addresses are refused (SSRF)', async () => {
  for (const [i, url] of [
    'http://127.0.0.1', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]/', 'http://2130706433/', 'http://0x7f.1/',
    'http://10.1.2.3', 'http://192.168.1.1', 'http://[::ffff:127.0.0.1]/', 'http://localhost/', 'http://intranet.example.com/',
    'http://mixed.example.com/', 'file:///etc/passwd', 'ftp://example.com/', 'http://printer/', 'http://example.com:22/',
  ].entries()) {
    const r = await t.app.inject({ method: 'POST', url: '/v1/scans', payload: { url }, remoteAddress: `10.50.0.${i + 10}` });
    assert.equal(r.statusCode, 400, url);
    assert.equal(errorOf(r).code, 'GG_ERR_URL_NOT_ALLOWED', url);
    assert.equal(errorOf(r).field, 'url');
  }
  const junk = await t.app.inject({ method: 'POST', url: '/v1/scans', payload: { url: 'not a url' }, remoteAddress: '10.50.0.2' });
  assert.equal(errorOf(junk).code, 'GG_ERR_VALIDATION');
});

test('unknown scans and screenshots are 404', async () => {
  assert.equal((await t.app.inject('/v1/scans/00000000-0000-4000-8000-000000000000')).statusCode, 404);
  assert.equal((await t.app.inject('/v1/scans/..%2F..%2Fetc')).statusCode, 404);
  assert.equal((await t.app.inject('/v1/scans/00000000-0000-4000-8000-000000000000/screenshot.png')).statusCode, 404);
});

test('a flood from one address gets 429; another address is still served', async () => {
  let limited = 0;
  for (let i = 0; i < 8; i++) {
    const r = await t.app.inject({ method: 'POST', url: '/v1/check', payload: { text: 'hi' }, remoteAddress: '203.0.113.9' });
    if (r.statusCode === 429) {
      limited++;
      assert.equal(errorOf(r).code, 'GG_ERR_RATE_LIMITED');
    }
  }
  assert.equal(limited, 3);
  const other = await t.app.inject({ method: 'POST', url: '/v1/check', payload: { text: 'hi' }, remoteAddress: '203.0.113.10' });
  assert.equal(other.statusCode, 200);
});

test('login: wrong password and unknown user are 401; success sets a strict cookie', async () => {
  const wrong = await t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { username: 'ana', password: 'wrong password!' } });
  assert.equal(wrong.statusCode, 401);
  assert.equal(errorOf(wrong).code, 'GG_ERR_BAD_CREDENTIALS');
  const nobody = await t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { username: 'nobody', password: 'x' } });
  assert.equal(nobody.statusCode, 401);
  const ok = await t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { username: 'ana', password: 'correct horse battery' } });
  assert.equal(ok.statusCode, 200);
  const cookie = String(ok.headers['set-cookie']);
  assert.match(cookie, /^gg_session=[A-Za-z0-9_-]{40,}/);
  assert.match(cookie, /HttpOnly/);
  assert.match(cookie, /SameSite=Strict/);
  assert.ok(!/Secure/.test(cookie), 'plain http on loopback: no Secure flag');
  const https = await t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { username: 'ana', password: 'correct horse battery' }, headers: { 'x-forwarded-proto': 'https' } });
  assert.ok(!/Secure/.test(String(https.headers['set-cookie'])), 'proxy headers are ignored unless TRUST_PROXY');
});

test('analyst endpoints need a session, and state changes need the CSRF token', async () => {
  assert.equal((await t.app.inject('/v1/analyst/submissions')).statusCode, 401);
  assert.equal((await t.app.inject('/v1/auth/me')).statusCode, 401);
  await t.app.inject({ method: 'POST', url: '/v1/check', payload: { text: 'Vote https://bad-vote.top/x now' }, remoteAddress: '198.51.100.1' });
  await t.repos.indicators.upsert('domain', 'bad-vote.top', 'dangerous');
  const { cookie, csrf } = await login(t.app, 'ana', 'correct horse battery');
  const me = await t.app.inject({ url: '/v1/auth/me', headers: { cookie } });
  assert.equal((me.json() as { csrfToken: string }).csrfToken, csrf);
  const list = (await t.app.inject({ url: '/v1/analyst/indicators?q=bad-vote', headers: { cookie } })).json() as { items: { id: string; status: string }[] };
  const ind = list.items[0];
  assert.ok(ind);
  const noCsrf = await t.app.inject({ method: 'POST', url: `/v1/analyst/indicators/${ind.id}/confirm`, payload: {}, headers: { cookie } });
  assert.equal(noCsrf.statusCode, 403);
  assert.equal(errorOf(noCsrf).code, 'GG_ERR_CSRF');
  const badCsrf = await t.app.inject({ method: 'POST', url: `/v1/analyst/indicators/${ind.id}/confirm`, payload: {}, headers: { cookie, 'x-csrf-token': csrf.slice(1) + 'A' } });
  assert.equal(badCsrf.statusCode, 403);
  const ok = await t.app.inject({ method: 'POST', url: `/v1/analyst/indicators/${ind.id}/confirm`, payload: { note: 'kit seen' }, headers: { cookie, 'x-csrf-token': csrf } });
  assert.equal(ok.statusCode, 200);
  assert.equal((ok.json() as { status: string }).status, 'confirmed');
  const fpNoReason = await t.app.inject({ method: 'POST', url: `/v1/analyst/indicators/${ind.id}/false-positive`, payload: {}, headers: { cookie, 'x-csrf-token': csrf } });
  assert.equal(errorOf(fpNoReason).field, 'reason');
  const allow = await t.app.inject({ method: 'POST', url: '/v1/analyst/allowlist', payload: { value: 'bad-vote.top', reason: 'school contest, verified' }, headers: { cookie, 'x-csrf-token': csrf } });
  assert.equal(allow.statusCode, 201);
  assert.equal((await t.repos.indicators.get(ind.id))?.status, 'allowlisted');
  const audit = (await t.app.inject({ url: '/v1/analyst/audit', headers: { cookie } })).json() as { items: { action: string; actor: string }[] };
  const actions = audit.items.map((a) => a.action);
  for (const a of ['login', 'indicator-confirm', 'allowlist', 'login-failed']) assert.ok(actions.includes(a), a);
  const logout = await t.app.inject({ method: 'POST', url: '/v1/auth/logout', headers: { cookie, 'x-csrf-token': csrf } });
  assert.equal(logout.statusCode, 200);
  assert.equal((await t.app.inject({ url: '/v1/auth/me', headers: { cookie } })).statusCode, 401);
});

test('analyst lists: filters, search, cursor paging, bad query', async () => {
  const { cookie } = await login(t.app, 'ana', 'correct horse battery');
  for (let i = 0; i < 3; i++) await t.repos.submissions.insert({ kind: 'text', lang: 'en', content: `paging probe ${i}`, level: 'safe', score: 0, verdict: {} });
  const p1 = (await t.app.inject({ url: '/v1/analyst/submissions?q=PAGING%20probe&limit=2', headers: { cookie } })).json() as { items: { content: string }[]; nextCursor?: string };
  assert.equal(p1.items.length, 2);
  assert.ok(p1.nextCursor);
  const p2 = (await t.app.inject({ url: `/v1/analyst/submissions?q=paging&limit=2&cursor=${p1.nextCursor}`, headers: { cookie } })).json() as { items: { content: string }[]; nextCursor?: string };
  assert.equal(p2.items.length, 1);
  assert.equal(p2.nextCursor, undefined);
  assert.equal((await t.app.inject({ url: '/v1/analyst/submissions?q=50%25_', headers: { cookie } })).json().items.length, 0);
  const bad = await t.app.inject({ url: '/v1/analyst/submissions?limit=100000', headers: { cookie } });
  assert.equal(errorOf(bad).field, 'limit');
  assert.equal((await t.app.inject({ url: '/v1/analyst/scans?status=queued', headers: { cookie } })).statusCode, 200);
  assert.equal((await t.app.inject({ url: '/v1/analyst/reports?from=yesterday', headers: { cookie } })).statusCode, 400);
});

test('machines use hashed API keys without CSRF; a wrong key is 401', async () => {
  const key = await addApiKey(t.config, 'feed-bot');
  const ok = await t.app.inject({ method: 'POST', url: '/v1/analyst/allowlist', payload: { value: 'example.org', reason: 'test' }, headers: { authorization: `Bearer ${key}` } });
  assert.equal(ok.statusCode, 201);
  const wrong = await t.app.inject({ url: '/v1/analyst/scans', headers: { authorization: `Bearer ${key.slice(0, -2)}xx` } });
  assert.equal(wrong.statusCode, 401);
  const junk = await t.app.inject({ url: '/v1/analyst/scans', headers: { authorization: 'Basic Zm9vOmJhcg==' } });
  assert.equal(junk.statusCode, 401);
});

test('web UI: no build → instructions; SPA paths fall back, API paths stay JSON 404', async () => {
  const root = await t.app.inject({ url: '/', headers: { accept: 'text/html' } });
  assert.equal(root.statusCode, 200);
  assert.match(root.body, /npm run build -w @ghostguard\/web/);
  const spa = await t.app.inject({ url: '/analyst/scans/abc', headers: { accept: 'text/html' } });
  assert.match(spa.body, /GhostGuard is running/);
  const api = await t.app.inject({ url: '/v1/nothing', headers: { accept: 'text/html' } });
  assert.equal(api.statusCode, 404);
  assert.equal(errorOf(api).code, 'GG_ERR_NOT_FOUND');
});
