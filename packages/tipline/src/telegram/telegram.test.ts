import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { linkedDevicesHtml, lureChatHtml, openRenderer, qrPhotoPng, type Renderer } from '@ghostguard/vision/testing';
import { createMemoryStore } from '../memory-store.ts';
import { RateLimiter } from '../rate-limit.ts';
import type { TiplineStore } from '../store.ts';
import { startFakeTelegram, type FakeTelegram } from '../testing/fake-telegram.ts';
import { TEXTS } from '../texts.ts';
import { TelegramTipline } from './bot.ts';
import { telegramWebhookPlugin } from './webhook.ts';

const TOKEN = '123456789:AAEhBOweik6ad9r_QXMENQjcrGbqCr4K-bs';
const SECRET = 'webhook_secret_0123456789';
type Msg = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Rig { tg: FakeTelegram; app: FastifyInstance; store: TiplineStore; tipline: TelegramTipline; send(update: Msg, secret?: string | null): Promise<number> }
let updateId = 1000;
let renderer: Renderer;
before(async () => (renderer = await openRenderer()));
after(async () => renderer.close());

async function rig(opts: { rateLimiter?: RateLimiter } = {}): Promise<Rig> {
  const tg = await startFakeTelegram(TOKEN);
  const store = createMemoryStore();
  const tipline = new TelegramTipline({ token: TOKEN, apiUrl: tg.url, store, userKeySecret: 'k', ...opts });
  const app = Fastify({ logger: false });
  await app.register(telegramWebhookPlugin, { tipline, secretToken: SECRET });
  return {
    tg, app, store, tipline,
    async send(update, secret = SECRET) {
      const headers: Record<string, string> = secret === null ? {} : { 'x-telegram-bot-api-secret-token': secret };
      const res = await app.inject({ method: 'POST', url: '/v1/tiplines/telegram/webhook', headers, payload: { update_id: ++updateId, ...update } });
      return res.statusCode;
    },
  };
}

async function withRig(fn: (r: Rig) => Promise<void>, opts = {}): Promise<void> {
  const r = await rig(opts);
  try {
    await fn(r);
  } finally {
    await r.app.close();
    await r.tg.close();
  }
}

const user = (lang: string, id = 42) => ({ id, is_bot: false, first_name: 'A', language_code: lang });
/** Real Telegram marks commands with a bot_command entity; grammY's bot.command relies on it. */
const commandEntities = (extra: Msg) => (typeof extra['text'] === 'string' && extra['text'].startsWith('/') ? { entities: [{ type: 'bot_command', offset: 0, length: String(extra['text'].split(' ')[0]).length }] } : {});
const privateMsg = (lang: string, extra: Msg, id = 42) => ({ message: { message_id: updateId, date: Math.floor(Date.now() / 1000), chat: { id, type: 'private', first_name: 'A' }, from: user(lang, id), ...extra, ...commandEntities(extra) } });
const tap = (lang: string, data: string) => ({ callback_query: { id: `cb${updateId}`, from: user(lang), chat_instance: 'ci', data, message: { message_id: 1, date: 0, chat: { id: 42, type: 'private' }, text: 'x' } } });

const LURES = {
  kk: 'Сәлем! Жиенім байқауға қатысып жатыр, дауыс беріңізші: https://bala-konkurs.pro/vote',
  ru: 'Привет! Это ты на фото? Посмотри: http://foto-album.top/view/8841',
  en: 'Hi! Is this you in the photo? Have a look http://photo-share.top/album/2210',
};

for (const lang of ['kk', 'ru', 'en'] as const) {
  test(`webhook conversation (${lang}): forwarded lure → verdict + buttons → "I entered my number" → steps → report`, async () => {
    await withRig(async (r) => {
      const forward = { forward_origin: { type: 'user', date: 0, sender_user: { id: 9, is_bot: false, first_name: 'B' } } };
      assert.equal(await r.send(privateMsg(lang, { text: LURES[lang], ...forward })), 200);
      const [verdict, ask] = r.tg.sent();
      assert.match(String(verdict?.['text']), /⛔/);
      assert.deepEqual(verdict?.['link_preview_options'], { is_disabled: true });
      const keyboard = (ask?.['reply_markup'] as Msg)['inline_keyboard'] as Msg[][];
      assert.deepEqual(keyboard.map((row) => row[0]?.['callback_data']), ['happened:opened-link', 'happened:entered-number', 'happened:entered-code']);
      assert.deepEqual(keyboard.map((row) => row[0]?.['text']), Object.values(TEXTS[lang].buttons));

      await r.send(tap(lang, 'happened:entered-number'));
      assert.ok(r.tg.calls.some((c) => c.method === 'answerCallbackQuery'));
      assert.match(String(r.tg.sent()[2]?.['text']), new RegExp(TEXTS[lang].recoveryHeader));
      await r.send(tap(lang, 'report:yes'));
      const [report] = await r.store.listReports();
      assert.deepEqual([report?.channel, report?.lang, report?.happened], ['telegram', lang, ['entered-number']]);
      assert.equal(r.tg.sent().at(-1)?.['text'], TEXTS[lang].reportThanks);
    });
  });
}

test('webhook: wrong or missing secret is refused; a redelivered update is answered once', async () => {
  await withRig(async (r) => {
    assert.equal(await r.send(privateMsg('en', { text: 'hi' }), null), 401);
    assert.equal(await r.send(privateMsg('en', { text: 'hi' }), 'wrong_secret_0123456789'), 401);
    const bad = await r.app.inject({ method: 'POST', url: '/v1/tiplines/telegram/webhook', headers: { 'x-telegram-bot-api-secret-token': SECRET }, payload: { nope: 1 } });
    assert.equal(bad.statusCode, 400);
    assert.equal(r.tg.sent().length, 0);
    const update = { update_id: 5, ...privateMsg('en', { text: '/help' }) };
    for (let i = 0; i < 2; i++) await r.app.inject({ method: 'POST', url: '/v1/tiplines/telegram/webhook', headers: { 'x-telegram-bot-api-secret-token': SECRET }, payload: update });
    assert.equal(r.tg.sent().length, 1);
    assert.equal(r.tg.sent()[0]?.['text'], TEXTS.en.help);
  });
});

