/**
 * QR decoding with jsQR. A photo of a QR on a screen is large, blurred and unevenly lit, so we
 * try a few scales (jsQR's finder search works best when a module is a few pixels wide) and let
 * jsQR try inverted images too (dark-mode screens show light-on-dark codes).
 */
import jsQRModule from 'jsqr';
import type { QRCode, Options } from 'jsqr';

type JsQr = (data: Uint8ClampedArray, width: number, height: number, options?: Options) => QRCode | null;
// jsqr ships a UMD bundle: under Node's ESM loader the default import is either the function
// or a namespace holding it, depending on the loader; accept both.
const jsQR: JsQr = ((jsQRModule as unknown as { default?: JsQr }).default ?? jsQRModule) as JsQr;
import type { RgbaImage } from './image.ts';

/**
 * Longest side of the scaled copies tried, largest first. A failed jsQR pass over 1 MP costs
 * ~150–300 ms on one core, so a picture without a code costs at most five passes.
 */
const SCALES = [1000, 640, 400];
/** Dark-mode screens show light-on-dark codes: inverted passes come last (rarer). */
const INVERTED_SCALES = [1000, 500];
/** After one code is found its area is blanked and the image searched again, this many times. */
const MAX_CODES = 2;

/** Box-filter downscale so that the longest side is `maxSide` (no-op when already smaller). */
export function downscale(img: RgbaImage, maxSide: number): RgbaImage {
  const scale = maxSide / Math.max(img.width, img.height);
  if (scale >= 1) return img;
  const w = Math.max(1, Math.round(img.width * scale));
  const h = Math.max(1, Math.round(img.height * scale));
  const out = new Uint8Array(w * h * 4);
  const sx = img.width / w;
  const sy = img.height / h;
  for (let y = 0; y < h; y++) {
    const y0 = Math.floor(y * sy);
    const y1 = Math.max(y0 + 1, Math.floor((y + 1) * sy));
    for (let x = 0; x < w; x++) {
      const x0 = Math.floor(x * sx);
      const x1 = Math.max(x0 + 1, Math.floor((x + 1) * sx));
      let r = 0, g = 0, b = 0, n = 0;
      for (let yy = y0; yy < y1; yy++) {
        let i = (yy * img.width + x0) * 4;
        for (let xx = x0; xx < x1; xx++, i += 4) {
          r += img.rgba[i]!;
          g += img.rgba[i + 1]!;
          b += img.rgba[i + 2]!;
          n++;
        }
      }
      const o = (y * w + x) * 4;
      out[o] = r / n;
      out[o + 1] = g / n;
      out[o + 2] = b / n;
      out[o + 3] = 255;
    }
  }
  return { width: w, height: h, rgba: out };
}

interface Found {
  readonly data: string;
  readonly box: { x0: number; y0: number; x1: number; y1: number };
}

function findOne(img: RgbaImage, inversion: 'dontInvert' | 'onlyInvert'): Found | undefined {
  const clamped = new Uint8ClampedArray(img.rgba.buffer, img.rgba.byteOffset, img.rgba.byteLength);
  let code: QRCode | null;
  try {
    code = jsQR(clamped, img.width, img.height, { inversionAttempts: inversion });
  } catch {
    // jsQR 1.4.0 throws inside its locator on some degenerate images (measured: 1×1 px).
    return undefined;
  }
  if (!code || code.data === '') return undefined;
  const pts = [code.location.topLeftCorner, code.location.topRightCorner, code.location.bottomLeftCorner, code.location.bottomRightCorner];
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  return { data: code.data, box: { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) } };
}

/** Paints the found code's box white (with a margin) so that the next search finds another one. */
function blank(img: RgbaImage, box: Found['box']): RgbaImage {
  const rgba = new Uint8Array(img.rgba);
  const m = Math.max(4, (box.x1 - box.x0) * 0.1);
  const x0 = Math.max(0, Math.floor(box.x0 - m));
  const x1 = Math.min(img.width, Math.ceil(box.x1 + m));
  const y0 = Math.max(0, Math.floor(box.y0 - m));
  const y1 = Math.min(img.height, Math.ceil(box.y1 + m));
  for (let y = y0; y < y1; y++) rgba.fill(255, (y * img.width + x0) * 4, (y * img.width + x1) * 4);
  return { width: img.width, height: img.height, rgba };
}

function searchAt(img: RgbaImage, side: number, inversion: 'dontInvert' | 'onlyInvert'): string[] {
  const found: string[] = [];
  let current = downscale(img, side);
  for (let i = 0; i < MAX_CODES; i++) {
    const hit = findOne(current, inversion);
    if (!hit) break;
    if (!found.includes(hit.data)) found.push(hit.data);
    current = blank(current, hit.box);
  }
  return found;
}

/** Every QR payload found in the image (deduplicated, in the order found); [] when none. */
export function decodeQr(img: RgbaImage): string[] {
  // A version-1 QR code is 21 modules wide: anything narrower cannot hold one.
  if (img.width < 21 || img.height < 21) return [];
  const longest = Math.max(img.width, img.height);
  for (const [scales, inversion] of [[SCALES, 'dontInvert'], [INVERTED_SCALES, 'onlyInvert']] as const) {
    for (const side of scales) {
      // A copy larger than the image is the image itself: try it once (at the first scale).
      if (side > longest && side !== scales[0]) continue;
      const found = searchAt(img, side, inversion);
      if (found.length > 0) return found;
    }
  }
  return [];
}
