/** The OCR gate: bounded concurrency, FIFO, and a refusal (GateFullError) instead of an unbounded queue. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PNG } from 'pngjs';
import { createImageChecker, Gate, GateFullError } from './image-check.ts';

test('Gate runs at most N at once, in order, and refuses beyond the waiting limit', async () => {
  const g = new Gate(2);
  let active = 0;
  let peak = 0;
  const order: number[] = [];
  const job = (i: number) => g.run(async () => {
    active++;
    peak = Math.max(peak, active);
    await new Promise((r) => setTimeout(r, 10));
    order.push(i);
    active--;
    return i;
  }, 3);
  const runs = [0, 1, 2, 3, 4].map(job);
  await assert.rejects(job(5), GateFullError);
  assert.deepEqual(await Promise.all(runs), [0, 1, 2, 3, 4]);
  assert.equal(peak, 2);
  assert.deepEqual(order.slice(2), [2, 3, 4]);
  // A failing run frees its slot.
  await assert.rejects(g.run(async () => { throw new Error('boom'); }));
  assert.equal(await g.run(async () => 'after'), 'after');
});

test('the checker refuses pictures when the OCR queue is full, and recovers', async () => {
  const png = new PNG({ width: 40, height: 40 });
  png.data.fill(255);
  const bytes = new Uint8Array(PNG.sync.write(png));
  let release!: () => void;
  const blocked = new Promise<void>((r) => (release = r));
  const checker = createImageChecker({ concurrency: 1, maxWaiting: 1, recognise: async () => (await blocked, 'Привет') });
  const a = checker.check(bytes);
  const b = checker.check(bytes);
  await new Promise((r) => setTimeout(r, 20));
  await assert.rejects(checker.check(bytes), GateFullError);
  release();
  const [ra, rb] = await Promise.all([a, b]);
  assert.deepEqual([ra.kind, rb.kind, ra.ocr], ['text', 'text', 'done']);
  assert.equal((await checker.check(bytes)).kind, 'text');
});
