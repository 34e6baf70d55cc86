/**
 * Both tiplines through the REAL service (startService on loopback, SQLite) with the Graph API
 * and the Bot API replaced by the local fakes of @ghostguard/tipline/testing: a signed WhatsApp
 * delivery of a Russian lure is answered with the verdict and recovery buttons, a redelivery is
 * ignored, forged deliveries are refused; a reply the Graph API refuses goes dead, is visible to
 * analysts and requeued by them; a Telegram update with the secret header is answered.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { signBody } from '@ghostguard/tipline';
import { startFakeGraph, startFakeTelegram, type FakeGraph, type FakeTelegram } from '@ghostguard/tipline/testing';
import { startService, type RunningService } from '../service.ts';
import { addUser } from '../index.ts';
import { tempDir } from '../../test/helpers.ts';

const WA = { secret: 'svc-test-app-secret', verify: 'svc-test-verify', token: 'svc-test-access-token', phoneId: '109876543210987' };
const TG = { token: '123456789:AAHsvcTestTokenXXXXXXXXXXXXXXXXXXXX', secret: 'svc-test-webhook-secret-0123' };
const LURE_RU = 'Привет! Это ты на этом фото? Посмотри скорее, пока не удалили: https://foto-album-view.top/id/5521';
const WA_PATH = '/v1/tiplines/whatsapp/webhook';

let graph: FakeGraph;
let tg: FakeTelegram;
let svc: RunningService;
let dataDir: string;
let seq = 0;

before(async () => {
  graph = await startFakeGraph({ accessToken: WA.token, phoneNumberId: WA.phoneId });
  tg = await startFakeTelegram(TG.token);
  dataDir = tempDir('gg-tipline-svc-');
  svc = await startService({
    roles: ['api'], port: 0, host: '127.0.0.1', dataDir, LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: 10_000,
    env: {
      WHATSAPP_APP_SECRET: WA.secret, WHATSAPP_VERIFY_TOKEN: WA.verify, WHATSAPP_ACCESS_TOKEN: WA.token, WHATSAPP_PHONE_NUMBER_ID: WA.phoneId,
      WHATSAPP_GRAPH_URL: graph.url, TELEGRAM_BOT_TOKEN: TG.token, TELEGRAM_WEBHOOK_SECRET: TG.secret, TELEGRAM_API_URL: tg.url,
    },
  });
});
after(async () => {
  await svc?.close();
  await graph?.close();
  await tg?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

function waBody(from: string, message: Record<string, unknown>): string {
  return JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [{ id: '0', changes: [{ field: 'messages', value: {
      messaging_product: 'whatsapp',
      metadata: { display_phone_number: '77000000000', phone_number_id: WA.phoneId },
      contacts: [{ profile: { name: 'T' }, wa_id: from }],
      messages: [{ from, id: `wamid.svc.${++seq}.${Date.now()}`, timestamp: String(Math.floor(Date.now() / 1000)), ...message }],
    } }] }],
  });
}

async function postWa(raw: string, signature: string | null = signBody(WA.secret, Buffer.from(raw))) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (signature !== null) headers['x-hub-signature-256'] = signature;
  const res = await fetch(`${svc.url}${WA_PATH}`, { method: 'POST', headers, body: raw });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

async function until(what: string, ok: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const sentTo = (to: string) => graph.sent.filter((m) => m.to === to);
const bodyText = (m: { body: Record<string, unknown> }) => JSON.stringify(m.body);

test('WhatsApp: the GET verification handshake echoes the challenge only for the right token', async () => {
  const ok = await fetch(`${svc.url}${WA_PATH}?hub.mode=subscribe&hub.verify_token=${WA.verify}&hub.challenge=1158201444`);
  assert.deepEqual([ok.status, await ok.text()], [200, '1158201444']);
  const bad = await fetch(`${svc.url}${WA_PATH}?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1`);
  assert.equal(bad.status, 403);
});

test('WhatsApp: a Russian lure → verdict and recovery buttons in Russian; a redelivery is ignored; forgeries refused', async () => {
  const from = '77011234567';
  const raw = waBody(from, { type: 'text', text: { body: LURE_RU } });
  const first = await postWa(raw);
  assert.deepEqual([first.status, first.json['accepted']], [200, 1]);
  await until('two replies', () => sentTo(from).length >= 2);
  const [verdict, ask] = sentTo(from);
  assert.match(bodyText(verdict!), /Опасно/, 'the verdict, in Russian');
  assert.match(bodyText(verdict!), /Связанные устройства/, 'with the advice in WhatsApp’s own words');
  assert.equal(ask?.body['type'], 'interactive');
  assert.match(bodyText(ask!), /Я ввёл\(а\) код/);
  assert.match(bodyText(ask!), /happened:entered-code/);

  const again = await postWa(raw);
  assert.deepEqual([again.status, again.json['duplicates'], again.json['accepted']], [200, 1, 0]);
  const forged = await postWa(raw.replace('foto-album-view', 'foto-album-viev'), signBody(WA.secret, Buffer.from(raw)));
  assert.equal(forged.status, 401, 'the signature is over the exact bytes');
  assert.equal((await postWa(raw, 'sha256=' + '0'.repeat(64))).status, 401);
  assert.equal((await postWa(raw, null)).status, 401, 'unsigned');
  assert.equal((await postWa('{"object":', signBody(WA.secret, Buffer.from('{"object":')))).status, 400);
  await new Promise((r) => setTimeout(r, 200));
  assert.equal(sentTo(from).length, 2, 'nothing more was sent');

  // The button → recovery steps; "send to analysts" → a report analysts can see.
  await postWa(waBody(from, { type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: 'happened:entered-code', title: 'x' } } }));
  await until('recovery steps and the report question', () => sentTo(from).length >= 4);
  assert.match(bodyText(sentTo(from)[3]!), /report:yes/);
  await postWa(waBody(from, { type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: 'report:yes', title: 'x' } } }));
  await until('thanks', () => sentTo(from).length >= 5);
  const reports = await svc.repos.reports.list({ limit: 10 });
  const r = reports.items.find((x) => x.source === 'tipline:whatsapp');
  assert.ok(r, 'the consented report is in the reports table');
  assert.deepEqual([r.contactConsent, r.happened, r.lang], [false, ['entered-code'], 'ru']);
  assert.ok(!JSON.stringify(reports.items).includes(from), 'no phone number in reports');
});

async function analyst(): Promise<{ cookie: string; csrf: string }> {
  await addUser(svc.config, 'tipline-analyst', 'tipline analyst password 1');
  const res = await fetch(`${svc.url}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'tipline-analyst', password: 'tipline analyst password 1' }) });
  const cookie = String(res.headers.get('set-cookie')).split(';')[0] ?? '';
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

test('WhatsApp: a reply the Graph API refuses goes dead; an analyst sees it (redacted) and requeues it', async () => {
  const from = '77017654321';
  graph.failNext(1, 400); // a 4xx is not retried: the item is dead at once
  await postWa(waBody(from, { type: 'text', text: { body: 'help' } }));
  const a = await analyst();
  const get = async (q: string) => (await (await fetch(`${svc.url}/v1/analyst/tiplines/outbox${q}`, { headers: { cookie: a.cookie } })).json()) as { items: { id: string; recipient: string; state: string; lastError?: string }[]; counts: Record<string, number>; channels: string[] };
  let dead: Awaited<ReturnType<typeof get>>['items'] = [];
  const end = Date.now() + 10_000;
  while (dead.length === 0 && Date.now() < end) {
    dead = (await get('?state=dead')).items;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.equal(dead.length, 1);
  assert.match(dead[0]?.recipient ?? '', /^7\*+21$/, 'only the redacted hint is shown');
  assert.ok(!JSON.stringify(await get('')).includes(from), 'no raw phone number reaches the analyst');
  assert.match(dead[0]?.lastError ?? '', /HTTP 400/);
  const all = await get('');
  assert.ok((all.counts['dead'] ?? 0) >= 1 && all.channels.some((l) => /whatsapp: on/.test(l)));

  const url = `${svc.url}/v1/analyst/tiplines/outbox/${dead[0]!.id}/requeue`;
  const noCsrf = await fetch(url, { method: 'POST', headers: { cookie: a.cookie } });
  assert.equal(noCsrf.status, 403);
  const ok = await fetch(url, { method: 'POST', headers: { cookie: a.cookie, 'x-csrf-token': a.csrf } });
  assert.equal(ok.status, 200);
  await until('the requeued reply is delivered', () => sentTo(from).length >= 1);
  const twice = await fetch(url, { method: 'POST', headers: { cookie: a.cookie, 'x-csrf-token': a.csrf } });
  assert.equal(twice.status, 409);
  const unknown = await fetch(`${svc.url}/v1/analyst/tiplines/outbox/00000000-0000-4000-8000-000000000000/requeue`, { method: 'POST', headers: { cookie: a.cookie, 'x-csrf-token': a.csrf } });
  assert.equal(unknown.status, 404);
  assert.equal((await fetch(`${svc.url}/v1/analyst/tiplines/outbox`)).status, 401, 'analysts only');
  const audit = (await (await fetch(`${svc.url}/v1/analyst/audit`, { headers: { cookie: a.cookie } })).json()) as { items: { action: string }[] };
  assert.ok(audit.items.some((i) => i.action === 'tipline-requeue'));
});

test('Telegram: an update with the secret header is answered through the Bot API; without it, refused', async () => {
  const update = { update_id: 900001, message: { message_id: 1, date: Math.floor(Date.now() / 1000), chat: { id: 4242, type: 'private' }, from: { id: 4242, is_bot: false, first_name: 'A', language_code: 'ru' }, text: LURE_RU } };
  const post = (headers: Record<string, string>) => fetch(`${svc.url}/v1/tiplines/telegram/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(update) });
  assert.equal((await post({})).status, 401);
  assert.equal((await post({ 'x-telegram-bot-api-secret-token': 'wrong-secret-wrong-secret' })).status, 401);
  assert.equal(tg.sent().length, 0);
  assert.equal((await post({ 'x-telegram-bot-api-secret-token': TG.secret })).status, 200);
  await tg.waitForSent(2, 10_000);
  const [verdict, ask] = tg.sent();
  assert.equal(Number(verdict?.['chat_id']), 4242);
  assert.match(String(verdict?.['text']), /Опасно/);
  assert.equal((verdict?.['link_preview_options'] as { is_disabled?: boolean } | undefined)?.is_disabled, true, 'Telegram must not fetch the lure for a preview');
  assert.match(JSON.stringify(ask?.['reply_markup']), /Я ввёл\(а\) код/);
  assert.equal((await post({ 'x-telegram-bot-api-secret-token': TG.secret })).status, 200, 'a redelivered update is acknowledged');
  await new Promise((r) => setTimeout(r, 200));
  assert.equal(tg.sent().length, 2, '…and answered once');
});
