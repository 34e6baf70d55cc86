import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
import { readImage } from './image.ts';
import { decodeQr } from './qr.ts';
import { classifyQrPayload, isTelegramLoginPayload, isWhatsAppLinkPayload } from './qr-payload.ts';
import { qrPhotoPng } from './testing/qr-photo.ts';

/** The shape of a WhatsApp Web linking QR, with random values (never a real session). */
function fakeWhatsAppLinkPayload(): string {
  const b64 = (n: number) => randomBytes(n).toString('base64');
  return [`2@${b64(60)}`, b64(32), b64(32), b64(32)].join(',');
}

test('decodes a clean QR and a noisy photo of one', async () => {
  const clean = readImage(new Uint8Array(await QRCode.toBuffer('https://example.org/a', { scale: 4 })));
  assert.deepEqual(decodeQr(clean), ['https://example.org/a']);
  const payload = fakeWhatsAppLinkPayload();
  const photo = readImage(await qrPhotoPng(payload, { seed: 3 }));
  assert.deepEqual(decodeQr(photo), [payload]);
});

test('an image with no QR code gives [] (noise, flat, tiny)', async () => {
  const noise = readImage(await qrPhotoPng('x', { width: 60, height: 40 }));
  assert.deepEqual(decodeQr(noise), []);
  assert.deepEqual(decodeQr({ width: 1, height: 1, rgba: new Uint8Array([0, 0, 0, 255]) }), []);
});

test('WhatsApp device-linking QR shapes are recognised, lookalikes are not', () => {
  const p = fakeWhatsAppLinkPayload();
  assert.ok(isWhatsAppLinkPayload(p));
  assert.ok(isWhatsAppLinkPayload(`https://wa.me/settings/linked_devices#${p}`));
  assert.ok(isWhatsAppLinkPayload(p.replace(/^2@/, '1@')));
  assert.ok(!isWhatsAppLinkPayload('2@abc,def'), 'too few fields');
  assert.ok(!isWhatsAppLinkPayload('hello, world, again, and again'));
  assert.ok(!isWhatsAppLinkPayload('name,surname,email@example.com,+77010000000'));
  assert.ok(!isWhatsAppLinkPayload(''));
});

test('Telegram login QR codes are recognised', () => {
  assert.ok(isTelegramLoginPayload('tg://login?token=AQAx3Yk9sZfRQ2xJ_abc-123='));
  assert.ok(!isTelegramLoginPayload('tg://resolve?domain=durov'));
  assert.ok(!isTelegramLoginPayload('https://t.me/login'));
});

test('classifyQrPayload: device links are dangerous qr-linking; URLs and text go to the core', () => {
  const wa = classifyQrPayload(fakeWhatsAppLinkPayload());
  assert.equal(wa.kind, 'whatsapp-device-link');
  assert.equal(wa.verdict.level, 'dangerous');
  assert.equal(wa.verdict.attack, 'qr-linking');
  assert.ok(wa.verdict.advice.includes('do-not-scan-qr') && wa.verdict.advice.includes('check-linked-devices'));
  assert.ok(!wa.display.includes(',') && wa.display.length < 60, 'the live credential is not echoed');
  const tg = classifyQrPayload('tg://login?token=AQAx3Yk9sZfRQ2xJ');
  assert.equal(tg.kind, 'telegram-login');
  assert.ok(tg.verdict.advice.includes('telegram-terminate-sessions') && !tg.verdict.advice.includes('check-linked-devices'));
  const url = classifyQrPayload('https://whatsapp-verify.top/confirm');
  assert.equal(url.kind, 'url');
  assert.equal(url.verdict.kind, 'url');
  assert.notEqual(url.verdict.level, 'safe');
  const text = classifyQrPayload('WIFI:S:home;T:WPA;P:secret;;');
  assert.equal(text.kind, 'text');
  assert.equal(classifyQrPayload('\u0000\u0001binary\uffff').kind, 'text');
  assert.equal(classifyQrPayload('x'.repeat(100_000)).display.length, 300);
});
