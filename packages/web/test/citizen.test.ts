import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { renderAdvice, renderMessage } from '@ghostguard/core';
import { translate, type UiLang } from '../src/i18n/strings.ts';
import { DESKTOP, MOBILE, ensureDist, fitsWidth, launch, openPage, shot, type Target } from './harness.ts';
import { startRealTarget as startTarget } from './real-target.ts';

/** Our own lures, written from the patterns in THREAT.md ("is this you in the photo" + a fresh cheap-TLD link). */
const LURES: Readonly<Record<UiLang, string>> = {
  kk: 'Сәлем! Мына суреттегі сен бе? 😮 Қарашы, бәрі сені талқылап жатыр: https://foto-kz-album.live/view/2207',
  ru: 'Привет! Это ты на фото? 😳 Посмотри, пока не удалили: https://fb-photo-album.top/view?id=9913',
  en: 'Hi! Sorry to bother you, is this you in the photo? 😮 https://fb-photo-view.top/album/view?id=4821',
};

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

for (const lang of ['kk', 'ru', 'en'] as const) {
  test(`a citizen pastes a lure in ${lang} and sees "dangerous" with advice in ${lang}`, async () => {
    const { ctx, page, problems } = await openPage(browser, target.url, MOBILE);
    await page.goto(`${target.url}/`);
    await page.click(`.lang-switch button[data-lang="${lang}"]`);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    await page.getByLabel(translate(lang, 'check.label')).fill(LURES[lang]);
    await page.getByRole('button', { name: translate(lang, 'check.submit'), exact: true }).click();
    const verdict = page.locator('.verdict[data-level]');
    await verdict.waitFor({ timeout: 10_000 });
    assert.equal(await verdict.getAttribute('data-level'), 'dangerous');
    assert.equal(await verdict.getAttribute('data-tone'), 'dangerous');
    assert.equal((await page.locator('.verdict-headline').textContent())?.trim(), renderMessage({ id: 'level.message.dangerous' }, lang));
    const adviceIds = await page.locator('.verdict .advice-card').evaluateAll((els) => els.map((e) => e.getAttribute('data-advice') ?? ''));
    assert.ok(adviceIds.length >= 2, `advice cards: ${adviceIds.join(',')}`);
    const firstTitle = await page.locator('.verdict .advice-card h4').first().textContent();
    assert.equal(firstTitle, renderAdvice(adviceIds[0] as Parameters<typeof renderAdvice>[0], lang).title);
    // The answer is announced (inside an aria-live region) and focused.
    assert.equal(await page.locator('[aria-live="polite"] .verdict').count(), 1);
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('verdict-headline')), true);
    assert.ok(await fitsWidth(page), 'horizontal scroll at 360 px');
    await shot(page, `check-dangerous-${lang}-mobile`, lang === 'ru' ? { at: '.verdict' } : undefined);
    assert.deepEqual(problems, []);
    await ctx.close();
  });
}

test('switching language re-renders the answer and is remembered after reload', async () => {
  const { ctx, page, problems } = await openPage(browser, target.url, DESKTOP, 'kk-KZ');
  await page.goto(`${target.url}/`);
  assert.equal(await page.getAttribute('html', 'lang'), 'kk', 'browser language kk-KZ is the default');
  await page.getByLabel(translate('kk', 'check.label')).fill(LURES.ru);
  await page.keyboard.press('Tab'); // keyboard only: from the box, Tab reaches the button; Enter submits
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('type')), 'submit');
  await page.keyboard.press('Enter');
  await page.locator('.verdict[data-level="dangerous"]').waitFor();
  await page.click('.lang-switch button[data-lang="en"]');
  assert.equal((await page.locator('.verdict-headline').textContent())?.trim(), renderMessage({ id: 'level.message.dangerous' }, 'en'));
  await shot(page, 'check-dangerous-en-desktop');
  await page.reload();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.deepEqual(problems, []);
  await ctx.close();
});

test('bad input gets a clear message: empty, 100 KB paste, binary-looking text, hostile markup', async () => {
  const { ctx, page, problems } = await openPage(browser, target.url, MOBILE, 'ru-RU');
  await page.goto(`${target.url}/`);
  const box = page.getByLabel(translate('ru', 'check.label'));
  const submit = page.getByRole('button', { name: translate('ru', 'check.submit'), exact: true });
  const alert = page.locator('.check-form [role="alert"]');

  await submit.click();
  assert.equal(await alert.textContent(), translate('ru', 'check.error.empty'));
  assert.equal(await box.getAttribute('aria-invalid'), 'true');

  await box.fill('Привет! '.repeat(12_800)); // ~100 KB
  await submit.click();
  assert.match((await alert.textContent()) ?? '', /Слишком длинно/);
  await shot(page, 'check-too-long-ru-mobile');

  await box.fill('PK\u0003\u0004\u0014\u0000\u0006\u0000\b\u0000\u0000\u0000!\u0000'.repeat(40));
  await submit.click();
  assert.equal(await alert.textContent(), translate('ru', 'check.error.binary'));

  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await box.fill('<img src=x onerror=alert(1)><script>alert(2)</script> https://fb-photo-album.top/view');
  await submit.click();
  await page.locator('.verdict[data-level]').waitFor();
  assert.equal(dialogs, 0);
  assert.equal(await alert.count(), 0, 'the error disappears after a good check');
  assert.deepEqual(problems, []);
  await ctx.close();
});

test('the safe-browser scan shows progress, then a screenshot and a verdict', async () => {
  const { ctx, page, problems } = await openPage(browser, target.url, MOBILE, 'en-US');
  await page.goto(`${target.url}/`);
  await page.getByLabel(translate('en', 'check.label')).fill(`Hi! Is this you in the photo? 😮 ${target.lureLink}`);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await page.getByRole('button', { name: translate('en', 'scan.button') }).click();
  await page.locator('.scan-progress [role="progressbar"]').waitFor(); // progress is shown while the sandbox works
  const img = page.locator('.scan-result img.screenshot');
  await img.waitFor({ timeout: 60_000 });
  assert.ok(await img.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0), 'screenshot loaded');
  assert.equal(await page.locator('.scan-result .verdict[data-level]').count(), 1);
  await shot(page, 'scan-done-en-mobile');
  assert.deepEqual(problems, []);
  await ctx.close();
});
