/**
 * End to end on images rendered here: fixture screens in real Chromium (Cyrillic text) → PNG →
 * tesseract (kk+ru+en) → verdict / device list; a generated QR on a noisy "photo".
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import jpeg from 'jpeg-js';
import { analyzeImage } from './analyze-image.ts';
import { readImage } from './image.ts';
import { linkedDevicesFixture, linkedDevicesHtml, lureChatHtml, openRenderer, qrPhotoPng, type Renderer } from './testing/index.ts';

let renderer: Renderer;
before(async () => {
  renderer = await openRenderer();
});
after(async () => {
  await renderer.close();
});

for (const lang of ['kk', 'ru', 'en'] as const) {
  test(`chat screenshot (${lang}) → OCR → dangerous verdict with the link`, async () => {
    const png = await renderer.render(lureChatHtml(lang), { width: 420, height: 240 });
    const r = await analyzeImage(png);
    assert.equal(r.kind, 'text');
    assert.equal(r.verdict.level, 'dangerous', r.text);
    assert.equal(r.verdict.indicators.urls.length, 1, r.text);
    assert.equal(r.verdict.language, lang);
  });

  test(`Linked devices screenshot (${lang}) → devices and last-active times`, async () => {
    const png = await renderer.render(linkedDevicesHtml(lang), { width: 420, height: 400 });
    const r = await analyzeImage(png);
    assert.equal(r.kind, 'linked-devices', r.text);
    assert.equal(r.linkedDevices?.screenLang, lang);
    const want = linkedDevicesFixture(lang);
    assert.deepEqual(r.linkedDevices?.devices.map((d) => d.name), want.map((d) => d.name));
    assert.deepEqual(r.linkedDevices?.devices.map((d) => d.lastActive.text.toLowerCase()), want.map((d) => d.status.toLowerCase()));
    assert.ok(r.linkedDevices?.devices.some((d) => d.flag === 'server-like'));
  });
}

test('QR photo (JPEG of a noisy background) → "this QR links a device", without OCR', async () => {
  const payload = [`2@${randomBytes(50).toString('base64')}`, ...[1, 2, 3].map(() => randomBytes(32).toString('base64'))].join(',');
  const png = readImage(await qrPhotoPng(payload, { width: 1000, height: 800, seed: 11 }));
  const jpg = new Uint8Array(jpeg.encode({ width: png.width, height: png.height, data: png.rgba }, 80).data);
  let ocrCalls = 0;
  const r = await analyzeImage(jpg, { recognise: async () => (ocrCalls++, '') });
  assert.equal(r.kind, 'qr-device-link');
  assert.equal(r.verdict.attack, 'qr-linking');
  assert.equal(ocrCalls, 0);
});

test('a blank image gives an unknown verdict saying nothing was found', async () => {
  const png = await renderer.render('<body style="background:#fff"></body>', { width: 200, height: 200 });
  const r = await analyzeImage(png);
  assert.equal(r.kind, 'nothing');
  assert.equal(r.verdict.level, 'unknown');
});
