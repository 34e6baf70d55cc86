/** Start-up of the tiplines: each channel's state is logged (off says why, no secrets); retention prunes by age. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { connect } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrations.ts';
import { loadConfig } from '../config.ts';
import { Metrics } from '../metrics.ts';
import { tempDir } from '../../test/helpers.ts';
import { startTiplines } from './service-hooks.ts';
import { enforceTiplineRetention } from './setup.ts';

async function withDb(fn: (o: { db: ReturnType<typeof connect>; dir: string }) => Promise<void>) {
  const dir = tempDir();
  const db = connect({ kind: 'sqlite', sqlitePath: join(dir, 't.db') });
  await migrateToLatest(db.db as never, 'sqlite');
  try {
    await fn({ db, dir });
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function capture() {
  const lines: string[] = [];
  const put = (a: unknown, b?: unknown) => void lines.push(typeof a === 'string' ? a : String(b ?? JSON.stringify(a)));
  return { lines, log: { info: put, warn: put, error: put } as never };
}

test('channels without configuration are off and say why; secrets never appear in the log', async () => {
  await withDb(async ({ db, dir }) => {
    const closers: (() => void)[] = [];
    const c = capture();
    const env = { WHATSAPP_APP_SECRET: 'very-secret-app-secret', TELEGRAM_BOT_TOKEN: '123456789:AAHsecretTokenSecretTokenSecret00', TELEGRAM_WEBHOOK_SECRET: 'short' };
    const t = startTiplines({ config: loadConfig({}, { DATA_DIR: dir }), env, db, metrics: new Metrics(), log: c.log, closers });
    for (const f of closers) f();
    assert.equal(t.tiplines.whatsapp, undefined);
    assert.equal(t.tiplines.telegram, undefined);
    const text = c.lines.join('\n');
    assert.match(text, /tipline whatsapp: off \(missing WHATSAPP_VERIFY_TOKEN, WHATSAPP_ACCESS_TOKEN, WHATSAPP_PHONE_NUMBER_ID\)/);
    assert.match(text, /tipline telegram webhook: off \(TELEGRAM_WEBHOOK_SECRET must be/);
    assert.ok(!/very-secret|secretToken|short/.test(text), text);
  });
});

test('with full configuration both channels are on (and the empty environment turns both off)', async () => {
  await withDb(async ({ db, dir }) => {
    const closers: (() => void)[] = [];
    const c = capture();
    const env = {
      WHATSAPP_APP_SECRET: 's', WHATSAPP_VERIFY_TOKEN: 'v', WHATSAPP_ACCESS_TOKEN: 'a', WHATSAPP_PHONE_NUMBER_ID: '1234567',
      TELEGRAM_BOT_TOKEN: '123456789:AAHsecretTokenSecretTokenSecret00', TELEGRAM_WEBHOOK_SECRET: 'a-good-webhook-secret-1',
    };
    const on = startTiplines({ config: loadConfig({}, { DATA_DIR: dir }), env, db, metrics: new Metrics(), log: c.log, closers });
    assert.ok(on.tiplines.whatsapp && on.tiplines.telegram);
    assert.match(c.lines.join('\n'), /whatsapp: on \(phone number id 1234567/);
    const off = startTiplines({ config: loadConfig({}, { DATA_DIR: dir }), env: {}, db, metrics: new Metrics(), log: capture().log, closers });
    assert.deepEqual([off.tiplines.whatsapp, off.tiplines.telegram], [undefined, undefined]);
    for (const f of closers) f();
  });
});

test('retention: message ids and finished replies after 7 days, idle conversations after the configured days', async () => {
  await withDb(async ({ db, dir }) => {
    const closers: (() => void)[] = [];
    const { tiplines: { store } } = startTiplines({ config: loadConfig({}, { DATA_DIR: dir }), env: {}, db, metrics: new Metrics(), log: capture().log, closers });
    for (const f of closers) f();
    const now = Date.parse('2026-03-20T00:00:00Z');
    const daysAgo = (d: number) => new Date(now - d * 86_400_000);
    await store.claimMessage('whatsapp', 'old', daysAgo(8));
    await store.claimMessage('whatsapp', 'new', daysAgo(6));
    const sent = await store.enqueue({ channel: 'whatsapp', recipient: '7701', recipientHint: '7*01', userKey: 'u', payload: {}, createdAt: daysAgo(9) });
    await store.claimDue(daysAgo(9), 1, 1000);
    await store.markSent(sent.id, daysAgo(9));
    await store.enqueue({ channel: 'whatsapp', recipient: '7702', recipientHint: '7*02', userKey: 'v', payload: {}, createdAt: daysAgo(9) });
    await store.saveConversation({ channel: 'telegram', userKey: 'idle', updatedAt: daysAgo(40) });
    await store.saveConversation({ channel: 'telegram', userKey: 'recent', updatedAt: daysAgo(10) });
    assert.deepEqual(await enforceTiplineRetention(store, 30, now), { messages: 1, outbox: 1, conversations: 1 });
    assert.equal((await store.listOutbox()).length, 1, 'a pending reply is never pruned');
    assert.equal(await store.claimMessage('whatsapp', 'new', daysAgo(0)), false);
  });
});