test('screenshot (ru chat, rendered in Chromium) → OCR → verdict; Linked devices screenshot (kk) → device list', async () => {
  await withRig(async (r) => {
    r.tg.addFile('shot1', await renderer.render(lureChatHtml('ru'), { width: 420, height: 240 }));
    await r.send(privateMsg('ru', { photo: [{ file_id: 'shot1', file_unique_id: 'u1', width: 420, height: 240, file_size: 30_000 }] }));
    assert.match(String(r.tg.sent()[0]?.['text']), /⛔ Опасно/);
    r.tg.addFile('shot2', await renderer.render(linkedDevicesHtml('kk'), { width: 420, height: 400 }));
    await r.send(privateMsg('kk', { photo: [{ file_id: 'shot2', file_unique_id: 'u2', width: 420, height: 400, file_size: 30_000 }] }));
    const text = String(r.tg.sent().at(-1)?.['text']);
    assert.match(text, /Google Chrome \(Ubuntu\) — қазір белсенді ⚠️/);
    assert.match(text, /Windows — Соңғы белсенділік: бүгін 10:47/);
    assert.match(text, /қайсысын танисыз/);
  });
});

test('QR photo → "this QR links a device"; oversized and corrupt pictures get a plain answer', async () => {
  await withRig(async (r) => {
    r.tg.addFile('qr', await qrPhotoPng(`tg://login?token=${randomBytes(24).toString('base64url')}`, { width: 640, height: 480 }));
    await r.send(privateMsg('en', { photo: [{ file_id: 'qr', file_unique_id: 'q', width: 640, height: 480, file_size: 20_000 }] }));
    assert.match(String(r.tg.sent()[0]?.['text']), /This QR code links a device/);
    await r.send(privateMsg('en', { photo: [{ file_id: 'huge', file_unique_id: 'h', width: 9000, height: 9000, file_size: 40_000_000 }] }));
    r.tg.addFile('junk', randomBytes(5000));
    await r.send(privateMsg('en', { photo: [{ file_id: 'junk', file_unique_id: 'j', width: 10, height: 10, file_size: 5000 }] }));
    assert.deepEqual(r.tg.sent().slice(-2).map((m) => m['text']), [TEXTS.en.imageTooLarge, TEXTS.en.imageUnreadable]);
  });
});

test('groups: silent on ordinary links, speaks on dangerous ones; only admins change /settings', async () => {
  await withRig(async (r) => {
    const group = (text: string, id = 42) => ({ message: { message_id: 1, date: 0, chat: { id: -100123, type: 'supergroup', title: 'G' }, from: user('ru', id), text, ...(text.startsWith('/') ? { entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]!.length }] } : {}) } });
    await r.send(group('Встреча завтра в 10, вот адрес https://2gis.kz/almaty'));
    await r.send(group('Привет всем! Как дела?'));
    assert.equal(r.tg.sent().length, 0);
    await r.send(group(LURES.ru));
    assert.match(String(r.tg.sent()[0]?.['text']), /⛔/);
    await r.send(group('/settings off', 43));
    assert.equal(r.tg.sent().at(-1)?.['text'], TEXTS.ru.adminsOnly);
    r.tg.setMemberStatus('administrator');
    await r.send(group('/settings off'));
    assert.equal(r.tg.sent().at(-1)?.['text'], TEXTS.ru.groupSettingsSaved);
    const before = r.tg.sent().length;
    await r.send(group(LURES.ru));
    assert.equal(r.tg.sent().length, before);
  });
});

test('rate limit: one "wait" answer, then silence', async () => {
  await withRig(async (r) => {
    for (let i = 0; i < 5; i++) await r.send(privateMsg('en', { text: `hello ${i}` }));
    const texts = r.tg.sent().map((m) => m['text']);
    assert.equal(texts.filter((t) => t === TEXTS.en.rateLimited).length, 1);
    assert.equal(texts.length, 3);
  }, { rateLimiter: new RateLimiter({ burst: 2, perMinute: 1 }) });
});

test('long polling against the fake Bot API: getUpdates with offset, answers, stops cleanly', async () => {
  const tg = await startFakeTelegram(TOKEN);
  const tipline = new TelegramTipline({ token: TOKEN, apiUrl: tg.url, store: createMemoryStore(), userKeySecret: 'k' });
  try {
    tg.pushUpdate({ update_id: 1, ...privateMsg('kk', { text: '/start' }) });
    const running = tipline.startPolling();
    await tg.waitForSent(1);
    tg.pushUpdate({ update_id: 2, ...privateMsg('kk', { text: LURES.kk }) });
    await tg.waitForSent(3);
    await tipline.stop();
    await running;
    assert.match(String(tg.sent()[0]?.['text']), /Сәлеметсіз бе/);
    assert.match(String(tg.sent()[1]?.['text']), /⛔/);
    const offsets = tg.calls.filter((c) => c.method === 'getUpdates').map((c) => Number(c.params['offset'] ?? 0));
    assert.ok(offsets.includes(2) && offsets.includes(3), `offsets ${offsets.join(',')}`);
    assert.ok(tg.calls.some((c) => c.method === 'deleteWebhook'));
  } finally {
    await tipline.stop();
    await tg.close();
  }
});
