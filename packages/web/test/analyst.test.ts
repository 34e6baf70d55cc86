import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { translate } from '../src/i18n/strings.ts';
import { ANALYST, DESKTOP, MOBILE, ensureDist, launch, openPage, shot, type Target } from './harness.ts';
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

test('an analyst logs in, opens a scan and marks an indicator as a false positive', async () => {
  const scanId = await target.seedScan();
  const { ctx, page, problems } = await openPage(browser, target.url, DESKTOP, 'en-US');
  await page.goto(`${target.url}/analyst`);
  await page.getByLabel(translate('en', 'analyst.login.user')).fill(ANALYST.username);
  await page.getByLabel(translate('en', 'analyst.login.password')).fill('wrong password');
  await page.getByRole('button', { name: translate('en', 'analyst.login.submit') }).click();
  await page.getByText(translate('en', 'analyst.login.bad')).waitFor();
  await page.getByLabel(translate('en', 'analyst.login.password')).fill(ANALYST.password);
  await page.getByRole('button', { name: translate('en', 'analyst.login.submit') }).click();
  await page.getByRole('heading', { name: translate('en', 'analyst.nav.submissions') }).waitFor();
  assert.equal(await page.locator('.console-nav a.soon').count(), 0, 'campaigns, trends and exports are live (packages/web/src/intel/)');
  await shot(page, 'analyst-submissions-desktop');

  await page.getByRole('link', { name: translate('en', 'analyst.nav.scans') }).click();
  await page.locator(`a[href="/analyst/scans/${encodeURIComponent(scanId)}"]`).click();
  await page.locator('.scan-detail img.screenshot').waitFor();
  assert.ok((await page.locator('.redirects li').count()) >= 1, 'redirect chain shown');
  assert.ok((await page.locator('.findings li').count()) >= 1, 'findings shown');
  const row = page.locator('tr[data-indicator]').first();
  await row.waitFor();
  const value = await row.getAttribute('data-indicator');

  await row.getByRole('button', { name: translate('en', 'analyst.ind.fp') }).click();
  await row.getByRole('button', { name: translate('en', 'analyst.ind.save') }).click();
  await row.getByText(translate('en', 'analyst.ind.reasonRequired')).waitFor();
  await row.getByLabel(translate('en', 'analyst.ind.reason')).fill('Test fixture domain, not a phishing site');
  await row.getByRole('button', { name: translate('en', 'analyst.ind.save') }).click();
  await page.locator(`tr[data-indicator="${value}"] [data-status="false-positive"]`).waitFor();
  await shot(page, 'analyst-scan-detail-desktop', { at: 'body', height: 560 });

  await page.getByRole('link', { name: translate('en', 'analyst.nav.audit') }).click();
  await page.getByText(value ?? '').first().waitFor();
  assert.deepEqual(problems, []);
  await ctx.close();
});

test('the analyst console fits a phone and the session survives a reload (CSRF token from /me)', async () => {
  const { ctx, page, problems } = await openPage(browser, target.url, MOBILE, 'ru-RU');
  await page.goto(`${target.url}/analyst`);
  await page.getByLabel(translate('ru', 'analyst.login.user')).fill(ANALYST.username);
  await page.getByLabel(translate('ru', 'analyst.login.password')).fill(ANALYST.password);
  await page.getByRole('button', { name: translate('ru', 'analyst.login.submit') }).click();
  await page.getByRole('heading', { name: translate('ru', 'analyst.nav.submissions') }).waitFor();
  await page.reload();
  await page.getByRole('link', { name: translate('ru', 'analyst.nav.indicators') }).click();
  await page.getByRole('heading', { name: translate('ru', 'analyst.nav.indicators') }).waitFor();
  // A state-changing call after reload must carry the CSRF token recovered from /v1/auth/me.
  await page.getByLabel(translate('ru', 'analyst.allow.value')).fill('example-e2e.kz');
  await page.getByLabel(translate('ru', 'analyst.ind.reason')).fill('Official site of a partner');
  await page.getByRole('button', { name: translate('ru', 'analyst.ind.allowlist'), exact: true }).last().click();
  await page.getByText(/example-e2e\.kz/).first().waitFor();
  assert.equal(await page.locator('.console [role="alert"]').count(), 0);
  await shot(page, 'analyst-indicators-ru-mobile');
  assert.deepEqual(problems, []);
  await ctx.close();
});
