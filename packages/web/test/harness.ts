/**
 * End-to-end harness: builds the web dist if missing, starts a target server that serves it and
 * the API, and drives Debian's Chromium through playwright-core (no browser download).
 * Screenshots go to test/screenshots/ so that people can look at the product.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const WEB_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
export const KEPT = fileURLToPath(new URL('../screenshots/', import.meta.url));
export const MOBILE = { width: 360, height: 740 } as const;
export const DESKTOP = { width: 1280, height: 800 } as const;

export const ANALYST = { username: 'e2e-analyst', password: 'e2e correct horse battery staple' } as const;

export interface Target {
  readonly url: string;
  /** Creates a finished scan with a screenshot and indicators; returns its id. */
  readonly seedScan: () => Promise<string>;
  /** A lure link the sandbox may visit (a loopback fixture on the real server). */
  readonly lureLink: string;
  readonly close: () => Promise<void>;
}

export function ensureDist(): void {
  if (existsSync(`${WEB_ROOT}dist/index.html`)) return;
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: WEB_ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`vite build failed (${r.status})`);
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A page that fails the test on CSP violations and uncaught errors, and that may only talk to `origin`. */
export async function openPage(browser: Browser, origin: string, viewport: { width: number; height: number }, locale = 'en-US'): Promise<{ ctx: BrowserContext; page: Page; problems: string[] }> {
  const ctx = await browser.newContext({ viewport, locale, deviceScaleFactor: 1 });
  const problems: string[] = [];
  // Loopback only: any request elsewhere (CDN, font, tracker) is a bug and is refused here.
  await ctx.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(origin) || u.startsWith('data:')) return route.continue();
    problems.push(`external request: ${u}`);
    return route.abort();
  });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) problems.push(`console: ${m.text()}`);
    if (/Content Security Policy/i.test(m.text())) problems.push(`csp: ${m.text()}`);
  });
  return { ctx, page, problems };
}

/** Full-page screenshots for review (gitignored); `keep` also writes a first-screen copy to
 * packages/web/screenshots/, the few small images committed to show the product — only when
 * GG_UPDATE_SCREENSHOTS=1, so that a test run does not rewrite committed files. */
export async function shot(page: Page, name: string, keep?: { at: string; height?: number }): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true });
  if (keep && process.env['GG_UPDATE_SCREENSHOTS'] === '1') {
    mkdirSync(KEPT, { recursive: true });
    // The kept image shows one screen starting at the part worth seeing (e.g. the verdict).
    await page.locator(keep.at).first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const vp = page.viewportSize() ?? DESKTOP;
    await page.screenshot({ path: `${KEPT}${name}.png`, clip: { x: 0, y: 0, width: vp.width, height: Math.min(vp.height, keep.height ?? vp.height) } });
  }
}

/** True when the page needs no sideways scrolling (readable at narrow widths). */
export async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

/** Form controls without an accessible name (label, aria-label or aria-labelledby). */
export async function unlabelledControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('input, textarea, select'))
      .filter((el) => (el as HTMLInputElement).type !== 'hidden')
      .filter((el) => {
        const id = el.getAttribute('id');
        const labelled = (id && document.querySelector(`label[for="${CSS.escape(id)}"]`)) || el.closest('label') || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
        return !labelled;
      })
      .map((el) => el.outerHTML.slice(0, 80)),
  );
}
