/**
 * Screenshots and QR photos for the service: one OCR gate shared by POST /v1/check/image and the
 * tiplines, and the JSON answer of the image check. Pictures stay in memory: the bytes go to the
 * decoders and to tesseract's stdin and are dropped with the request.
 */
import type { Lang } from '@ghostguard/core';
import { renderAdvice, renderVerdict } from '@ghostguard/core';
import {
  analyzeImage,
  LINKED_DEVICES_TEXTS,
  QR_LINK_WARNING,
  renderLinkedDevices,
  runTesseract,
  tesseractAvailable,
  type AnalyzeImageOptions,
  type ImageAnalysis,
  type ImageLimits,
  type OcrOptions,
} from '@ghostguard/vision';

/**
 * The service's picture limits. 8 MiB covers a phone screenshot (≤ 2 MB PNG) and a JPEG photo of
 * a QR code (3–6 MB at 12 MP); 16 MP bounds the decoded RGBA at 64 MB per picture.
 */
export const IMAGE_LIMITS: ImageLimits = { maxBytes: 8 * 1024 * 1024, maxPixels: 16_000_000 };
/** OCR of one screenshot takes ~2–4 s of one core (vision/ocr.ts); two at once leave the API responsive on 2 cores. */
const OCR_CONCURRENCY = 2;
/** Waiting HTTP checks beyond this get 503 at once instead of a long wait. */
const OCR_MAX_WAITING = 8;
const MAX_TEXT_RETURNED = 4000;

export class GateFullError extends Error {
  constructor() {
    super('too many pictures are being read right now');
    this.name = 'GateFullError';
  }
}

/** A counting semaphore: at most `concurrency` runs at once, FIFO. */
export class Gate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly concurrency: number) {}

  get queued(): number {
    return this.waiting.length;
  }

  async run<T>(fn: () => Promise<T>, maxWaiting = Infinity): Promise<T> {
    if (this.active >= this.concurrency) {
      if (this.waiting.length >= maxWaiting) throw new GateFullError();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else this.active++;
    try {
      return await fn();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next waiter (active stays the same).
      if (next) next();
      else this.active--;
    }
  }
}

export interface ImageChecker {
  /** Options for the tiplines' analyzeImage (OCR through the shared gate; waits rather than refusing). */
  readonly tiplineOptions: AnalyzeImageOptions;
  /** Analyses one picture for the HTTP API; throws VisionError or GateFullError. */
  check(bytes: Uint8Array, opts?: { usesWhatsAppWeb?: boolean }): Promise<ImageAnalysis & { ocr: 'done' | 'unavailable' | 'skipped' }>;
}

export interface ImageCheckerOptions {
  /** Injected OCR (tests); the tesseract command by default. */
  readonly recognise?: (bytes: Uint8Array, options?: OcrOptions) => Promise<string>;
  readonly concurrency?: number;
  readonly maxWaiting?: number;
}

export function createImageChecker(o: ImageCheckerOptions = {}): ImageChecker {
  const gate = new Gate(o.concurrency ?? OCR_CONCURRENCY);
  const recognise = o.recognise ?? runTesseract;
  const gated = (bytes: Uint8Array, options?: OcrOptions) => gate.run(() => recognise(bytes, options));
  return {
    tiplineOptions: { limits: IMAGE_LIMITS, recognise: gated },
    async check(bytes, opts = {}) {
      // Without tesseract (not installed) QR codes are still read; the answer says OCR was unavailable.
      const canOcr = o.recognise !== undefined || (await tesseractAvailable());
      const web = opts.usesWhatsAppWeb === undefined ? {} : { usesWhatsAppWeb: opts.usesWhatsAppWeb };
      const maxWaiting = o.maxWaiting ?? OCR_MAX_WAITING;
      if (canOcr && gate.queued >= maxWaiting) throw new GateFullError();
      const r = await analyzeImage(bytes, {
        limits: IMAGE_LIMITS, ocr: canOcr, ...web,
        recognise: (b, options) => gate.run(() => recognise(b, options), maxWaiting),
      });
      const ocr = !canOcr ? 'unavailable' : r.kind === 'qr-device-link' ? 'skipped' : 'done';
      return { ...r, ocr };
    },
  };
}

/** The JSON answer of POST /v1/check/image (docs/api-contract.md). */
export function imageCheckResponse(r: ImageAnalysis & { ocr: string }, lang: Lang) {
  const t = LINKED_DEVICES_TEXTS[lang];
  const devices = r.linkedDevices;
  return {
    kind: r.kind,
    image: { width: r.width, height: r.height },
    ocr: r.ocr,
    verdict: r.verdict,
    rendered: renderVerdict(r.verdict, lang),
    // Device-link payloads are live credentials for ~20 s: only their shortened form is shown.
    qr: r.qr.map((q) => ({ kind: q.kind, display: q.display })),
    ...(r.kind === 'qr-device-link' ? { warning: QR_LINK_WARNING[lang] ?? QR_LINK_WARNING['en'] } : {}),
    ...(r.text !== undefined && r.text.trim() !== '' ? { text: r.text.slice(0, MAX_TEXT_RETURNED) } : {}),
    ...(devices
      ? {
          linkedDevices: {
            screenLang: devices.screenLang,
            devices: devices.devices,
            question: devices.devices.length > 0 ? t.question : t.none,
            logout: renderAdvice('check-linked-devices', lang),
            text: renderLinkedDevices(devices, lang).text,
          },
        }
      : {}),
  };
}
