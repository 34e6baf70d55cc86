import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { qrPhotoPng } from '@ghostguard/vision/testing';
import { startWhatsAppHarness, waEvent, WA_VERIFY, type WhatsAppHarness } from './harness.ts';
import { TEXTS } from '../texts.ts';
import { RateLimiter } from '../rate-limit.ts';

const FROM = '77011234567';
type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const LURES = {
  kk: 'Сәлем! Жиенім байқауға қатысып жатыр, дауыс беріңізші: https://bala-konkurs.pro/vote',
  ru: 'Привет! Это ты на фото? Посмотри: http://foto-album.top/view/8841',
  en: 'Hi! Is this you in the photo? Have a look http://photo-share.top/album/2210',
};

async function withHarness(fn: (h: WhatsAppHarness) => Promise<void>, opts = {}): Promise<void> {
  const h = await startWhatsAppHarness(opts);
  try {
    await fn(h);
  } finally {
    await h.close();
  }
}

test('GET verification handshake: echoes the challenge only for the right token', async () => {
  await withHarness(async (h) => {
    const get = (q: string) => h.app.inject({ method: 'GET', url: `/v1/tiplines/whatsapp/webhook?${q}` });
    const ok = await get(`hub.mode=subscribe&hub.verify_token=${WA_VERIFY}&hub.challenge=1158201444`);
    assert.deepEqual([ok.statusCode, ok.body], [200, '1158201444']);
    assert.equal((await get('hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1')).statusCode, 403);
    assert.equal((await get(`hub.mode=unsubscribe&hub.verify_token=${WA_VERIFY}&hub.challenge=1`)).statusCode, 403);
    assert.equal((await get(`hub.mode=subscribe&hub.verify_token=${WA_VERIFY}&hub.challenge=<script>`)).statusCode, 400);
  });
});

test('unsigned, wrongly signed and non-JSON bodies are rejected; nothing is sent', async () => {
  await withHarness(async (h) => {
    const body = waEvent(FROM, { type: 'text', text: { body: LURES.ru } }, h.clock.t);
    assert.equal((await h.post(body, null)).status, 401);
    assert.equal((await h.post(body, 'sha256=' + '0'.repeat(64))).status, 401);
    assert.equal((await h.post(body, 'sha1=abc')).status, 401);
    // Signed for a different body (the attacker changed the text after signing).
    const other = await h.post({ ...body, extra: 1 }, (await import('./signature.ts')).signBody('test-app-secret', Buffer.from(JSON.stringify(body))));
    assert.equal(other.status, 401);
    assert.equal((await h.post('{not json')).status, 400);
    assert.equal((await h.post(randomBytes(2000).toString('latin1'))).status, 400);
    assert.equal(h.graph.sent.length, 0);
  });
});

for (const lang of ['kk', 'ru', 'en'] as const) {
  test(`conversation (${lang}): lure → verdict + recovery buttons → "I entered a code" → steps → report`, async () => {
    await withHarness(async (h) => {
      const r = await h.post(waEvent(FROM, { type: 'text', text: { body: LURES[lang] }, context: { forwarded: true } }, h.clock.t));
      assert.equal(r.status, 200);
      assert.equal(h.graph.sent.length, 2);
      const [verdict, ask] = h.graph.sent.map((s) => s.body as Body);
      assert.equal(verdict?.['to'], FROM);
      assert.match(verdict?.['text'].body, /⛔/);
      assert.equal(ask?.['type'], 'interactive');
      const buttons = ask?.['interactive'].action.buttons as Body[];
      assert.deepEqual(buttons.map((b) => b['reply'].title), Object.values(TEXTS[lang].buttons));
      assert.ok(buttons.every((b) => [...b['reply'].title].length <= 20));

      await h.post(waEvent(FROM, { type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: 'happened:entered-code', title: 'x' } } }, h.clock.t));
      const steps = h.graph.sent[2]?.body as Body;
      assert.match(steps['text'].body, new RegExp(TEXTS[lang].recoveryHeader));
      const consent = h.graph.sent[3]?.body as Body;
      assert.deepEqual(consent['interactive'].action.buttons.map((b: Body) => b['reply'].id), ['report:yes', 'report:no']);

      await h.post(waEvent(FROM, { type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: 'report:yes', title: 'x' } } }, h.clock.t));
      const [report] = await h.store.listReports();
      assert.deepEqual([report?.channel, report?.lang, report?.level, report?.happened], ['whatsapp', lang, 'dangerous', ['entered-code']]);
      assert.equal((h.graph.sent[4]?.body as Body)['text'].body, TEXTS[lang].reportThanks);
    });
  });
}

