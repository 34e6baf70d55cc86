import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PNG } from 'pngjs';
import jpeg from 'jpeg-js';
import { readImage, sniffFormat } from './image.ts';
import { VisionError } from './errors.ts';

function pngOf(width: number, height: number): Uint8Array {
  const p = new PNG({ width, height });
  p.data.fill(200);
  return new Uint8Array(PNG.sync.write(p));
}

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof VisionError, `expected VisionError, got ${String(err)}`);
    return err.code;
  }
  assert.fail('expected a VisionError');
}

test('decodes PNG and JPEG into RGBA', () => {
  const png = readImage(pngOf(30, 20));
  assert.deepEqual([png.width, png.height, png.rgba.length], [30, 20, 30 * 20 * 4]);
  const raw = new Uint8Array(16 * 8 * 4).fill(128);
  const jpg = readImage(new Uint8Array(jpeg.encode({ width: 16, height: 8, data: raw }, 90).data));
  assert.deepEqual([jpg.width, jpg.height, jpg.rgba.length], [16, 8, 16 * 8 * 4]);
  assert.equal(sniffFormat(new Uint8Array([0x47, 0x49, 0x46, 0x38])), undefined);
});

test('empty, binary junk and other formats are refused with a clear code', () => {
  assert.equal(code(() => readImage(new Uint8Array(0))), 'GG_ERR_IMAGE_CORRUPT');
  const junk = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
  assert.equal(code(() => readImage(junk)), 'GG_ERR_IMAGE_UNSUPPORTED');
  assert.equal(code(() => readImage(new TextEncoder().encode('GIF89a....'))), 'GG_ERR_IMAGE_UNSUPPORTED');
});

test('truncated and corrupt PNG/JPEG are GG_ERR_IMAGE_CORRUPT, never a crash', () => {
  const png = pngOf(40, 40);
  assert.equal(code(() => readImage(png.slice(0, 20))), 'GG_ERR_IMAGE_CORRUPT');
  assert.equal(code(() => readImage(png.slice(0, png.length - 30))), 'GG_ERR_IMAGE_CORRUPT');
  assert.equal(code(() => readImage(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5]))), 'GG_ERR_IMAGE_CORRUPT');
});

test('a PNG header declaring 60000×60000 is refused before any pixel is allocated', () => {
  const png = pngOf(10, 10);
  const view = new DataView(png.buffer);
  view.setUint32(16, 60000);
  view.setUint32(20, 60000);
  const t0 = Date.now();
  assert.equal(code(() => readImage(png)), 'GG_ERR_IMAGE_TOO_LARGE');
  assert.ok(Date.now() - t0 < 500);
});

test('byte and pixel limits are enforced', () => {
  const png = pngOf(100, 100);
  assert.equal(code(() => readImage(png, { maxBytes: 50, maxPixels: 1e9 })), 'GG_ERR_IMAGE_TOO_LARGE');
  assert.equal(code(() => readImage(png, { maxBytes: 1e9, maxPixels: 9_999 })), 'GG_ERR_IMAGE_TOO_LARGE');
  const raw = new Uint8Array(200 * 200 * 4).fill(90);
  const jpg = new Uint8Array(jpeg.encode({ width: 200, height: 200, data: raw }, 80).data);
  assert.equal(code(() => readImage(jpg, { maxBytes: 1e9, maxPixels: 10_000 })), 'GG_ERR_IMAGE_TOO_LARGE');
});
