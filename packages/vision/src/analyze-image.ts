/**
 * A picture sent to a tipline: a QR code, a Linked devices screenshot or a screenshot of a chat.
 * In memory only: the bytes go to the decoders and to tesseract's stdin, nothing is written.
 */
import { analyzeMessage, buildVerdict, type Verdict } from '@ghostguard/core';
import { DEFAULT_IMAGE_LIMITS, readImage, type ImageLimits } from './image.ts';
import { decodeQr } from './qr.ts';
import { classifyQrPayload, type QrPayload } from './qr-payload.ts';
import { runTesseract, type OcrOptions } from './ocr.ts';
import { repairOcrText } from './ocr-text.ts';
import { readLinkedDevices, type LinkedDevicesReading } from './linked-devices.ts';

export type ImageKind = 'qr-device-link' | 'qr' | 'linked-devices' | 'text' | 'nothing';

export interface ImageAnalysis {
  readonly kind: ImageKind;
  readonly width: number;
  readonly height: number;
  readonly qr: readonly QrPayload[];
  /** OCR text after link repair (absent when OCR was skipped). */
  readonly text?: string;
  readonly linkedDevices?: LinkedDevicesReading;
  /** The most serious verdict among the QR payloads and the text. */
  readonly verdict: Verdict;
}

export interface AnalyzeImageOptions {
  readonly limits?: ImageLimits;
  /** false skips OCR (QR only); default true. */
  readonly ocr?: boolean;
  readonly ocrOptions?: OcrOptions;
  readonly usesWhatsAppWeb?: boolean;
  /** Injected OCR (tests, or a pool): defaults to the tesseract command. */
  readonly recognise?: (bytes: Uint8Array, options?: OcrOptions) => Promise<string>;
}

const RANK = { dangerous: 3, suspicious: 2, unknown: 1, safe: 0 } as const;

export function worstVerdict(verdicts: readonly Verdict[]): Verdict | undefined {
  let worst: Verdict | undefined;
  for (const v of verdicts) {
    if (!worst || RANK[v.level] > RANK[worst.level] || (RANK[v.level] === RANK[worst.level] && v.score > worst.score)) worst = v;
  }
  return worst;
}

function nothingVerdict(problem: string): Verdict {
  return buildVerdict({
    kind: 'message',
    quietLevel: 'unknown',
    findings: [{
      analyzer: 'engine',
      rule: 'engine/unsupported-input',
      severity: 'info',
      message: { id: 'finding.engine.unsupported-input', params: { problem } },
      evidence: [{ field: 'image', value: problem }],
      weight: 0,
    }],
  });
}

/** Throws VisionError for images that cannot be read (too large, corrupt, not PNG/JPEG). */
export async function analyzeImage(bytes: Uint8Array, opts: AnalyzeImageOptions = {}): Promise<ImageAnalysis> {
  const img = readImage(bytes, opts.limits ?? DEFAULT_IMAGE_LIMITS);
  const qr = decodeQr(img).map(classifyQrPayload);
  const base = { width: img.width, height: img.height, qr };
  const link = qr.find((q) => q.kind === 'whatsapp-device-link' || q.kind === 'telegram-login');
  // A device-linking QR says everything that matters: answer at once, no OCR.
  if (link) return { ...base, kind: 'qr-device-link', verdict: link.verdict };
  if (opts.ocr === false) {
    const v = worstVerdict(qr.map((q) => q.verdict));
    return { ...base, kind: v ? 'qr' : 'nothing', verdict: v ?? nothingVerdict('no-qr-code') };
  }
  const recognise = opts.recognise ?? runTesseract;
  const text = repairOcrText(await recognise(bytes, opts.ocrOptions));
  const linkedDevices = readLinkedDevices(text, opts.usesWhatsAppWeb === undefined ? {} : { usesWhatsAppWeb: opts.usesWhatsAppWeb });
  if (linkedDevices) {
    return { ...base, kind: 'linked-devices', text, linkedDevices, verdict: worstVerdict(qr.map((q) => q.verdict)) ?? nothingVerdict('linked-devices-screen') };
  }
  const verdicts = qr.map((q) => q.verdict);
  if (text.trim() !== '') verdicts.push(analyzeMessage(text));
  const v = worstVerdict(verdicts);
  const kind: ImageKind = qr.length > 0 && (v === qr[0]?.verdict || text.trim() === '') ? 'qr' : text.trim() !== '' ? 'text' : 'nothing';
  return { ...base, kind, text, verdict: v ?? nothingVerdict('no-text-in-image') };
}
