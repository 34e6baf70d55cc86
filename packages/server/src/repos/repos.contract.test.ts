/** One contract suite, run unchanged against SQLite and PostgreSQL. */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '../../test/db-targets.ts';
import { migrateToLatest } from '../db/migrations.ts';
import { createRepositories, type Repositories } from './index.ts';
import type { Db } from '../db/connect.ts';

const targets = await dbTargets();
const EPOCH = '1970-01-01T00:00:00.000Z';

for (const target of targets) {
  describe(`repositories on ${target.name}`, { ...(target.skip ? { skip: target.skip } : {}) }, () => {
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

    test('migrations are idempotent', async () => {
      assert.deepEqual(await migrateToLatest(db.db as never, db.kind), []);
    });

    test('submissions: insert, filter, case-insensitive search with literal % and _, cursor, retention', async () => {
      for (let i = 0; i < 5; i++) await r.submissions.insert({ kind: i % 2 ? 'url' : 'text', lang: 'ru', content: `Contest VOTE ${i} 100%_off`, level: i === 4 ? 'dangerous' : 'safe', score: i * 10, verdict: { i } });
      assert.equal((await r.submissions.list({ limit: 50, level: 'dangerous' })).items.length, 1);
      assert.equal((await r.submissions.list({ limit: 50, kind: 'url' })).items.length, 2);
      assert.equal((await r.submissions.list({ limit: 50, q: 'contest vote' })).items.length, 5);
      assert.equal((await r.submissions.list({ limit: 50, q: '100%_off' })).items.length, 5);
      assert.equal((await r.submissions.list({ limit: 50, q: '100%x' })).items.length, 0);
      const p1 = await r.submissions.list({ limit: 3 });
      const p2 = await r.submissions.list({ limit: 3, ...(p1.nextCursor ? { cursor: p1.nextCursor } : {}) });
      assert.equal(p1.items.length + p2.items.length, 5);
      assert.equal(new Set([...p1.items, ...p2.items].map((x) => x.id)).size, 5);
      // Rows of one millisecond have no defined order between them; the set is what matters.
      assert.deepEqual(new Set([...p1.items, ...p2.items].map((x) => (x.verdict as { i: number }).i)), new Set([0, 1, 2, 3, 4]));
      assert.equal(await r.submissions.deleteOlderThan(EPOCH), 0);
      assert.equal(await r.submissions.deleteOlderThan('2999-01-01T00:00:00.000Z'), 5);
    });

    test('reports: stored and listed with their fields', async () => {
      const id = await r.reports.insert({ text: 'code ######', happened: ['entered-code', 'lost-money'], region: 'Almaty', contactConsent: true, contact: 'a@b.c', lang: 'kk', level: 'dangerous', verdict: { x: 1 } });
      const page = await r.reports.list({ limit: 10, happened: 'lost-money', region: 'Almaty' });
      assert.equal(page.items[0]?.id, id);
      assert.deepEqual(page.items[0]?.happened, ['entered-code', 'lost-money']);
      assert.equal(page.items[0]?.contactConsent, true);
      assert.equal((await r.reports.list({ limit: 10, q: 'nothing-like-this' })).items.length, 0);
    });

    test('scans: reuse window, completion with screenshot bytes, status counts', async () => {
      const a = await r.scans.createOrReuse('https://a.example/', EPOCH);
      const b = await r.scans.createOrReuse('https://a.example/', EPOCH);
      assert.equal(a.reused, false);
      assert.equal(b.reused, true);
      assert.equal(b.scan.id, a.scan.id);
      const fresh = await r.scans.createOrReuse('https://a.example/', '2999-01-01T00:00:00.000Z');
      assert.equal(fresh.reused, false);
      await r.scans.markRunning(a.scan.id, 'w');
      const png = new Uint8Array([137, 80, 78, 71, 0, 255]);
      await r.scans.complete(a.scan.id, { level: 'dangerous', verdict: { v: 1 }, evidence: { e: 2 }, screenshot: png, worker: 'w' });
      const got = await r.scans.get(a.scan.id);
      assert.equal(got?.status, 'done');
      assert.equal(got?.attempts, 1);
      assert.deepEqual(got?.evidence, { e: 2 });
      assert.deepEqual([...((await r.scans.screenshot(a.scan.id)) ?? [])], [...png]);
      await r.scans.fail(fresh.scan.id, 'boom');
      assert.deepEqual(await r.scans.countByStatus(), { done: 1, failed: 1 });
      assert.equal((await r.scans.list({ limit: 10, level: 'dangerous' })).items.length, 1);
      assert.equal(await r.scans.deleteOlderThan('2999-01-01T00:00:00.000Z'), 2);
      assert.equal(await r.scans.screenshot(a.scan.id), undefined);
    });

    test('indicators: sightings accumulate, dangerous wins, allowlist sticks', async () => {
      await r.indicators.upsert('domain', 'evil.top', 'suspicious');
      await r.indicators.upsert('domain', 'evil.top', 'dangerous');
      await r.indicators.upsert('domain', 'evil.top', 'suspicious');
      const [ind] = (await r.indicators.list({ limit: 10, q: 'EVIL' })).items;
      assert.equal(ind?.sightings, 3);
      assert.equal(ind?.maxLevel, 'dangerous');
      assert.equal((await r.indicators.setStatus(ind?.id ?? '', 'confirmed', 'seen'))?.status, 'confirmed');
      const al = await r.indicators.allowlist('evil.top', 'court order', 'ana');
      assert.equal(al.updated, 1);
      assert.equal(await r.indicators.isAllowlisted('evil.top'), true);
      await r.indicators.upsert('url', 'evil.top', 'dangerous');
      assert.equal((await r.indicators.list({ limit: 10, type: 'url' })).items[0]?.status, 'allowlisted');
    });

    test('submissions: insertMany keeps given ids, times and serialised verdicts, in chunks, all or nothing', async () => {
      const at = '2030-01-01T00:00:00.000Z';
      const rows = Array.from({ length: 250 }, (_, i) => ({
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, createdAt: at, kind: 'text' as const, lang: 'kk',
        content: `batch ${i}`, level: 'safe', score: 0, verdict: null, verdictJson: JSON.stringify({ i }),
      }));
      await r.submissions.insertMany(rows);
      await r.submissions.insertMany([]);
      const got = await r.submissions.list({ limit: 300, from: at });
      assert.equal(got.items.length, 250);
      assert.deepEqual(new Set(got.items.map((x) => (x.verdict as { i: number }).i)).size, 250);
      assert.equal(got.items.find((x) => x.content === 'batch 7')?.id, rows[7]?.id);
      // A duplicate id in a later chunk fails the transaction: nothing of the batch stays.
      const fresh = rows.slice(0, 100).map((x, i) => ({ ...x, id: `10000000-0000-4000-8000-${String(i).padStart(12, '0')}` }));
      const bad = [...fresh, { ...fresh[0]! }];
      await assert.rejects(r.transaction((t) => t.submissions.insertMany(bad)));
      assert.equal((await r.submissions.list({ limit: 300, from: at })).items.length, 250);
      assert.equal(await r.submissions.deleteOlderThan('2999-01-01T00:00:00.000Z'), 250);
    });

    test('indicators: recordSightings aggregates duplicates, keeps the worst level and analysts\' status, honours the allowlist', async () => {
      await r.indicators.upsert('domain', 'kept.top', 'suspicious');
      const [kept] = (await r.indicators.list({ limit: 10, q: 'kept.top' })).items;
      await r.indicators.setStatus(kept?.id ?? '', 'false-positive', 'a school');
      await r.indicators.allowlist('friend.example', 'ours', 'ana');
      const many = Array.from({ length: 230 }, (_, i) => ({ type: 'domain' as const, value: `d${i % 115}.top`, level: i === 3 ? 'dangerous' : 'suspicious', at: `2030-01-01T00:00:${String(i % 60).padStart(2, '0')}.000Z` }));
      await r.indicators.recordSightings([
        ...many,
        { type: 'domain', value: 'kept.top', level: 'dangerous' },
        { type: 'domain', value: 'friend.example', level: 'dangerous' },
        { type: 'url', value: 'https://d1.top/x', level: 'suspicious' },
      ]);
      await r.indicators.recordSightings([]);
      const all = (await r.indicators.list({ limit: 500 })).items;
      const d3 = all.find((x) => x.value === 'd3.top' && x.type === 'domain');
      assert.equal(d3?.sightings, 2);
      assert.equal(d3?.maxLevel, 'dangerous');
      assert.equal(all.find((x) => x.value === 'd4.top')?.maxLevel, 'suspicious');
      assert.equal(all.filter((x) => /^d\d+\.top$/.test(x.value)).length, 115);
      const k = all.find((x) => x.value === 'kept.top');
      assert.equal(k?.status, 'false-positive');
      assert.equal(k?.sightings, 2);
      assert.equal(k?.maxLevel, 'dangerous');
      assert.equal(all.find((x) => x.value === 'friend.example')?.status, 'allowlisted');
      assert.equal(all.find((x) => x.type === 'url')?.value, 'https://d1.top/x');
    });

    test('users, sessions and API keys', async () => {
      const uid = await r.users.upsertUser('ana', 'scrypt$hash', 'analyst');
      assert.equal(await r.users.upsertUser('ana', 'scrypt$hash2', 'admin'), uid);
      assert.equal((await r.users.findUser('ana'))?.role, 'admin');
      await r.users.createSession('th', uid, 'csrf', '2999-01-01T00:00:00.000Z');
      await r.users.createSession('old', uid, 'csrf', '2000-01-01T00:00:00.000Z');
      assert.equal((await r.users.findSession('th', new Date().toISOString()))?.user.username, 'ana');
      assert.equal(await r.users.findSession('old', new Date().toISOString()), undefined);
      assert.equal(await r.users.deleteExpiredSessions(new Date().toISOString()), 1);
      await r.users.addApiKey('bot', 'kh', 'analyst');
      assert.equal((await r.users.findApiKey('kh'))?.name, 'bot');
      assert.equal(await r.users.findApiKey('nope'), undefined);
    });

    test('audit log pages newest first', async () => {
      for (let i = 0; i < 3; i++) await r.audit.add('ana', `act-${i}`, 't', { i });
      const p = await r.audit.list({ limit: 2 });
      assert.equal(p.items.length, 2);
      assert.ok(p.nextCursor);
    });

    test('jobs: idempotent enqueue, claim once, retry then dead-letter', async () => {
      await r.jobs.enqueue('scan', { scanId: 's1' }, { maxAttempts: 2, id: '00000000-0000-4000-8000-000000000001' });
      await r.jobs.enqueue('scan', { scanId: 's1' }, { maxAttempts: 2, id: '00000000-0000-4000-8000-000000000001' });
      assert.equal(await r.jobs.depth(), 1);
      const [x, y] = await Promise.all([r.jobs.claim('scan', 'a', 60_000), r.jobs.claim('scan', 'b', 60_000)]);
      assert.equal([x, y].filter(Boolean).length, 1, 'claimed by exactly one worker');
      const id = (x ?? y)?.id ?? '';
      assert.equal(await r.jobs.retryOrBury(id, 'e1', 0), 'retry');
      const again = await r.jobs.claim('scan', 'a', 60_000);
      assert.equal(again?.attempts, 2);
      assert.equal(await r.jobs.retryOrBury(id, 'e2', 0), 'dead');
      assert.equal((await r.jobs.get(id))?.status, 'dead');
      assert.deepEqual(await r.jobs.countByStatus(), { dead: 1 });
      assert.equal(await r.jobs.deleteFinishedOlderThan('2999-01-01T00:00:00.000Z'), 1);
    });
  });
}
