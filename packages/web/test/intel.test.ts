/**
 * The console's threat-intelligence screens in real Chromium against the real service: campaign
 * list → campaign page (timeline chart, redacted lures, domains, export buttons), trends with uPlot
 * charts and a forecast band, exports page with an appeal resolved. Fails on any CSP violation,
 * uncaught error or request that leaves the origin.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { translate } from '../src/i18n/strings.ts';
import { ANALYST, DESKTOP, MOBILE, ensureDist, fitsWidth, launch, openPage, shot } from './harness.ts';
import { createTestServer, type TestServer } from '../../server/test/helpers.ts';

let server: TestServer;
let browser: Browser;
const LURES = [
  'Привет! Проголосуй, пожалуйста, за мою племянницу Айгерим в конкурсе танцев, она почти победила http://whatsapp-vote-contest.top/v/1 +7 701 123 45 67',
  'Привет!! Проголосуй пожалуйста за мою племянницу Дану в конкурсе танцев, она почти победила http://whatsapp-vote-contest.top/v/2',
];

async function post(path: string, body: unknown): Promise<Response> {
  return fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

before(async () => {
  ensureDist();
  server = await createTestServer({ CAMPAIGN_CLUSTER_SECONDS: 1 });
  await server.addAnalyst(ANALYST.username, ANALYST.password);
  for (const text of LURES) assert.equal((await post('/v1/reports', { text, happened: ['opened-link'], region: 'Almaty', contactConsent: false })).status, 201);
  assert.equal((await post('/v1/appeals', { value: 'flowers-almaty.kz', reason: 'Our flower shop; the WhatsApp button is ours', contact: 'owner@flowers-almaty.kz' })).status, 201);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function signIn(page: Page, lang: 'en' | 'ru'): Promise<void> {
  await page.goto(`${server.url}/analyst/campaigns`);
  await page.getByLabel(translate(lang, 'analyst.login.user')).fill(ANALYST.username);
  await page.getByLabel(translate(lang, 'analyst.login.password')).fill(ANALYST.password);
  await page.getByRole('button', { name: translate(lang, 'analyst.login.submit') }).click();
}

test('campaigns, a campaign page, trends with charts and an appeal resolved — under the CSP', { timeout: 120_000 }, async () => {
  const { ctx, page, problems } = await openPage(browser, server.url, DESKTOP, 'en-US');
  await signIn(page, 'en');
  assert.equal(await page.locator('.console-nav a.soon').count(), 0, 'no "coming soon" entries left');
  // Clustering runs every second in this server; reload until the campaign shows.
  const link = page.locator('a[href^="/analyst/campaigns/"]').first();
  for (let i = 0; i < 30 && (await link.count()) === 0; i++) {
    await page.waitForTimeout(500);
    await page.reload();
  }
  await link.click();
  await page.getByRole('heading', { name: translate('en', 'intel.campaign.lures') }).waitFor();
  await page.locator('.chart canvas').first().waitFor();
  const body = await page.locator('main, body').first().innerText();
  assert.match(body, /whatsapp-vote-contest\.top/);
  assert.doesNotMatch(body, /701 123|Айгерим|Дану/, 'lures shown redacted');
  assert.equal(await page.locator('.export-buttons a[download]').count(), 7);
  const stix = await page.evaluate(async (href) => (await fetch(href ?? '/none')).status, await page.locator('.export-buttons a', { hasText: 'STIX' }).getAttribute('href'));
  assert.equal(stix, 200, 'one-click export answers for the session');
  await shot(page, 'intel-campaign-desktop');

  await page.getByRole('link', { name: translate('en', 'analyst.nav.trends') }).click();
  await page.getByRole('heading', { name: translate('en', 'intel.trends.topLures') }).waitFor();
  assert.ok((await page.locator('.chart canvas').count()) >= 3, 'volume and breakdown charts drawn');
  await page.getByText(translate('en', 'intel.trends.forecast')).first().waitFor();
  await page.getByLabel(translate('en', 'intel.trends.window')).selectOption('90');
  await page.getByRole('heading', { name: translate('en', 'intel.trends.topDomains') }).waitFor();
  await shot(page, 'intel-trends-desktop');

  await page.getByRole('link', { name: translate('en', 'analyst.nav.exports') }).click();
  await page.locator('.appeals code', { hasText: 'flowers-almaty.kz' }).waitFor();
  await page.getByRole('button', { name: translate('en', 'intel.appeals.reject') }).click();
  await page.getByText(translate('en', 'analyst.ind.reasonRequired')).waitFor();
  await page.getByLabel(translate('en', 'analyst.ind.reason')).fill('Checked: the shop is genuine');
  await page.getByRole('button', { name: translate('en', 'intel.appeals.uphold') }).click();
  await page.getByText(translate('en', 'intel.appeals.done', { value: 'flowers-almaty.kz', status: 'upheld' })).waitFor();
  assert.deepEqual(problems, []);
  await ctx.close();
});

test('trends and campaigns fit a phone in Russian', { timeout: 60_000 }, async () => {
  const { ctx, page, problems } = await openPage(browser, server.url, MOBILE, 'ru-RU');
  await signIn(page, 'ru');
  await page.getByRole('heading', { name: translate('ru', 'analyst.nav.campaigns') }).waitFor();
  await page.goto(`${server.url}/analyst/trends`);
  await page.getByRole('heading', { name: translate('ru', 'intel.trends.topLures') }).waitFor();
  assert.ok(await fitsWidth(page), 'no sideways scrolling on a phone');
  assert.deepEqual(problems, []);
  await ctx.close();
});
