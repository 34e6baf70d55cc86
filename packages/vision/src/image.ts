/**
 * Decoding of untrusted PNG and JPEG bytes into RGBA, in memory, with hard bounds checked
 * *before* the pixels are allocated (a 100-byte PNG can declare 65535×65535 pixels: 17 GB).
 */
import { PNG } from 'pngjs';
import jpeg from 'jpeg-js';
import { VisionError } from './errors.ts';

export interface RgbaImage {
  readonly width: number;
  readonly height: number;
  /** width × height × 4 bytes, row-major RGBA. */
  readonly rgba: Uint8Array;
}

export interface ImageLimits {
  /** Largest accepted file. Telegram photos are ≤ ~10 MB, WhatsApp images ≤ 5 MB (Cloud API media limits). */
  readonly maxBytes: number;
  /** Largest accepted pixel count. A 2026 phone screenshot is ~3–4 MP; photos of QR codes ≤ 50 MP. */
  readonly maxPixels: number;
}

export const DEFAULT_IMAGE_LIMITS: ImageLimits = { maxBytes: 15 * 1024 * 1024, maxPixels: 40_000_000 };

export type ImageFormat = 'png' | 'jpeg';

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function sniffFormat(bytes: Uint8Array): ImageFormat | undefined {
  if (bytes.length >= 8 && PNG_MAGIC.every((b, i) => bytes[i] === b)) return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  return undefined;
}

function checkDimensions(width: number, height: number, limits: ImageLimits): void {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new VisionError('GG_ERR_IMAGE_CORRUPT', `image has invalid dimensions ${width}×${height}`);
  }
  if (width * height > limits.maxPixels) {
    throw new VisionError('GG_ERR_IMAGE_TOO_LARGE', `image is ${width}×${height} pixels; the limit is ${limits.maxPixels / 1e6} megapixels`);
  }
}

/** PNG: the IHDR chunk is always first, width and height are big-endian at bytes 16..23. */
function pngDimensions(bytes: Uint8Array): { width: number; height: number } {
  if (bytes.length < 24) throw new VisionError('GG_ERR_IMAGE_CORRUPT', 'PNG is truncated');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function decodePng(bytes: Uint8Array, limits: ImageLimits): RgbaImage {
  const { width, height } = pngDimensions(bytes);
  checkDimensions(width, height, limits);
  try {
    const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return { width: png.width, height: png.height, rgba: new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.byteLength) };
  } catch (err) {
    throw new VisionError('GG_ERR_IMAGE_CORRUPT', `PNG could not be decoded: ${String((err as Error).message ?? err).slice(0, 120)}`);
  }
}

function decodeJpeg(bytes: Uint8Array, limits: ImageLimits): RgbaImage {
  try {
    const img = jpeg.decode(bytes, {
      useTArray: true,
      formatAsRGBA: true,
      // jpeg-js checks the frame header against these before allocating the pixels.
      maxResolutionInMP: limits.maxPixels / 1e6,
      maxMemoryUsageInMB: Math.ceil((limits.maxPixels * 4 * 2) / 1e6),
    });
    checkDimensions(img.width, img.height, limits);
    return { width: img.width, height: img.height, rgba: img.data };
  } catch (err) {
    if (err instanceof VisionError) throw err;
    const msg = String((err as Error).message ?? err);
    if (/maxResolutionInMP|maxMemoryUsageInMB|limit/i.test(msg)) {
      throw new VisionError('GG_ERR_IMAGE_TOO_LARGE', `JPEG exceeds the ${limits.maxPixels / 1e6} megapixel limit`);
    }
    throw new VisionError('GG_ERR_IMAGE_CORRUPT', `JPEG could not be decoded: ${msg.slice(0, 120)}`);
  }
}

/** Decodes PNG or JPEG bytes. Throws VisionError (never anything else) for bad input. */
export function readImage(bytes: Uint8Array, limits: ImageLimits = DEFAULT_IMAGE_LIMITS): RgbaImage {
  if (!(bytes instanceof Uint8Array) || bytes.length === 0) throw new VisionError('GG_ERR_IMAGE_CORRUPT', 'empty image');
  if (bytes.length > limits.maxBytes) {
    throw new VisionError('GG_ERR_IMAGE_TOO_LARGE', `image is ${(bytes.length / 1e6).toFixed(1)} MB; the limit is ${(limits.maxBytes / 1e6).toFixed(0)} MB`);
  }
  const format = sniffFormat(bytes);
  if (format === 'png') return decodePng(bytes, limits);
  if (format === 'jpeg') return decodeJpeg(bytes, limits);
  throw new VisionError('GG_ERR_IMAGE_UNSUPPORTED', 'not a PNG or JPEG image');
}
