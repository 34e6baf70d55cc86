/**
 * Test support: a "photo" of a QR code — the code generated with qrcode, slightly rotated
 * by nothing but composited small on a noisy, unevenly lit background with pngjs, as a phone
 * photo of a screen would be. Deterministic (seeded noise) so a failure reproduces.
 */
import QRCode from 'qrcode';
import { PNG } from 'pngjs';

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export async function qrPhotoPng(payload: string, opts: { width?: number; height?: number; seed?: number } = {}): Promise<Uint8Array> {
  const width = opts.width ?? 900;
  const height = opts.height ?? 700;
  const rand = lcg(opts.seed ?? 7);
  const qrPng = PNG.sync.read(await QRCode.toBuffer(payload, { errorCorrectionLevel: 'L', margin: 4, scale: 5 }));
  const out = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Uneven lighting (a gradient) plus sensor noise.
      const base = 150 + 60 * (x / width) - 30 * (y / height);
      const n = (rand() - 0.5) * 50;
      const i = (y * width + x) * 4;
      out.data[i] = Math.max(0, Math.min(255, base + n));
      out.data[i + 1] = Math.max(0, Math.min(255, base + n - 10));
      out.data[i + 2] = Math.max(0, Math.min(255, base + n + 5));
      out.data[i + 3] = 255;
    }
  }
  const ox = Math.floor((width - qrPng.width) / 2.5);
  const oy = Math.floor((height - qrPng.height) / 2);
  for (let y = 0; y < qrPng.height && oy + y < height; y++) {
    for (let x = 0; x < qrPng.width && ox + x < width; x++) {
      const si = (y * qrPng.width + x) * 4;
      const di = ((oy + y) * width + ox + x) * 4;
      // The screen's white is a little grey and the black a little lifted, with noise on both.
      const dark = qrPng.data[si]! < 128;
      const v = (dark ? 40 : 215) + (rand() - 0.5) * 40;
      out.data[di] = v;
      out.data[di + 1] = v;
      out.data[di + 2] = v;
    }
  }
  return new Uint8Array(PNG.sync.write(out));
}