test('duplicate deliveries are answered once; stale and future-dated events are dropped', async () => {
  await withHarness(async (h) => {
    const body = waEvent(FROM, { type: 'text', text: { body: LURES.en } }, h.clock.t);
    assert.equal((await h.post(body)).json['accepted'], 1);
    assert.equal((await h.post(body)).json['duplicates'], 1);
    assert.equal(h.graph.sent.length, 2);
    const stale = await h.post(waEvent(FROM, { type: 'text', text: { body: LURES.en } }, h.clock.t, 11 * 60_000));
    assert.deepEqual([stale.status, stale.json['stale']], [200, 1]);
    const future = await h.post(waEvent(FROM, { type: 'text', text: { body: LURES.en } }, h.clock.t, -60 * 60_000));
    assert.equal(future.json['stale'], 1);
    const otherNumber = JSON.parse(JSON.stringify(waEvent(FROM, { type: 'text', text: { body: 'hi' } }, h.clock.t)).replace(/106540352242922/, '999999'));
    assert.equal((await h.post(otherNumber)).json['ignored'], 1);
    assert.equal(h.graph.sent.length, 2);
  });
});

test('QR photo through the media endpoint → "this QR links a device"; oversized and corrupt images answered', async () => {
  await withHarness(async (h) => {
    const payload = [`2@${randomBytes(40).toString('base64')}`, ...[1, 2, 3].map(() => randomBytes(32).toString('base64'))].join(',');
    h.graph.addMedia('m1', await qrPhotoPng(payload, { width: 700, height: 560 }));
    h.graph.addMedia('big', new Uint8Array(10), 'image/jpeg', 50 * 1024 * 1024);
    h.graph.addMedia('junk', randomBytes(3000), 'image/jpeg');
    await h.post(waEvent(FROM, { type: 'image', image: { id: 'm1', mime_type: 'image/png' } }, h.clock.t));
    assert.match((h.graph.sent[0]?.body as Body)['text'].body, /QR-код привязывает устройство|QR code links a device/);
    await h.post(waEvent(FROM, { type: 'image', image: { id: 'big' } }, h.clock.t));
    await h.post(waEvent(FROM, { type: 'image', image: { id: 'junk' } }, h.clock.t));
    const texts = h.graph.sent.slice(-2).map((s) => (s.body as Body)['text'].body);
    assert.deepEqual(texts, [TEXTS.ru.imageTooLarge, TEXTS.ru.imageUnreadable]);
    assert.ok(h.graph.calls.includes('GET /v21.0/m1') && h.graph.calls.includes('GET /media-download/m1'));
  }, { recognise: async () => '' });
});

test('Graph API down: replies wait in the outbox, are retried with backoff and delivered on recovery', async () => {
  await withHarness(async (h) => {
    h.graph.failNext(2, 500);
    h.graph.failNext(1, 429, 30);
    await h.post(waEvent(FROM, { type: 'text', text: { body: LURES.ru } }, h.clock.t));
    assert.equal(h.graph.sent.length, 0);
    const [second, pending] = await h.store.listOutbox({ state: 'pending' });
    assert.ok(pending && /HTTP 500/.test(pending.lastError ?? ''));
    assert.match(second?.lastError ?? '', /waiting for an earlier reply/, 'the second reply never overtakes the first');
    assert.equal(pending?.recipientHint, '7********67');
    h.clock.t += 1000; // first retry after 1 s (base delay): the second 500
    await h.tipline.outbox.pump();
    h.clock.t += 2000; // then the 429 with Retry-After: 30 s
    await h.tipline.outbox.pump();
    h.clock.t += 10_000;
    assert.equal(await h.tipline.outbox.pump(), 0, 'Retry-After is honoured');
    h.clock.t += 25_000;
    assert.equal(await h.tipline.outbox.pump(), 2);
    assert.equal(h.graph.sent.length, 2);
    const sent = await h.store.listOutbox({ state: 'sent' });
    assert.ok(sent.length === 2 && sent.every((s) => s.recipient === '' && s.providerMessageId?.startsWith('wamid.out.')));
  });
});

