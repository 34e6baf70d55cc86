import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { translate, plainText } from '../src/i18n/strings.ts';
import { DESKTOP, MOBILE, ensureDist, fitsWidth, launch, openPage, shot, unlabelledControls, type Target } from './harness.ts';
import { startRealTarget as startTarget } from './real-target.ts';

let target: Target;
let browser: Browser;
before(async () => {
  ensureDist();
  target = await startTarget();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await target?.close();
});

const uiWords = (page: Page) => page.locator('.steps .ui-word').allTextContents();

test('recovery guide: linking vs SMS code, in WhatsApp’s own words (ru, kk, en)', async () => {
  const { ctx, page, problems } = await openPage(browser, target.url, MOBILE, 'ru-RU');
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: target.url });
  await page.goto(`${target.url}/`);
  await page.getByRole('link', { name: translate('ru', 'home.recovery.title') }).click();
  assert.equal(new URL(page.url()).pathname, '/recovery');
  assert.ok((await uiWords(page)).includes('Связанные устройства'));
  assert.ok((await uiWords(page)).includes('Выйти'));
  assert.ok(await fitsWidth(page));
  assert.deepEqual(await unlabelledControls(page), []);
  await shot(page, 'recovery-linked-ru-mobile');

  await page.getByLabel(translate('ru', 'recovery.case.sms')).check();
  assert.equal(await page.locator('.steps-card').getAttribute('data-case'), 'sms');
  assert.match((await page.locator('.steps').textContent()) ?? '', /Lost\/Stolen: Please deactivate my account/);
  assert.match((await page.locator('.steps').textContent()) ?? '', /7 дней/);

  await page.getByRole('button', { name: translate('ru', 'recovery.warn.copy') }).click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), plainText(translate('ru', 'recovery.warn.message')));
  await page.getByText(translate('ru', 'recovery.warn.copied')).waitFor();

  assert.equal(await page.locator('a[href="tel:102"]').count() > 0, true);
  await page.getByLabel(translate('ru', 'recovery.report.other')).selectOption('IN');
  await page.getByText('1930').waitFor();

  await page.click('.lang-switch button[data-lang="kk"]');
  await page.getByLabel(translate('kk', 'recovery.case.linked')).check();
  assert.ok((await uiWords(page)).includes('Байланыстырылған құрылғылар'));
  await shot(page, 'recovery-linked-kk-mobile', { at: 'main h1' });
  await page.click('.lang-switch button[data-lang="en"]');
  assert.ok((await uiWords(page)).includes('Linked devices'));
  await page.getByLabel(translate('en', 'recovery.case.telegram')).check();
  assert.ok((await uiWords(page)).includes('Terminate all other sessions'));
  assert.deepEqual(problems, []);
  await ctx.close();
});

test('citizen report form: validation, consent needs a contact, then sent', async () => {
  const { ctx, page, problems } = await openPage(browser, target.url, MOBILE, 'en-US');
  await page.goto(`${target.url}/recovery`);
  const submit = page.getByRole('button', { name: translate('en', 'report.submit') });
  await submit.click();
  await page.getByText(translate('en', 'report.error.empty')).waitFor();
  await page.getByLabel(translate('en', 'report.text')).fill('Hi! Would you vote for my niece? https://vote-for-aruzhan.top/vote');
  await page.getByLabel(translate('en', 'report.h.entered-code')).check();
  await page.getByLabel(translate('en', 'report.consent')).check();
  await submit.click();
  await page.getByText(translate('en', 'report.error.contact')).waitFor();
  await page.getByLabel(translate('en', 'report.contact')).fill('me@example.org');
  await submit.click();
  await page.getByText(translate('en', 'report.sent')).waitFor({ timeout: 10_000 });
  assert.deepEqual(problems, []);
  await ctx.close();
});

test('self-check explains the Linked devices list, normal and not normal', async () => {
  for (const [lang, vp, name] of [['ru', MOBILE, 'self-check-ru-mobile'], ['en', DESKTOP, 'self-check-en-desktop']] as const) {
    const { ctx, page, problems } = await openPage(browser, target.url, vp, lang === 'ru' ? 'ru-RU' : 'en-US');
    await page.goto(`${target.url}/self-check`);
    assert.equal(await page.locator('.phone .phone-bar').textContent().then((s) => s?.includes(translate(lang, 'self.mock.heading'))), true);
    assert.equal(await page.locator('.device').count(), 2);
    assert.equal(await page.locator('.device-bad').textContent().then((s) => s?.includes('Chrome (Linux)')), true);
    assert.ok(await fitsWidth(page));
    await shot(page, name);
    assert.deepEqual(problems, []);
    await ctx.close();
  }
});

test('readable at 320 px wide and every control has a label', async () => {
  const { ctx, page, problems } = await openPage(browser, target.url, { width: 320, height: 640 }, 'kk-KZ');
  for (const path of ['/', '/recovery', '/self-check', '/analyst']) {
    await page.goto(`${target.url}${path}`);
    await page.locator('main h1').first().waitFor();
    assert.ok(await fitsWidth(page), `${path} scrolls sideways at 320 px`);
    assert.deepEqual(await unlabelledControls(page), [], path);
  }
  await page.goto(`${target.url}/`);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), translate('kk', 'app.skip'));
  await shot(page, 'home-kk-320');
  assert.deepEqual(problems, []);
  await ctx.close();
});
