/** Campaigns, trends, campaign export and the appeal path through the real app (app.inject), incl. bad input. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { validateStixBundle } from '@ghostguard/intel';
import { createTestApp, login, type TestApp } from '../../test/helpers.ts';
import { addUser } from '../index.ts';
import { fakeEvidence } from '../sandbox/fake-sandbox.ts';
import { clusterNewMembers } from '../intel/cluster-job.ts';

let t: TestApp;
let auth: { cookie: string; csrf: string };
let campaignId = '';
const LURE = 'Привет! Проголосуй, пожалуйста, за мою племянницу Айгерим в конкурсе, она почти победила http://whatsapp-verify-login.top/vote +7 701 123 45 67';
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'));

before(async () => {
  t = await createTestApp({ RATE_LIMIT_PER_MINUTE: 100, RATE_LIMIT_LOGIN_PER_MINUTE: 1000 });
  await addUser(t.config, 'ana', 'correct horse battery');
  auth = await login(t.app, 'ana', 'correct horse battery');
  const { scan } = await t.repos.scans.createOrReuse('http://whatsapp-verify-login.top/vote', '1970-01-01T00:00:00.000Z');
  await t.repos.scans.complete(scan.id, { level: 'dangerous', verdict: { brand: 'whatsapp', attack: 'ghostpairing', indicators: { domains: ['whatsapp-verify-login.top'] } }, evidence: fakeEvidence('http://whatsapp-verify-login.top/vote'), screenshot: PNG, worker: 'w' });
  await t.repos.indicators.upsert('domain', 'whatsapp-verify-login.top', 'dangerous');
  await t.repos.indicators.upsert('url', 'http://whatsapp-verify-login.top/vote', 'dangerous');
  assert.equal((await t.app.inject({ method: 'POST', url: '/v1/reports', payload: { text: LURE, region: 'Almaty', happened: ['opened-link'], contactConsent: false } })).statusCode, 201);
  await clusterNewMembers(t.repos, { now: Date.now() + 5000 });
  campaignId = (await t.repos.intel.campaigns.list({ limit: 1 })).items[0]?.id ?? '';
});
after(async () => t.close());

const get = (url: string, headers: Record<string, string> = { cookie: auth.cookie }) => t.app.inject({ url, headers });

test('campaign list and page: timeline, members, redacted lures, screenshot links, domains, indicators', async () => {
  assert.equal((await t.app.inject({ url: '/v1/analyst/campaigns' })).statusCode, 401);
  const list = await get('/v1/analyst/campaigns?minMembers=2');
  assert.equal(list.statusCode, 200);
  assert.equal(list.json().items[0].id, campaignId);
  const page = await get(`/v1/analyst/campaigns/${campaignId}`);
  assert.equal(page.statusCode, 200);
  const v = page.json();
  assert.equal(v.campaign.members, 2);
  assert.deepEqual(v.members.map((m: { kind: string }) => m.kind).sort(), ['report', 'scan']);
  assert.equal(v.timeline.reduce((n: number, d: { reports: number; scans: number }) => n + d.reports + d.scans, 0), 2);
  assert.equal(v.lures.length, 1);
  assert.doesNotMatch(JSON.stringify(v), /701 123|Айгерим/, 'numbers and names redacted in lures');
  assert.match(v.screenshots[0].url, /^\/v1\/scans\/[0-9a-f-]+\/screenshot\.png$/);
  assert.deepEqual(v.domains.map((d: { domain: string; status: string }) => [d.domain, d.status]), [['whatsapp-verify-login.top', 'suspected']]);
  assert.equal(v.indicators.length, 2);
  for (const bad of ['/v1/analyst/campaigns/..%2F..%2Fetc', `/v1/analyst/campaigns/${'x'.repeat(200)}`, '/v1/analyst/campaigns?limit=0', '/v1/analyst/campaigns?minMembers=-1', '/v1/analyst/campaigns?evil=1']) {
    assert.ok([400, 414].includes((await get(bad)).statusCode), bad);
  }
  assert.equal((await get('/v1/analyst/campaigns/00000000-0000-4000-8000-000000000000')).statusCode, 404);
});

test('one-click campaign export: every format, STIX valid with the campaign, ETag → 304, unknown format 400', async () => {
  const stix = await get(`/v1/analyst/campaigns/${campaignId}/export?format=stix`);
  assert.equal(stix.statusCode, 200);
  const bundle = stix.json();
  assert.deepEqual(validateStixBundle(bundle), []);
  assert.ok(bundle.objects.some((o: { type: string }) => o.type === 'campaign'));
  assert.doesNotMatch(stix.body, /701 123|Айгерим/);
  const rpz = await get(`/v1/analyst/campaigns/${campaignId}/export?format=rpz`);
  assert.match(rpz.body, /^whatsapp-verify-login\.top CNAME \.$/m);
  assert.equal((await t.app.inject({ url: `/v1/analyst/campaigns/${campaignId}/export?format=rpz`, headers: { cookie: auth.cookie, 'if-none-match': String(rpz.headers.etag) } })).statusCode, 304);
  for (const f of ['misp', 'hosts', 'filters', 'csv', 'json']) assert.equal((await get(`/v1/analyst/campaigns/${campaignId}/export?format=${f}`)).statusCode, 200, f);
  assert.equal((await get(`/v1/analyst/campaigns/${campaignId}/export?format=pdf`)).statusCode, 400);
  assert.equal((await get(`/v1/analyst/campaigns/${campaignId}/export`)).statusCode, 400);
  assert.equal((await get('/v1/analyst/campaigns/nope/export?format=csv')).statusCode, 404);
});

test('trends: per-day series, breakdowns, top lures redacted, forecast with intervals; bad days → 400', async () => {
  const r = await get('/v1/analyst/trends?days=14&horizon=7');
  assert.equal(r.statusCode, 200);
  const tr = r.json();
  assert.equal(tr.days.length, 14);
  assert.equal(tr.reports.at(-1), 1);
  assert.ok(tr.detections.at(-1) >= 1);
  assert.ok(tr.byRegion.Almaty);
  assert.equal(tr.forecast.points.length, 7);
  assert.ok(tr.forecast.points.every((p: { lower: number; upper: number; mean: number }) => p.lower <= p.mean && p.mean <= p.upper && p.lower >= 0));
  assert.doesNotMatch(JSON.stringify(tr.topLures), /701 123|Айгерим/);
  for (const bad of ['days=0', 'days=366', 'days=abc', 'horizon=0', 'x=1']) assert.equal((await get(`/v1/analyst/trends?${bad}`)).statusCode, 400, bad);
});

test('appeals: public submission (validated, redacted, rate-limited), analyst resolves once with CSRF, audited', async () => {
  const body = { value: 'https://whatsapp-verify-login.top/vote', reason: 'This is our own site; call +7 701 555 44 33 to verify', contact: 'owner@example.org' };
  let client = 0;
  const from = () => `192.0.2.${++client}`; // each bad request from its own client, so the rate limit stays out of it
  for (const bad of [{}, { ...body, value: '' }, { ...body, value: 'not a domain at all' }, { ...body, value: 'javascript:alert(1)' }, { ...body, reason: 'short' }, { ...body, contact: 'not-an-email' }, { ...body, extra: 1 }, { ...body, value: 'a'.repeat(5000) }]) {
    const r = await t.app.inject({ method: 'POST', url: '/v1/appeals', payload: bad, remoteAddress: from() });
    assert.equal(r.statusCode, 400, JSON.stringify(bad).slice(0, 80));
  }
  assert.equal((await t.app.inject({ method: 'POST', url: '/v1/appeals', payload: '\u0000\u00ff binary', headers: { 'content-type': 'application/json' }, remoteAddress: from() })).statusCode, 400);
  const created = await t.app.inject({ method: 'POST', url: '/v1/appeals', payload: body });
  assert.equal(created.statusCode, 201);
  const id = created.json().id as string;
  const listed = await get('/v1/analyst/appeals?status=open');
  assert.equal(listed.json().items[0].id, id);
  assert.doesNotMatch(listed.body, /555 44 33/, 'numbers in the reason redacted');
  const url = `/v1/analyst/appeals/${id}/resolve`;
  assert.equal((await t.app.inject({ method: 'POST', url, payload: { decision: 'upheld', note: 'ownership verified' } })).statusCode, 401);
  assert.equal((await t.app.inject({ method: 'POST', url, headers: { cookie: auth.cookie }, payload: { decision: 'upheld', note: 'ownership verified' } })).statusCode, 403, 'CSRF');
  const h = { cookie: auth.cookie, 'x-csrf-token': auth.csrf };
  assert.equal((await t.app.inject({ method: 'POST', url, headers: h, payload: { decision: 'maybe', note: 'x' } })).statusCode, 400);
  assert.equal((await t.app.inject({ method: 'POST', url: '/v1/analyst/appeals/not-a-uuid/resolve', headers: h, payload: { decision: 'upheld', note: 'ownership verified' } })).statusCode, 400);
  assert.equal((await t.app.inject({ method: 'POST', url: '/v1/analyst/appeals/00000000-0000-4000-8000-000000000000/resolve', headers: h, payload: { decision: 'upheld', note: 'ownership verified' } })).statusCode, 404);
  const ok = await t.app.inject({ method: 'POST', url, headers: h, payload: { decision: 'upheld', note: 'ownership verified' } });
  assert.equal(ok.statusCode, 200);
  assert.equal(ok.json().status, 'upheld');
  assert.equal(ok.json().indicatorsChanged, 2);
  assert.equal((await t.app.inject({ method: 'POST', url, headers: h, payload: { decision: 'rejected', note: 'changed my mind' } })).statusCode, 409);
  const audit = await get('/v1/analyst/audit');
  assert.ok(audit.json().items.some((a: { action: string }) => a.action === 'appeal-upheld'));
  const rpz = await get('/v1/export/rpz', { cookie: auth.cookie });
  assert.doesNotMatch(rpz.body, /whatsapp-verify-login/, 'upheld appeal removes the domain from exports');
  // Rate limit: 5 appeals a minute per client.
  const codes: number[] = [];
  for (let i = 0; i < 6; i++) codes.push((await t.app.inject({ method: 'POST', url: '/v1/appeals', payload: { ...body, value: `site${i}.example.org` } })).statusCode);
  assert.ok(codes.includes(429), codes.join(','));
});

test('indicator lifecycle and feeds views; bad ids', async () => {
  const ind = (await t.repos.indicators.list({ limit: 1, type: 'domain' })).items[0];
  const r = await get(`/v1/analyst/indicators/${ind?.id}/lifecycle`);
  assert.equal(r.statusCode, 200);
  assert.ok(r.json().expiresAt);
  assert.equal((await get('/v1/analyst/indicators/nope/lifecycle')).statusCode, 400);
  assert.equal((await get('/v1/analyst/indicators/00000000-0000-4000-8000-000000000000/lifecycle')).statusCode, 404);
  assert.deepEqual((await get('/v1/analyst/feeds')).json(), { items: [] });
});