test('after max attempts an item is dead and visible; an analyst can requeue it', async () => {
  await withHarness(async (h) => {
    h.graph.failNext(100, 503);
    await h.post(waEvent(FROM, { type: 'text', text: { body: 'help' } }, h.clock.t));
    for (let i = 0; i < 6; i++) {
      h.clock.t += 60_000;
      await h.tipline.outbox.pump();
    }
    const [dead] = await h.store.listOutbox({ state: 'dead' });
    assert.ok(dead && dead.attempts === 4 && /after 4 attempt/.test(dead.lastError ?? ''));
    assert.equal(await h.store.requeue(dead.id, new Date(h.clock.t)), true);
    assert.equal((await h.store.listOutbox({ state: 'pending' })).length, 1);
  });
});

test('a 400 from the Graph API is not retried (dead at once)', async () => {
  await withHarness(async (h) => {
    h.graph.failNext(1, 400);
    await h.post(waEvent(FROM, { type: 'text', text: { body: 'help' } }, h.clock.t));
    const [dead] = await h.store.listOutbox({ state: 'dead' });
    assert.equal(dead?.attempts, 1);
  });
});

test('24-hour window: inside free-form; outside the approved template (or dead without one)', async () => {
  await withHarness(async (h) => {
    h.graph.failNext(1, 500);
    await h.post(waEvent(FROM, { type: 'text', text: { body: LURES.ru } }, h.clock.t));
    h.clock.t += 25 * 3600_000; // the API was down for a day
    await h.tipline.outbox.pump();
    const bodies = h.graph.sent.map((s) => s.body as Body);
    assert.deepEqual(bodies.map((b) => b['type']), ['template']);
    assert.match((await h.store.listOutbox({ state: 'dead' }))[0]?.lastError ?? '', /reply buttons need an open window/);
    assert.deepEqual(bodies[0]?.['template'].name, 'ghostguard_answer');
    assert.equal(bodies[0]?.['template'].language.code, 'ru');
  }, { templateName: 'ghostguard_answer' });
  await withHarness(async (h) => {
    h.graph.failNext(1, 500);
    await h.post(waEvent(FROM, { type: 'text', text: { body: LURES.ru } }, h.clock.t));
    h.clock.t += 25 * 3600_000;
    await h.tipline.outbox.pump();
    assert.equal(h.graph.sent.length, 0);
    assert.equal((await h.store.listOutbox({ state: 'dead' })).length, 2);
  });
});

test('per-user rate limit: one "wait" message, then silence', async () => {
  await withHarness(async (h) => {
    for (let i = 0; i < 5; i++) await h.post(waEvent(FROM, { type: 'text', text: { body: `hello ${i}` } }, h.clock.t));
    const texts = h.graph.sent.map((s) => (s.body as Body)['text']?.body as string);
    assert.equal(texts.filter((t) => t === TEXTS.ru.rateLimited).length, 1);
    assert.equal(texts.length, 3);
  }, { rateLimiter: new RateLimiter({ burst: 2, perMinute: 1 }) });
});

test('hostile bodies: huge text, unknown types, malformed entries are handled without 5xx', async () => {
  await withHarness(async (h) => {
    const huge = await h.post(waEvent(FROM, { type: 'text', text: { body: 'а'.repeat(200_000) } }, h.clock.t));
    assert.equal(huge.status, 200);
    assert.equal((await h.post(waEvent(FROM, { type: 'sticker', sticker: { id: 's' } }, h.clock.t))).status, 200);
    for (const body of [{}, { object: 'whatsapp_business_account', entry: 'x' }, { object: 'whatsapp_business_account', entry: [{ changes: [{ field: 'messages', value: { messages: [{ id: 1 }] } }] }] }, []]) {
      const r = await h.post(body);
      assert.deepEqual([r.status, r.json['accepted']], [200, 0]);
    }
    const last = h.graph.sent.at(-1)?.body as Body;
    assert.equal(last['text'].body, TEXTS.ru.unsupported);
  });
});
