/**
 * Test support: renders fixture HTML to PNG in Debian's Chromium (no network: the pages are
 * set with setContent and have no sub-resources). Used by tests and bench only.
 */
import { chromium, type Browser } from 'playwright-core';

export interface Renderer {
  render(html: string, size?: { width: number; height: number }): Promise<Uint8Array>;
  close(): Promise<void>;
}

export async function openRenderer(executablePath = '/usr/bin/chromium'): Promise<Renderer> {
  const browser: Browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  return {
    async render(html, size = { width: 420, height: 640 }) {
      const page = await browser.newPage({ viewport: size, deviceScaleFactor: 1 });
      try {
        await page.route('**/*', (route) => route.abort());
        await page.setContent(html, { waitUntil: 'load' });
        return new Uint8Array(await page.screenshot({ type: 'png' }));
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}
