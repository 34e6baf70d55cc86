/**
 * `ghostguard check --image FILE [--json] [--lang]`: a screenshot or a photo of a QR code.
 * The file is read into memory (size checked first) and never copied anywhere.
 */
import { statSync, readFileSync } from 'node:fs';
import { renderVerdict } from '@ghostguard/core';
import { analyzeImage, DEFAULT_IMAGE_LIMITS, isVisionError, QR_LINK_WARNING, renderLinkedDevices, type AnalyzeImageOptions, type ImageAnalysis } from '@ghostguard/vision';
import { CliError, EXIT, exitForLevel } from '../exit-codes.ts';
import { resolveLang } from '../lang.ts';
import { formatVerdict, SECTION_LABELS } from '../render-text.ts';
import { verdictJson } from './check.ts';

export interface CheckImageOptions {
  readonly json?: boolean;
  readonly lang?: string;
  /** Tests inject OCR; the default runs the tesseract command. */
  readonly image?: AnalyzeImageOptions;
}

function readBounded(file: string): Uint8Array {
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new CliError(`not a file: ${file}`, EXIT.dataError);
    size = st.size;
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`, EXIT.dataError);
  }
  if (size > DEFAULT_IMAGE_LIMITS.maxBytes) throw new CliError(`image is ${(size / 1e6).toFixed(1)} MB; the limit is ${DEFAULT_IMAGE_LIMITS.maxBytes / 1e6} MB`, EXIT.dataError);
  return new Uint8Array(readFileSync(file));
}

function textOutput(r: ImageAnalysis, lang: string): string {
  if (r.kind === 'linked-devices' && r.linkedDevices) return renderLinkedDevices(r.linkedDevices, lang).text;
  const body = formatVerdict(r.verdict, renderVerdict(r.verdict, lang), {
    colour: process.stdout.isTTY === true && !process.env['NO_COLOR'],
    labels: SECTION_LABELS[lang] ?? SECTION_LABELS['en']!,
  });
  return r.kind === 'qr-device-link' ? `${QR_LINK_WARNING[lang] ?? QR_LINK_WARNING['en']}\n\n${body}` : body;
}

export async function runCheckImage(file: string | undefined, opts: CheckImageOptions, out: (s: string) => void): Promise<number> {
  if (!file) throw new CliError('give an image file: ghostguard check --image screenshot.png', EXIT.usage);
  const bytes = readBounded(file);
  let r: ImageAnalysis;
  try {
    r = await analyzeImage(bytes, opts.image ?? {});
  } catch (err) {
    if (!isVisionError(err)) throw err;
    throw new CliError(err.message, err.code === 'GG_ERR_OCR_UNAVAILABLE' ? EXIT.unavailable : EXIT.dataError);
  }
  const lang = resolveLang(opts.lang, r.linkedDevices?.screenLang ?? r.verdict.language);
  if (opts.json) {
    out(JSON.stringify({
      image: { kind: r.kind, width: r.width, height: r.height },
      qr: r.qr.map((q) => ({ kind: q.kind, display: q.display, level: q.verdict.level })),
      ...(r.text !== undefined ? { text: r.text } : {}),
      ...(r.linkedDevices ? { linkedDevices: r.linkedDevices, linkedDevicesText: renderLinkedDevices(r.linkedDevices, lang).text } : {}),
      verdict: verdictJson(r.verdict, lang),
    }, null, 2));
  } else {
    out(textOutput(r, lang));
  }
  // A Linked devices screen is not a verdict about a scam: exit 0 unless a QR on it is dangerous.
  return exitForLevel(r.verdict.level);
}
