/** The tipline store contract (from @ghostguard/tipline) on SQLite and PostgreSQL, plus the service's extras. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runTiplineStoreContract } from '@ghostguard/tipline';
import { dbTargets } from '../../test/db-targets.ts';
import { createRepositories } from './index.ts';
import { createKyselyTiplineStore } from './tipline-store.ts';

const targets = await dbTargets();
const T0 = new Date('2026-03-01T10:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

for (const target of targets) {
  if (target.skip) {
    test(`tipline store on ${target.name}`, { skip: target.skip }, () => undefined);
    continue;
  }
  runTiplineStoreContract(target.name, async () => {
    const o = await target.open();
    return { store: createKyselyTiplineStore(o.db.db, o.db.kind), close: async () => { await o.db.close(); await o.drop(); } };
  });

  test(`${target.name} tipline store: concurrent claimers never share an item`, async () => {
    const o = await target.open();
    try {
      const s = createKyselyTiplineStore(o.db.db, o.db.kind);
      for (let i = 0; i < 40; i++) await s.enqueue({ channel: 'whatsapp', recipient: `7700${i}`, recipientHint: '7***', userKey: `u${i % 7}`, payload: { i }, createdAt: at(i) });
      const batches = await Promise.all(Array.from({ length: 8 }, () => s.claimDue(at(100), 7, 60_000)));
      const ids = batches.flat().map((x) => x.id);
      assert.equal(ids.length, 40);
      assert.equal(new Set(ids).size, 40, 'an item was handed to two claimers');
    } finally {
      await o.db.close();
      await o.drop();
    }
  });

  test(`${target.name} tipline store: retention, counts, hostile values, reports visible to analysts`, async () => {
    const o = await target.open();
    try {
      const s = createKyselyTiplineStore(o.db.db, o.db.kind);
      const repos = createRepositories(o.db.db, o.db.kind);
      const a = await s.enqueue({ channel: 'whatsapp', recipient: '77010000001', recipientHint: '7*********1', userKey: 'u', payload: { text: "'); drop table reports; --\u0000" }, createdAt: at(0) });
      const b = await s.enqueue({ channel: 'whatsapp', recipient: '77010000002', recipientHint: '7*********2', userKey: 'v', payload: { huge: 'x'.repeat(200_000) }, createdAt: at(1) });
      await s.claimDue(at(2), 10, 1000);
      await s.markSent(a.id, at(3), 'wamid.' + 'y'.repeat(1000));
      await s.markDead(b.id, 'e'.repeat(5000), at(4));
      assert.deepEqual(await s.countOutbox(), { sent: 1, dead: 1 });
      const [dead] = await s.listOutbox({ state: 'dead' });
      assert.equal(dead?.lastError?.length, 500, 'errors are bounded');
      assert.equal((dead?.payload as { huge: string }).huge.length, 200_000);
      assert.equal(await s.pruneOutbox(at(4)), 1, 'the sent item goes first');
      assert.equal(await s.pruneOutbox(at(5)), 1, 'then the dead one (it held a phone number)');
      assert.deepEqual(await s.listOutbox(), []);

      assert.equal(await s.claimMessage('telegram', 'z'.repeat(10_000), at(0)), true);
      assert.equal(await s.claimMessage('telegram', 'z'.repeat(10_000), at(0)), false, 'long ids are cut the same way both times');

      await s.saveConversation({ channel: 'whatsapp', userKey: 'old', updatedAt: at(0) });
      await s.saveConversation({ channel: 'whatsapp', userKey: 'new', happened: [], updatedAt: at(10) });
      assert.deepEqual((await s.getConversation('whatsapp', 'new'))?.happened, [], 'an empty list stays a list');
      assert.equal(await s.pruneConversations(at(5)), 1);
      assert.equal(await s.getConversation('whatsapp', 'old'), undefined);

      const id = await s.addReport({ channel: 'telegram', lang: 'kk', kind: 'image', level: 'dangerous', attack: 'qr-linking', happened: ['opened-link'], createdAt: at(0) });
      await repos.reports.insert({ text: 'from the web form', happened: ['none'], contactConsent: false, lang: 'ru' });
      const [only] = await s.listReports();
      assert.deepEqual([only?.id, only?.channel, only?.kind, only?.attack], [id, 'telegram', 'image', 'qr-linking']);
      assert.equal((await s.listReports()).length, 1, 'web reports are not tipline reports');
      const page = await repos.reports.list({ limit: 10 });
      const mine = page.items.find((r) => r.id === id);
      assert.deepEqual([mine?.source, mine?.contactConsent, mine?.contact], ['tipline:telegram', false, undefined]);
    } finally {
      await o.db.close();
      await o.drop();
    }
  });
}
