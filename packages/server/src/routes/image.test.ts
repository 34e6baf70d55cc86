/**
 * POST /v1/check/image in-process (app.inject), on pictures rendered here: a chat screenshot
 * with a lure and a Linked devices screen in real Chromium (vision's fixture pages), generated
 * QR codes on a noisy "photo"; then corrupt, oversized and non-image bodies.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { linkedDevicesFixture, linkedDevicesHtml, lureChatHtml, openRenderer, qrPhotoPng, type Renderer } from '@ghostguard/vision/testing';
import { createTestApp, type TestApp } from '../../test/helpers.ts';

let t: TestApp;
let renderer: Renderer;
before(async () => {
  t = await createTestApp({ RATE_LIMIT_PER_MINUTE: 10_000 });
  renderer = await openRenderer();
});
after(async () => {
  await renderer?.close();
  await t?.close();
});

type Json = Record<string, unknown> & {
  kind?: string;
  verdict?: { level: string; attack?: string; language?: string; indicators: { urls: string[] } };
  rendered?: { lang: string; headline: string };
  qr?: { kind: string; display: string }[];
  linkedDevices?: { screenLang: string; devices: { name: string; lastActive: { kind: string; text: string } }[]; question: string; logout: { title: string; steps: string[] }; text: string };
  error?: { code: string; field?: string };
};

async function post(body: Uint8Array | string, type = 'image/png', query = '') {
  const res = await t.app.inject({ method: 'POST', url: `/v1/check/image${query}`, headers: { 'content-type': type }, payload: Buffer.from(body) });
  return { status: res.statusCode, json: res.json() as Json, headers: res.headers };
}

const b64 = (n: number) => randomBytes(n).toString('base64');

test('a chat screenshot with a Russian lure → dangerous, rendered in the asked language, nothing stored', async () => {
  const png = await renderer.render(lureChatHtml('ru'), { width: 420, height: 240 });
  const r = await post(png, 'image/png', '?lang=kk');
  assert.equal(r.status, 200, JSON.stringify(r.json));
  assert.equal(r.json.kind, 'text');
  assert.equal(r.json.verdict?.level, 'dangerous', String(r.json['text']));
  assert.equal(r.json.verdict?.indicators.urls.length, 1);
  assert.equal(r.json.rendered?.lang, 'kk');
  assert.equal(r.json['ocr'], 'done');
  assert.equal(r.headers['cache-control'], 'no-store');
  await t.flushChecks();
  assert.equal((await t.repos.submissions.list({ limit: 10 })).items.length, 0, 'pictures and their text are not stored');
});

test('a photo of a WhatsApp device-linking QR → "this QR links a device", no OCR', async () => {
  const payload = [`2@${b64(60)}`, b64(32), b64(32), b64(32)].join(',');
  const r = await post(await qrPhotoPng(payload, { seed: 3 }), 'image/png', '?lang=ru');
  assert.equal(r.status, 200, JSON.stringify(r.json));
  assert.equal(r.json.kind, 'qr-device-link');
  assert.equal(r.json.verdict?.attack, 'qr-linking');
  assert.equal(r.json.qr?.[0]?.kind, 'whatsapp-device-link');
  assert.ok(!(r.json.qr?.[0]?.display ?? '').includes(payload), 'the live payload is not echoed whole');
  assert.match(String(r.json['warning']), /QR-код привязывает устройство/);
  assert.equal(r.json['ocr'], 'skipped');
});

test('a Telegram login QR (tg://login?token=…) → device link, in English', async () => {
  const r = await post(await qrPhotoPng(`tg://login?token=${randomBytes(32).toString('base64url')}`, { seed: 5 }), 'image/png', '?lang=en');
  assert.equal(r.status, 200);
  assert.equal(r.json.kind, 'qr-device-link');
  assert.equal(r.json.qr?.[0]?.kind, 'telegram-login');
  assert.match(String(r.json['warning']), /links a device to an account/);
});

test('a Linked devices screenshot (kk) → the devices, the question and the logout steps', async () => {
  const png = await renderer.render(linkedDevicesHtml('kk'), { width: 420, height: 400 });
  const r = await post(png, 'image/png', '?lang=kk');
  assert.equal(r.status, 200);
  assert.equal(r.json.kind, 'linked-devices', String(r.json['text']));
  const d = r.json.linkedDevices;
  assert.equal(d?.screenLang, 'kk');
  assert.deepEqual(d?.devices.map((x) => x.name), linkedDevicesFixture('kk').map((x) => x.name));
  assert.ok(d?.devices.some((x) => x.lastActive.kind === 'now'));
  assert.match(d?.question ?? '', /танисыз/);
  assert.ok((d?.logout.steps.length ?? 0) >= 2);
});

/** A PNG whose header declares `w`×`h` pixels (the IHDR is read before any pixel is allocated). */
function pngDeclaring(w: number, h: number, idat: Buffer = deflateSync(Buffer.alloc(64))): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    return Buffer.concat([len, Buffer.from(type), data, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}

test('bad pictures get clear 4xx codes naming the problem', async () => {
  const cases: [string, Uint8Array | string, string, number, string][] = [
    ['corrupt PNG (10×10, junk pixel data)', pngDeclaring(10, 10, randomBytes(2000)), 'image/png', 422, 'GG_ERR_IMAGE_CORRUPT'],
    ['PNG signature and nothing else', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'image/png', 422, 'GG_ERR_IMAGE_CORRUPT'],
    ['truncated JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'image/jpeg', 422, 'GG_ERR_IMAGE_CORRUPT'],
    ['a PNG declaring 60000×60000 pixels', pngDeclaring(60_000, 60_000), 'image/png', 413, 'GG_ERR_IMAGE_TOO_LARGE'],
    ['a body over 8 MiB', randomBytes(8 * 1024 * 1024 + 1), 'image/png', 413, 'GG_ERR_BODY_TOO_LARGE'],
    ['text sent as image/png', 'hello, this is not a picture', 'image/png', 415, 'GG_ERR_IMAGE_UNSUPPORTED'],
    ['a GIF', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'), 'image/gif', 415, 'GG_ERR_UNSUPPORTED_MEDIA_TYPE'],
    ['JSON', '{"image":"aGVsbG8="}', 'application/json', 415, 'GG_ERR_UNSUPPORTED_MEDIA_TYPE'],
    ['multipart', '--x\r\ncontent-disposition: form-data; name="f"\r\n\r\nabc\r\n--x--', 'multipart/form-data; boundary=x', 415, 'GG_ERR_UNSUPPORTED_MEDIA_TYPE'],
    ['an empty body', '', 'image/png', 400, 'GG_ERR_VALIDATION'],
  ];
  for (const [name, body, type, status, code] of cases) {
    const r = await post(body, type);
    assert.equal(r.status, status, `${name}: ${JSON.stringify(r.json)}`);
    assert.equal(r.json.error?.code, code, name);
  }
  const badLang = await post(pngDeclaring(1, 1), 'image/png', '?lang=xx');
  assert.deepEqual([badLang.status, badLang.json.error?.field], [400, 'lang']);
});
