/**
 * Pictures in real Chromium against the real service (tesseract OCR, no mocks): a Linked devices
 * screenshot rendered from vision's fixture screen is uploaded on "Check my WhatsApp", the
 * devices are listed, the person ticks the one they know and gets the logout steps for the
 * other; on the check page, a photo of a device-linking QR and a wrong file.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { renderAdvice } from '@ghostguard/core';
import { linkedDevicesFixture, linkedDevicesHtml, openRenderer, qrPhotoPng } from '@ghostguard/vision/testing';
import { translate } from '../src/i18n/strings.ts';
import { createTestServer, type TestServer } from '../../server/test/helpers.ts';
import { MOBILE, ensureDist, fitsWidth, launch, openPage, shot, unlabelledControls } from './harness.ts';

let server: TestServer;
let browser: Browser;
let dir: string;
const files: Record<'ru' | 'kk' | 'qr' | 'text', string> = { ru: '', kk: '', qr: '', text: '' };

before(async () => {
  ensureDist();
  dir = mkdtempSync(join(tmpdir(), 'gg-pictures-'));
  const renderer = await openRenderer();
  try {
    for (const lang of ['ru', 'kk'] as const) {
      files[lang] = join(dir, `linked-devices-${lang}.png`);
      writeFileSync(files[lang], await renderer.render(linkedDevicesHtml(lang), { width: 420, height: 400 }));
    }
  } finally {
    await renderer.close();
  }
  files.qr = join(dir, 'qr.png');
  writeFileSync(files.qr, await qrPhotoPng([`2@${randomBytes(60).toString('base64')}`, ...[1, 2, 3].map(() => randomBytes(32).toString('base64'))].join(','), { seed: 9 }));
  files.text = join(dir, 'notes.txt');
  writeFileSync(files.text, 'not a picture');
  server = await createTestServer({ roles: ['api'] });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('Check my WhatsApp (ru): a Linked devices screenshot → the devices, "which do you recognise?", logout steps for the others', async () => {
  const { ctx, page, problems } = await openPage(browser, server.url, MOBILE, 'ru-RU');
  await page.goto(`${server.url}/self-check`);
  await page.getByLabel(translate('ru', 'devices.label')).setInputFiles(files.ru);
  const rows = page.locator('[data-testid="read-devices"] li');
  await rows.first().waitFor({ timeout: 30_000 });
  const want = linkedDevicesFixture('ru');
  assert.deepEqual(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-device'))), want.map((d) => d.name));
  assert.match((await rows.nth(1).textContent()) ?? '', new RegExp(translate('ru', 'devices.activeNow')));
  assert.equal(await rows.nth(1).locator('.note-bad').count(), 1, 'the Linux browser is pointed out');
  assert.deepEqual(await unlabelledControls(page), []);

  // The person knows the Mac, not the Linux browser.
  await page.getByLabel(`${translate('ru', 'devices.recognise')}: ${want[0]!.name}`).check();
  await page.getByRole('button', { name: translate('ru', 'devices.confirm') }).click();
  const logout = page.locator('[data-testid="logout-devices"] li');
  assert.deepEqual(await logout.allTextContents(), [want[1]!.name]);
  assert.match((await page.locator('.devices-logout').textContent()) ?? '', new RegExp(renderAdvice('check-linked-devices', 'ru').title));
  assert.ok(await fitsWidth(page), 'horizontal scroll at 360 px');
  await shot(page, 'self-check-linked-devices-ru-mobile');

  // Steps follow the language switch without a new upload.
  await page.click('.lang-switch button[data-lang="kk"]');
  assert.match((await page.locator('.devices-logout').textContent()) ?? '', new RegExp(renderAdvice('check-linked-devices', 'kk').title));
  // Everything known → no logout list.
  await page.getByLabel(`${translate('kk', 'devices.recognise')}: ${want[1]!.name}`).check();
  await page.getByRole('button', { name: translate('kk', 'devices.confirm') }).click();
  assert.equal(await page.locator('.devices-all-known').textContent(), translate('kk', 'devices.allKnown'));
  assert.deepEqual(problems, []);
  await ctx.close();
});

test('check page (kk): a Kazakh Linked devices screenshot lists its devices; a device-linking QR photo gets the warning; a text file is refused before upload', async () => {
  const { ctx, page, problems } = await openPage(browser, server.url, MOBILE, 'kk-KZ');
  await page.goto(`${server.url}/`);
  const input = page.getByLabel(translate('kk', 'image.label'));
  await input.setInputFiles(files.kk);
  const rows = page.locator('.image-result [data-testid="read-devices"] li');
  await rows.first().waitFor({ timeout: 30_000 });
  assert.deepEqual(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-device'))), linkedDevicesFixture('kk').map((d) => d.name));

  await page.getByRole('button', { name: translate('kk', 'image.again') }).click();
  await page.getByLabel(translate('kk', 'image.label')).setInputFiles(files.qr);
  await page.locator('.image-result[data-kind="qr-device-link"]').waitFor({ timeout: 30_000 });
  assert.equal(await page.locator('.qr-link-warning').textContent(), translate('kk', 'image.qrLink'));
  assert.equal(await page.locator('.image-result .verdict').getAttribute('data-level'), 'dangerous');
  await shot(page, 'check-qr-link-kk-mobile');

  let uploads = 0;
  page.on('request', (r) => void (r.url().includes('/v1/check/image') && uploads++));
  await page.getByRole('button', { name: translate('kk', 'image.again') }).click();
  await page.getByLabel(translate('kk', 'image.label')).setInputFiles(files.text);
  assert.equal(await page.locator('.image-check [role="alert"]').textContent(), translate('kk', 'image.error.type'));
  assert.equal(uploads, 0, 'a wrong file is explained without an upload');
  assert.deepEqual(problems, []);
  await ctx.close();
});
