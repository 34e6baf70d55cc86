import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../test/helpers.ts';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(async () => t.close());

const LURE = 'Привет! Проголосуй за мою племянницу в конкурсе https://vote-kids.top/final2 и введи код 4K7P-2M9X, мой номер +7 701 234 56 78';

test('healthz, readyz and metrics', async () => {
  assert.deepEqual((await t.app.inject('/healthz')).json(), { ok: true });
  const ready = await t.app.inject('/readyz');
  assert.equal(ready.statusCode, 200);
  await t.app.inject({ method: 'POST', url: '/v1/check', payload: { text: 'hello' } });
  const m = await t.app.inject('/metrics');
  assert.equal(m.statusCode, 200);
  assert.match(String(m.headers['content-type']), /text\/plain/);
  assert.match(m.body, /gg_http_requests_total\{method="POST",route="\/v1\/check",status="200"\} 1/);
  assert.match(m.body, /gg_check_duration_seconds_count 1/);
  assert.match(m.body, /gg_queue_depth 0/);
});

test('POST /v1/check answers with a verdict and stores a redacted submission', async () => {
  const res = await t.app.inject({ method: 'POST', url: '/v1/check', payload: { text: LURE, lang: 'kk' } });
  assert.equal(res.statusCode, 200);
  const body = res.json() as { verdict: { level: string; kind: string }; rendered: { lang: string; headline: string } };
  assert.equal(body.verdict.kind, 'message');
  assert.equal(body.rendered.lang, 'kk');
  assert.ok(body.rendered.headline.length > 0);
  await t.flushChecks();
  const page = await t.repos.submissions.list({ limit: 10, q: 'племянницу' });
  const stored = page.items[0];
  assert.ok(stored, 'submission stored');
  assert.ok(!stored.content.includes('234 56'), stored.content);
  assert.ok(!stored.content.includes('4K7P'), stored.content);
  assert.ok(!JSON.stringify(stored.verdict).includes('234 56 78'));
});

test('POST /v1/check with a url or html; language from Accept-Language, else ru', async () => {
  const u = await t.app.inject({ method: 'POST', url: '/v1/check', payload: { url: 'https://example.com/' }, headers: { 'accept-language': 'en-GB,en;q=0.8' } });
  assert.equal(u.statusCode, 200);
  assert.equal((u.json() as { rendered: { lang: string } }).rendered.lang, 'en');
  const h = await t.app.inject({ method: 'POST', url: '/v1/check', payload: { html: '<html><title>x</title></html>', url: 'https://x.example/' } });
  assert.equal(h.statusCode, 200);
  assert.equal((h.json() as { rendered: { lang: string } }).rendered.lang, 'ru');
});

test('POST /v1/check validation names the field', async () => {
  const cases: [unknown, string][] = [
    [{}, 'text'],
    [{ text: 'a', url: 'https://a.b' }, 'text'],
    [{ text: 5 }, 'text'],
    [{ text: 'a', lang: 'de' }, 'lang'],
    [{ text: 'a', extra: 1 }, 'extra'],
    [{ text: 'a', preview: { title: 7 } }, 'preview.title'],
    [{ text: 'x'.repeat(70_000) }, 'text'],
  ];
  for (const [payload, field] of cases) {
    const res = await t.app.inject({ method: 'POST', url: '/v1/check', payload: payload as object });
    assert.equal(res.statusCode, 400, JSON.stringify(payload).slice(0, 80));
    const err = (res.json() as { error: { code: string; field: string } }).error;
    assert.equal(err.code, 'GG_ERR_VALIDATION');
    assert.equal(err.field, field, JSON.stringify(payload).slice(0, 80));
  }
});

test('hostile bodies get a 4xx with a catalogue code, never a 500', async () => {
  const post = (payload: string | Buffer, type = 'application/json') =>
    t.app.inject({ method: 'POST', url: '/v1/check', payload, headers: { 'content-type': type } });
  const expect = async (p: Promise<{ statusCode: number; json(): unknown }>, status: number, code: string) => {
    const r = await p;
    assert.equal(r.statusCode, status);
    assert.equal((r.json() as { error: { code: string } }).error.code, code);
  };
  await expect(post('{"text": '), 400, 'GG_ERR_BAD_JSON');
  await expect(post(''), 400, 'GG_ERR_BAD_JSON');
  await expect(post('{"__proto__": {"admin": true}, "text": "a"}'), 400, 'GG_ERR_BAD_JSON');
  await expect(post(Buffer.from([0, 1, 2, 255, 254]), 'application/octet-stream'), 415, 'GG_ERR_UNSUPPORTED_MEDIA_TYPE');
  await expect(post('[1,2,3]'), 400, 'GG_ERR_VALIDATION');
  await expect(post('null'), 400, 'GG_ERR_VALIDATION');
  await expect(post(JSON.stringify({ html: 'x'.repeat(1_100_000) })), 413, 'GG_ERR_BODY_TOO_LARGE');
  const nested = '['.repeat(5000) + ']'.repeat(5000);
  const r = await post(nested);
  assert.ok(r.statusCode >= 400 && r.statusCode < 500, String(r.statusCode));
  const binText = await t.app.inject({ method: 'POST', url: '/v1/check', payload: { text: '\u0000\uffff\ud800 binary \u202e' } });
  assert.equal(binText.statusCode, 200);
});

