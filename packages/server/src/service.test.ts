/** A few tests over a real listening socket, through createTestServer (the web UI's helper). */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createTestServer, type TestServer } from '../test/helpers.ts';
import { loadConfig } from './config.ts';

let s: TestServer;
before(async () => {
  s = await createTestServer();
});
after(async () => s.close());

test('listens on loopback and answers health and checks over HTTP', async () => {
  assert.match(s.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.deepEqual(await (await fetch(`${s.url}/healthz`)).json(), { ok: true });
  assert.equal((await fetch(`${s.url}/readyz`)).status, 200);
  const res = await fetch(`${s.url}/v1/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'hello', lang: 'en' }) });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
  const body = (await res.json()) as { rendered: { lang: string } };
  assert.equal(body.rendered.lang, 'en');
});

test('an analyst added by the helper logs in with a cookie over HTTP', async () => {
  await s.addAnalyst('web-tester', 'a long enough password');
  const res = await fetch(`${s.url}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'web-tester', password: 'a long enough password' }) });
  assert.equal(res.status, 200);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const me = await fetch(`${s.url}/v1/auth/me`, { headers: { cookie } });
  assert.equal(((await me.json()) as { user: { username: string } }).user.username, 'web-tester');
  const bad = await fetch(`${s.url}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"username":"web-tester","password":"nope"}' });
  assert.equal(bad.status, 401);
});

test('configuration: laptop defaults, errors name the variable, secrets persist', () => {
  const dir = s.dataDir;
  const c = loadConfig({}, { DATA_DIR: dir });
  assert.equal(c.PORT, 8080);
  assert.equal(c.HOST, '127.0.0.1');
  assert.equal(c.dbKind, 'sqlite');
  assert.deepEqual(c.ROLES, ['api', 'worker']);
  assert.equal(loadConfig({}, { DATA_DIR: dir }).SESSION_SECRET, c.SESSION_SECRET, 'secret persisted in DATA_DIR');
  assert.throws(() => loadConfig({ PORT: 'eighty' }, { DATA_DIR: dir }), /PORT/);
  assert.throws(() => loadConfig({ ROLES: 'api,cook' }, { DATA_DIR: dir }), /ROLES/);
  assert.throws(() => loadConfig({ DATABASE_URL: 'mysql://x' }, { DATA_DIR: dir }), /DATABASE_URL/);
  assert.equal(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }, { DATA_DIR: dir }).dbKind, 'postgres');
});
