/**
 * OCR seconds per screenshot: chat and Linked devices screens (kk, ru, en) rendered in Chromium
 * at phone width, then read by `tesseract -l kaz+rus+eng` (one thread). Rendering is not timed.
 */
import { runTesseract } from '@ghostguard/vision';
import { linkedDevicesHtml, lureChatHtml, openRenderer } from '@ghostguard/vision/testing';
import { report } from '../harness.ts';

const renderer = await openRenderer();
const shots: Uint8Array[] = [];
for (const lang of ['kk', 'ru', 'en'] as const) {
  shots.push(await renderer.render(lureChatHtml(lang), { width: 420, height: 240 }));
  shots.push(await renderer.render(linkedDevicesHtml(lang), { width: 420, height: 400 }));
}
await renderer.close();

await runTesseract(shots[0]!); // warm-up: traineddata into the page cache
const t0 = process.hrtime.bigint();
let ops = 0;
while (ops < shots.length * 2) {
  for (const s of shots) {
    await runTesseract(s);
    ops++;
  }
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
report({
  name: 'vision: OCR screenshot',
  unit: 'screenshots/s',
  ops,
  seconds,
  opsPerSec: Math.round((ops / seconds) * 100) / 100,
  maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  extra: { secondsPerScreenshot: Math.round((seconds / ops) * 100) / 100, size: '420×240 and 420×400 px', langs: 'kaz+rus+eng' },
});
