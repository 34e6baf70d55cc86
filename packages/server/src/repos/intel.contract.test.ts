/** The intel repositories' contract, run unchanged against SQLite and PostgreSQL (fresh database per run). */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { importFeed, type FeedSource } from '@ghostguard/intel';
import { dbTargets } from '../../test/db-targets.ts';
import { createRepositories, type Repositories } from './index.ts';
import type { Db } from '../db/connect.ts';
import { appealHost } from './intel-indicators.ts';

const targets = await dbTargets();
const DAY = 86_400_000;

for (const target of targets) {
  describe(`intel repositories on ${target.name}`, { ...(target.skip ? { skip: target.skip } : {}) }, () => {
    let db: Db;
    let drop: () => Promise<void>;
    let r: Repositories;
    before(async () => {
      const o = await target.open();
      db = o.db;
      drop = o.drop;
      r = createRepositories(db.db, db.kind);
    });
    after(async () => {
      await db?.close();
      await drop?.();
    });

    test('CT cursors survive a new repository object; hostile stored positions read as absent', async () => {
      const c = r.intel.state.ctCursors();
      assert.equal(await c.get('argon'), undefined);
      await c.set('argon', 1234);
      await c.set('argon', 1300);
      assert.equal(await createRepositories(db.db, db.kind).intel.state.ctCursors().get('argon'), 1300);
      await r.intel.state.setPosition('ct:broken', 'NaN; drop table x');
      assert.equal(await c.get('broken'), undefined);
      await r.intel.state.setPosition('cluster:reports', '2026-01-01T00:00:00.000Z|abc');
      assert.equal(await r.intel.state.getPosition('cluster:reports'), '2026-01-01T00:00:00.000Z|abc');
    });

    test('leases: one holder at a time; expiry hands over; concurrent takers never both win', async () => {
      const t0 = Date.parse('2026-03-01T00:00:00Z');
      assert.equal(await r.intel.state.tryLease('ct', 'w1', 60_000, t0), true);
      assert.equal(await r.intel.state.tryLease('ct', 'w2', 60_000, t0 + 1000), false);
      assert.equal(await r.intel.state.tryLease('ct', 'w1', 60_000, t0 + 2000), true, 'renewal');
      assert.equal(await r.intel.state.tryLease('ct', 'w2', 60_000, t0 + 70_000), true, 'expired lease taken over');
      const wins = await Promise.all(Array.from({ length: 6 }, (_, i) => r.intel.state.tryLease('race', `w${i}`, 60_000, t0)));
      assert.equal(wins.filter(Boolean).length, 1);
      await r.intel.state.releaseLease('ct', 'w2');
      assert.equal(await r.intel.state.tryLease('ct', 'w3', 60_000, t0 + 71_000), true, 'released');
    });

    test('feed statistics: registered sources, import outcome persisted as the FeedStatsStore port', async () => {
      const store = r.intel.state.feedStats();
      const src: FeedSource = { id: 'openphish', url: 'http://127.0.0.1:9/feed.txt', format: 'openphish', intervalMs: 60_000 };
      await store.register(src);
      assert.equal(await store.get('openphish'), undefined, 'registered but never imported');
      const body = 'https://whatsapp-verify-login.top/a\nhttps://whatsapp-verify-login.top/a\nnot a url\n';
      const fetch = async () => new Response(body, { status: 200, headers: { etag: '"v1"' } });
      const seen: string[] = [];
      const s = await importFeed(src, { fetch, stats: store, sink: { sight: async (x) => (seen.push(x.value), 'new') } });
      assert.equal(s.imports, 1);
      const again = await store.get('openphish');
      assert.equal(again?.etag, '"v1"');
      assert.equal(again?.imports, 1);
      const listed = await store.list();
      assert.deepEqual(listed.map((x) => [x.sourceId, x.format, x.intervalMs]), [['openphish', 'openphish', 60_000]]);
      assert.ok(seen.length >= 1);
    });

    test('sightings with sources: new vs known, per-source counts, worst level kept', async () => {
      const at = new Date().toISOString();
      const fresh = await r.intel.indicators.sight([
        { type: 'domain', value: 'whatsapp-verify-login.top', level: 'suspicious', source: 'ct:argon', at },
        { type: 'domain', value: 'whatsapp-verify-login.top', level: 'dangerous', source: 'ct:argon', at },
        { type: 'domain', value: 'whatsapp-verify-login.top', level: 'suspicious', source: 'feed:openphish', at },
      ]);
      assert.deepEqual([...fresh], ['domain:whatsapp-verify-login.top']);
      assert.equal((await r.intel.indicators.sight([{ type: 'domain', value: 'whatsapp-verify-login.top', level: 'suspicious', source: 'scan' }])).size, 0);
      const item = (await r.indicators.list({ limit: 10, q: 'whatsapp-verify' })).items[0];
      assert.ok(item);
      const life = await r.intel.indicators.lifecycle(item.id);
      assert.equal(life?.sightings, 4);
      assert.equal(life?.maxLevel, 'dangerous');
      assert.deepEqual(life?.sources.map((s) => [s.source, s.sightings]).sort(), [['ct:argon', 2], ['feed:openphish', 1], ['scan', 1]]);
      assert.equal(Date.parse(life?.expiresAt ?? '') - Date.parse(life?.lastSeen ?? ''), 7 * DAY);
    });

    test('expiry sweep: suspected after 7 days, confirmed after 30; a re-sighting revives', async () => {
      const old = new Date(Date.now() - 8 * DAY).toISOString();
      const older = new Date(Date.now() - 31 * DAY).toISOString();
      await r.intel.indicators.sight([
        { type: 'domain', value: 'old-vote-contest.live', level: 'dangerous', source: 'report', at: old },
        { type: 'domain', value: 'confirmed-kit.pro', level: 'dangerous', source: 'report', at: old },
        { type: 'domain', value: 'very-old-kit.xyz', level: 'dangerous', source: 'report', at: older },
      ]);
      const idOf = async (v: string) => (await r.indicators.list({ limit: 5, q: v })).items[0]?.id ?? '';
      await r.indicators.setStatus(await idOf('confirmed-kit.pro'), 'confirmed', null);
      await r.indicators.setStatus(await idOf('very-old-kit.xyz'), 'confirmed', null);
      const s = await r.intel.indicators.sweepExpiry();
      assert.equal(s.expired, 2);
      assert.equal((await r.indicators.get(await idOf('old-vote-contest.live')))?.status, 'expired');
      assert.equal((await r.indicators.get(await idOf('confirmed-kit.pro')))?.status, 'confirmed', 'confirmed lasts 30 days');
      await r.intel.indicators.sight([{ type: 'domain', value: 'old-vote-contest.live', level: 'suspicious', source: 'ct:argon' }]);
      assert.equal((await r.indicators.get(await idOf('old-vote-contest.live')))?.status, 'suspected', 'revived');
    });

    test('appeals: created open, resolved once (upheld allowlists the host and its URL indicators), listed', async () => {
      await r.intel.indicators.sight([
        { type: 'domain', value: 'flower-shop.kz', level: 'suspicious', source: 'report' },
        { type: 'url', value: 'https://flower-shop.kz/order?x=1', level: 'suspicious', source: 'report' },
        { type: 'url', value: 'https://other.kz/flower-shop.kz/', level: 'suspicious', source: 'report' },
      ]);
      const a = await r.intel.indicators.createAppeal(' https://flower-shop.kz/ ', 'This is our shop; the WhatsApp button is ours', 'owner@flower-shop.kz');
      assert.equal(a.status, 'open');
      const res = await r.intel.indicators.resolveAppeal(a.id, 'upheld', 'ana', 'verified ownership');
      assert.equal(res?.appeal.status, 'upheld');
      assert.equal(res?.changed, 2);
      assert.equal(await r.indicators.isAllowlisted('flower-shop.kz'), true);
      const urls = (await r.indicators.list({ limit: 10, type: 'url', q: 'flower-shop' })).items;
      assert.deepEqual(urls.map((u) => [u.value, u.status]).sort(), [['https://flower-shop.kz/order?x=1', 'false-positive'], ['https://other.kz/flower-shop.kz/', 'suspected']]);
      assert.equal(await r.intel.indicators.resolveAppeal(a.id, 'rejected', 'bob', 'second try'), undefined, 'resolved once');
      assert.equal(await r.intel.indicators.resolveAppeal('00000000-0000-4000-8000-000000000000', 'rejected', 'bob', 'x'), undefined);
      const b = await r.intel.indicators.createAppeal('x'.repeat(5000), 'r'.repeat(5000), undefined);
      assert.equal(b.value.length, 2048);
      assert.equal((await r.intel.indicators.listAppeals({ limit: 10, status: 'open' })).items.length, 1);
      assert.equal((await r.intel.indicators.listAppeals({ limit: 10 })).items.length, 2);
      assert.equal(appealHost('HTTPS://Flower-Shop.KZ./x'), 'flower-shop.kz');
      for (const bad of ['', 'not a domain', 'http://[::1]/', 'javascript:alert(1)', '\u0000.kz']) assert.equal(appealHost(bad), undefined, bad);
    });

    test('campaigns: assignment, merge folds members, totals recomputed, absorbed id resolves, list and members', async () => {
      const t = (h: number) => new Date(Date.parse('2026-03-01T00:00:00Z') + h * 3600_000).toISOString();
      await r.intel.campaigns.saveAssignment({ memberId: 'report:r1', kind: 'report', refId: 'r1', campaignId: 'c1', at: t(0), host: 'whatsapp-verify-login.top', lure: 'vote for my niece', reasons: [], brand: 'whatsapp', attack: 'ghostpairing' }, []);
      await r.intel.campaigns.saveAssignment({ memberId: 'scan:s1', kind: 'scan', refId: 's1', campaignId: 'c2', at: t(1), host: 'ballet-vote.live', kit: { domHash: 'abc' }, reasons: [], brand: 'whatsapp' }, []);
      await r.intel.campaigns.saveAssignment({ memberId: 'scan:s2', kind: 'scan', refId: 's2', campaignId: 'c1', at: t(2), host: 'ballet-vote.live', reasons: ['domain', 'lure'], brand: 'whatsapp', attack: 'ghostpairing' }, ['c2']);
      await r.intel.campaigns.saveAssignment({ memberId: 'scan:s2', kind: 'scan', refId: 's2', campaignId: 'c1', at: t(2), reasons: [] }, []);
      const c = await r.intel.campaigns.get('c2');
      assert.equal(c?.id, 'c1');
      assert.deepEqual([c?.members, c?.reports, c?.scans, c?.firstSeen, c?.lastSeen], [3, 1, 2, t(0), t(2)]);
      assert.equal(c?.brand, 'whatsapp');
      assert.match(c?.name ?? '', /whatsapp · ghostpairing/);
      const ms = await r.intel.campaigns.members('c1');
      assert.deepEqual(ms.map((m) => m.memberId), ['report:r1', 'scan:s1', 'scan:s2']);
      assert.deepEqual(ms[1]?.kit, { domHash: 'abc' });
      assert.deepEqual(ms[2]?.reasons, ['domain', 'lure']);
      const page = await r.intel.campaigns.list({ limit: 10 });
      assert.deepEqual(page.items.map((x) => x.id), ['c1']);
      assert.equal((await r.intel.campaigns.list({ limit: 10, minMembers: 4 })).items.length, 0);
      assert.equal((await r.intel.campaigns.membersSince(t(1))).length, 2);
      assert.equal(await r.intel.campaigns.hasMember('scan:s1'), true);
      assert.equal(await r.intel.campaigns.get('nope'), undefined);
    });

    test('feedstock: reports and finished scans after a cursor, detections per day, indicators of hosts', async () => {
      const id1 = await r.reports.insert({ text: 'Проголосуй за мою племянницу http://ballet-vote.live/v', happened: ['opened-link'], contactConsent: false, lang: 'ru', level: 'dangerous', verdict: { attack: 'ghostpairing', indicators: { domains: ['ballet-vote.live'] } } });
      const upTo = new Date(Date.now() + 1000).toISOString();
      const reps = await r.intel.feedstock.reportsAfter(undefined, upTo, 10);
      assert.equal(reps.at(-1)?.id, id1);
      assert.equal(reps.at(-1)?.verdict?.indicators?.domains?.[0], 'ballet-vote.live');
      const last = reps.at(-1);
      assert.equal((await r.intel.feedstock.reportsAfter(`${last?.at}|${last?.id}`, upTo, 10)).length, 0);
      const s = await r.scans.createOrReuse('http://ballet-vote.live/v', '1970-01-01T00:00:00.000Z');
      assert.equal((await r.intel.feedstock.scansAfter(undefined, upTo, 10)).length, 0, 'queued scans are not members yet');
      await r.scans.complete(s.scan.id, { level: 'dangerous', verdict: { brand: 'whatsapp' }, evidence: { html: '<p>x</p>' }, screenshot: null, worker: 'w' });
      const scans = await r.intel.feedstock.scansAfter(undefined, new Date(Date.now() + 1000).toISOString(), 10);
      assert.deepEqual(scans.map((x) => [x.id, x.verdict?.brand]), [[s.scan.id, 'whatsapp']]);
      await r.submissions.insert({ kind: 'text', lang: 'ru', content: 'x', level: 'dangerous', score: 90, attack: 'ghostpairing', verdict: { brand: 'whatsapp', language: 'ru' } });
      await r.submissions.insert({ kind: 'text', lang: 'ru', content: 'y', level: 'safe', score: 0, verdict: {} });
      const agg = await r.intel.feedstock.detectionsByDay('2000-01-01T00:00:00.000Z', upTo);
      assert.deepEqual(agg.map((a) => [a.attack, a.brand, a.language, a.count]), [['ghostpairing', 'whatsapp', 'ru', 1]]);
      assert.equal((await r.intel.feedstock.flaggedScans('2000-01-01T00:00:00.000Z', upTo, 10)).length, 1);
      await r.intel.indicators.sight([{ type: 'url', value: 'http://ballet-vote.live/v', level: 'dangerous', source: 'scan' }, { type: 'domain', value: 'ballet-vote.live', level: 'dangerous', source: 'scan' }]);
      const ofHosts = await r.intel.feedstock.indicatorsOfHosts(['BALLET-VOTE.live']);
      assert.deepEqual(ofHosts.map((i) => i.value).sort(), ['ballet-vote.live', 'http://ballet-vote.live/v']);
      assert.deepEqual(await r.intel.feedstock.indicatorsOfHosts([]), []);
    });
  });
}
