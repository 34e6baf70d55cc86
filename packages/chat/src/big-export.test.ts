import { test } from 'node:test';
import assert from 'node:assert/strict';
import v8 from 'node:v8';
import vm from 'node:vm';
import { buildVerdict, type Verdict } from '@ghostguard/core';
import { bigWhatsAppExport } from './fixtures/big.ts';
import { jsonReportMessage } from './report/json.ts';
import { createChatScan } from './scan/pipeline.ts';

/**
 * 100 MB export, generated on the fly, streamed in 1 MiB chunks. The engine is a keyword stand-in
 * so that this test measures the chat layer's memory and speed (the core's own throughput is in
 * bench/cases/chat.ts); every message is still serialised as the JSON writer would.
 */
const QUIET = buildVerdict({ kind: 'message', findings: [], quietLevel: 'safe' });
function keywordEngine(text: string): Verdict {
  if (!/https?:\/\/|код|code|теңге|тенге|dollars/.test(text)) return QUIET;
  return buildVerdict({ kind: 'message', quietLevel: 'safe', findings: [{ analyzer: 'k', rule: 'k/k', severity: 'high', message: { id: 'k' }, evidence: [], weight: 80, attack: 'ghostpairing' }] });
}

test('a 100 MB WhatsApp export is scanned in bounded memory and under 30 s', () => {
  const enc = new TextEncoder();
  let jsonBytes = 0;
  const scan = createChatScan({ lang: 'ru', analyze: keywordEngine, onMessage: (m) => (jsonBytes += jsonReportMessage(m, false).length) });
  // A forced GC makes the live heap measurable (V8 collects lazily, so RSS alone over-reads).
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  const liveHeap = (): number => (gc(), process.memoryUsage().heapUsed);
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  let peakAt20MB = 0;
  let heapAt20MB = 0;
  let bytes = 0;
  const t0 = performance.now();
  let n = 0;
  for (const s of bigWhatsAppExport(100 * 1024 * 1024)) {
    const b = enc.encode(s);
    bytes += b.length;
    scan.push(b);
    if (++n % 4 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    if (peakAt20MB === 0 && bytes >= 20 * 1024 * 1024) [peakAt20MB, heapAt20MB] = [peak, liveHeap()];
  }
  const r = scan.finish();
  const secs = (performance.now() - t0) / 1000;
  peak = Math.max(peak, process.memoryUsage().rss);
  const heapGrowthMB = (liveHeap() - heapAt20MB) / 1024 / 1024;
  process.stderr.write(
    `100 MB: ${r.totals.messages} messages in ${secs.toFixed(1)} s (${Math.round(r.totals.messages / secs)} msg/s), RSS ${(rss0 / 1048576).toFixed(0)} → ${(peakAt20MB / 1048576).toFixed(0)} MB at 20 MB read → peak ${(peak / 1048576).toFixed(0)} MB; live heap +${heapGrowthMB.toFixed(1)} MB over the last 80 MB; JSON ${(jsonBytes / 1048576).toFixed(0)} MB\n`,
  );
  assert.ok(bytes >= 100 * 1024 * 1024);
  assert.ok(r.totals.messages > 900_000, String(r.totals.messages));
  assert.deepEqual(r.issues, []);
  assert.ok(r.flagged.length > 50 && r.flagged.length <= 5000);
  assert.ok(secs < 30, `took ${secs.toFixed(1)} s`);
  // Input 100 MB, JSON ~175 MB: holding either would grow the heap with the input. Bounded means
  // the live heap stays flat after warm-up (< 20 MB over the last 80 MB) and RSS < 450 MB in all.
  assert.ok(heapGrowthMB < 20, `live heap grew by ${heapGrowthMB.toFixed(1)} MB over the last 80 MB`);
  assert.ok(peak < 450 * 1024 * 1024, `peak RSS ${(peak / 1048576).toFixed(0)} MB`);
});
