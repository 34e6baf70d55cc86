/**
 * Tipline messages/s end to end, text only, on loopback: a signed webhook POST over HTTP →
 * verification → analysis → outbox → the fake Graph API over HTTP (WhatsApp); and an update
 * POSTed to the Telegram webhook → grammY → sendMessage to the fake Bot API over HTTP.
 */
import Fastify from 'fastify';
import { createMemoryStore, RateLimiter, signBody, TelegramTipline, telegramWebhookPlugin } from '@ghostguard/tipline';
import { startFakeTelegram, startWhatsAppHarness, waEvent } from '@ghostguard/tipline/testing';
import { report } from '../harness.ts';

const LURES = [
  'Привет! Это ты на фото? Посмотри: http://foto-album.top/view/8841',
  'Сәлем! Жиенім байқауға қатысып жатыр, дауыс беріңізші: https://bala-konkurs.pro/vote',
  'Hi, I sent you a 6 digit code by mistake, can you send it back to me?',
  'See you at 7 tonight at the usual place',
];
const N = 1500;
const CONCURRENCY = 8;
const unlimited = () => new RateLimiter({ burst: 1e9, perMinute: 1e9 });

async function pool(n: number, fn: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < n) await fn(next++);
  }));
}

async function whatsapp(): Promise<number> {
  const h = await startWhatsAppHarness({ rateLimiter: unlimited() });
  const url = await h.app.listen({ host: '127.0.0.1', port: 0 });
  const t0 = process.hrtime.bigint();
  await pool(N, async (i) => {
    const raw = Buffer.from(JSON.stringify(waEvent(`7701${String(i % 97).padStart(7, '0')}`, { type: 'text', text: { body: LURES[i % LURES.length] } }, h.clock.t)));
    const res = await fetch(`${url}/v1/tiplines/whatsapp/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': signBody('test-app-secret', raw) }, body: raw });
    if (res.status !== 200) throw new Error(`webhook ${res.status}`);
  });
  await h.tipline.idle();
  while ((await h.tipline.outbox.pump()) > 0) { /* drain */ }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (h.graph.sent.length < N) throw new Error(`only ${h.graph.sent.length} replies for ${N} messages`);
  await h.close();
  return N / seconds;
}

async function telegram(): Promise<number> {
  const token = '123456789:AAEhBOweik6ad9r_QXMENQjcrGbqCr4K-bs';
  const tg = await startFakeTelegram(token);
  const tipline = new TelegramTipline({ token, apiUrl: tg.url, store: createMemoryStore(), userKeySecret: 'k', rateLimiter: unlimited() });
  const app = Fastify({ logger: false });
  await app.register(telegramWebhookPlugin, { tipline, secretToken: 'bench_secret_0123456789' });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const t0 = process.hrtime.bigint();
  await pool(N, async (i) => {
    const update = { update_id: i + 1, message: { message_id: i, date: 0, chat: { id: i % 97, type: 'private' }, from: { id: i % 97, is_bot: false, first_name: 'A', language_code: 'ru' }, text: LURES[i % LURES.length] } };
    const res = await fetch(`${url}/v1/tiplines/telegram/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'bench_secret_0123456789' }, body: JSON.stringify(update) });
    if (res.status !== 200) throw new Error(`webhook ${res.status}`);
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  await app.close();
  await tg.close();
  return N / seconds;
}

const wa = await whatsapp();
const t0 = process.hrtime.bigint();
const tgRate = await telegram();
report({
  name: 'tipline: messages end to end',
  unit: 'messages/s',
  ops: N,
  seconds: Number(process.hrtime.bigint() - t0) / 1e9,
  opsPerSec: Math.round(wa),
  maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  extra: { whatsappMsgsPerSec: Math.round(wa), telegramMsgsPerSec: Math.round(tgRate), concurrency: CONCURRENCY, transport: 'loopback HTTP, fake Graph / Bot API' },
});
