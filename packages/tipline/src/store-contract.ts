/**
 * The contract every TiplineStore must pass. The service runs it against its Kysely store:
 *   runTiplineStoreContract('sqlite', async () => ({ store: createKyselyTiplineStore(db), close }))
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NewOutboxItem, TiplineStore } from './store.ts';

export interface StoreUnderTest {
  readonly store: TiplineStore;
  readonly close?: () => Promise<void>;
}

const T0 = new Date('2026-03-01T10:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

function item(n: number, createdAt = at(n)): NewOutboxItem {
  return { channel: 'whatsapp', recipient: `7701000000${n}`, recipientHint: '7*******0', userKey: `u${n}`, payload: { text: { body: `reply ${n}` } }, createdAt };
}

export function runTiplineStoreContract(name: string, open: () => Promise<StoreUnderTest>): void {
  const withStore = (title: string, fn: (s: TiplineStore) => Promise<void>) =>
    test(`${name} store: ${title}`, async () => {
      const s = await open();
      try {
        await fn(s.store);
      } finally {
        await s.close?.();
      }
    });

  withStore('message ids are claimed once per channel, and pruned by age', async (s) => {
    assert.equal(await s.claimMessage('whatsapp', 'wamid.1', at(0)), true);
    assert.equal(await s.claimMessage('whatsapp', 'wamid.1', at(5)), false);
    assert.equal(await s.claimMessage('telegram', 'wamid.1', at(5)), true);
    assert.equal(await s.pruneMessages(at(1)), 1);
    assert.equal(await s.claimMessage('whatsapp', 'wamid.1', at(9)), true);
  });

  withStore('outbox: enqueue → claim → sent clears the recipient', async (s) => {
    const a = await s.enqueue(item(1));
    assert.deepEqual([a.state, a.attempts], ['pending', 0]);
    assert.deepEqual(await s.claimDue(at(0), 10, 1000), [], 'not due before its time');
    const [c] = await s.claimDue(at(10), 10, 1000);
    assert.deepEqual([c?.id, c?.state, c?.attempts], [a.id, 'sending', 1]);
    assert.deepEqual(c?.payload, { text: { body: 'reply 1' } });
    assert.deepEqual(await s.claimDue(at(20), 10, 1000), [], 'a leased item is not handed out twice');
    await s.markSent(a.id, at(30), 'wamid.out');
    const [sent] = await s.listOutbox({ state: 'sent' });
    assert.deepEqual([sent?.state, sent?.recipient, sent?.providerMessageId, sent?.recipientHint], ['sent', '', 'wamid.out', '7*******0']);
  });

  withStore('outbox: retry later, expired leases are reclaimed, dead is visible and requeueable', async (s) => {
    const a = await s.enqueue(item(1));
    await s.claimDue(at(1), 10, 1000);
    await s.markRetry(a.id, 'HTTP 500', at(5000), at(2));
    assert.deepEqual(await s.claimDue(at(4999), 10, 1000), []);
    const [again] = await s.claimDue(at(5000), 10, 1000);
    assert.deepEqual([again?.attempts, again?.lastError], [2, 'HTTP 500']);
    // The sender crashed: its lease runs out and the item is taken again.
    const [reclaimed] = await s.claimDue(at(6001), 10, 1000);
    assert.equal(reclaimed?.attempts, 3);
    await s.markDead(a.id, 'gave up after 3 attempts', at(7000));
    const [dead] = await s.listOutbox({ state: 'dead' });
    assert.deepEqual([dead?.id, dead?.lastError, dead?.recipient], [a.id, 'gave up after 3 attempts', '77010000001']);
    assert.deepEqual(await s.claimDue(at(99_000), 10, 1000), [], 'dead items are not retried by themselves');
    assert.equal(await s.requeue(a.id, at(8000)), true);
    assert.equal(await s.requeue(a.id, at(8000)), false, 'only dead items can be requeued');
    assert.equal((await s.claimDue(at(8000), 10, 1000)).length, 1);
  });

  withStore('outbox: oldest first, limit respected, listOutbox newest first', async (s) => {
    for (const n of [3, 1, 2]) await s.enqueue(item(n));
    const claimed = await s.claimDue(at(100), 2, 1000);
    assert.deepEqual(claimed.map((c) => c.userKey), ['u1', 'u2']);
    assert.deepEqual((await s.listOutbox()).map((c) => c.userKey), ['u3', 'u2', 'u1']);
    assert.equal((await s.listOutbox({ limit: 1 })).length, 1);
  });

  withStore('conversations: saved and read back per channel and user key', async (s) => {
    assert.equal(await s.getConversation('telegram', 'k1'), undefined);
    const c = {
      channel: 'telegram' as const,
      userKey: 'k1',
      lang: 'kk' as const,
      lastLang: 'ru' as const,
      lastInboundAt: at(1),
      lastCase: { kind: 'text' as const, text: 'Сәлем ####', url: 'https://x.top/', level: 'dangerous' as const, attack: 'ghostpairing', score: 90, at: at(1) },
      happened: ['entered-code' as const],
      updatedAt: at(2),
    };
    await s.saveConversation(c);
    assert.deepEqual(await s.getConversation('telegram', 'k1'), c);
    assert.equal(await s.getConversation('whatsapp', 'k1'), undefined);
    await s.saveConversation({ ...c, lang: 'ru', groupMode: 'off', updatedAt: at(3) });
    const back = await s.getConversation('telegram', 'k1');
    assert.deepEqual([back?.lang, back?.groupMode], ['ru', 'off']);
  });

  withStore('reports: stored with an id, listed newest first', async (s) => {
    const base = { channel: 'whatsapp' as const, lang: 'ru' as const, kind: 'text' as const, level: 'dangerous' as const, happened: [], createdAt: at(1) };
    const id1 = await s.addReport({ ...base, text: 'первый' });
    const id2 = await s.addReport({ ...base, text: 'второй', url: 'https://x.top/', attack: 'ghostpairing', happened: ['entered-number'], createdAt: at(2) });
    assert.notEqual(id1, id2);
    const list = await s.listReports(10);
    assert.deepEqual(list.map((r) => [r.id, r.text]), [[id2, 'второй'], [id1, 'первый']]);
    assert.deepEqual(list[0]?.happened, ['entered-number']);
  });
}