test('random bodies on every endpoint never produce a 500', async () => {
  const routes = ['/v1/check', '/v1/reports', '/v1/scans', '/v1/auth/login', '/v1/analyst/allowlist'];
  const values: unknown[] = [null, true, 0, -1, 1e308, '', 'x'.repeat(10_000), [], [null], {}, { a: { b: {} } }, '\u0000', 'https://127.0.0.1', ['opened-link']];
  let seed = 7;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
  const keys = ['text', 'url', 'html', 'lang', 'preview', 'happened', 'contactConsent', 'username', 'password', 'value', 'reason', 'constructor'];
  for (let i = 0; i < 150; i++) {
    const body: Record<string, unknown> = {};
    for (let k = rnd(4); k >= 0; k--) body[keys[rnd(keys.length)] ?? 'text'] = values[rnd(values.length)];
    const url = routes[i % routes.length] ?? '/v1/check';
    const res = await t.app.inject({ method: 'POST', url, payload: body, remoteAddress: `10.9.${i % 250}.1` });
    assert.ok(res.statusCode < 500, `${url} ${JSON.stringify(body).slice(0, 120)} → ${res.statusCode} ${res.body.slice(0, 200)}`);
  }
});

test('security headers: strict CSP, nosniff, no framing', async () => {
  const res = await t.app.inject('/healthz');
  const csp = String(res.headers['content-security-policy']);
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /script-src 'self'(;|$)/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.ok(!csp.includes('unsafe-inline'));
  assert.equal(res.headers['x-content-type-options'], 'nosniff');
  assert.equal(res.headers['x-frame-options'], 'DENY');
});

test('OpenAPI 3.1 document and a local /docs page', async () => {
  const doc = (await t.app.inject('/openapi.json')).json() as { openapi: string; paths: Record<string, unknown> };
  assert.equal(doc.openapi, '3.1.0');
  for (const p of ['/v1/check', '/v1/scans', '/v1/scans/{id}', '/v1/reports', '/v1/recovery', '/v1/auth/login', '/v1/analyst/indicators']) assert.ok(doc.paths[p], p);
  const page = await t.app.inject('/docs/');
  const html = page.statusCode === 302 ? (await t.app.inject(String(page.headers.location))).body : page.body;
  assert.match(html, /swagger-ui/);
  assert.ok(!/src="https?:\/\//.test(html) && !/href="https?:\/\//.test(html), 'no CDN assets');
  const init = await t.app.inject('/docs/static/swagger-initializer.js');
  assert.equal(init.statusCode, 200);
});

test('recovery guide per language and what happened', async () => {
  const res = await t.app.inject('/v1/recovery?lang=kk&happened=entered-code,lost-money');
  assert.equal(res.statusCode, 200);
  const g = res.json() as { steps: { id: string; title: string }[]; warnContactsMessage: string; report: { police: string } };
  assert.equal(g.steps[0]?.id, 'check-linked-devices');
  assert.ok(g.steps.some((s) => s.id === 'report-bank'));
  assert.match(g.warnContactsMessage, /WhatsApp/);
  assert.equal(g.report.police, '102');
  const bad = await t.app.inject('/v1/recovery?happened=exploded');
  assert.equal(bad.statusCode, 400);
  assert.equal((bad.json() as { error: { field: string } }).error.field, 'happened.0');
});

test('POST /v1/reports stores privately; contact only with consent', async () => {
  const ok = await t.app.inject({ method: 'POST', url: '/v1/reports', payload: { text: LURE, happened: ['entered-code'], contactConsent: false, contact: '+77019998877', region: 'Almaty' } });
  assert.equal(ok.statusCode, 201);
  const body = ok.json() as { id: string; recovery: string[]; verdict: unknown };
  assert.ok(body.recovery.includes('check-linked-devices'));
  const withConsent = await t.app.inject({ method: 'POST', url: '/v1/reports', payload: { happened: ['none'], contactConsent: true, contact: 'me@example.org' } });
  assert.equal(withConsent.statusCode, 201);
  assert.equal((withConsent.json() as { verdict: unknown }).verdict, null);
  const list = await t.repos.reports.list({ limit: 10 });
  const first = list.items.find((r) => r.id === body.id);
  assert.equal(first?.contact, undefined);
  assert.ok(!first?.text?.includes('234 56'));
  assert.equal(list.items.find((r) => r.contactConsent)?.contact, 'me@example.org');
  const bad = await t.app.inject({ method: 'POST', url: '/v1/reports', payload: { happened: [], contactConsent: false } });
  assert.equal((bad.json() as { error: { field: string } }).error.field, 'happened');
});
