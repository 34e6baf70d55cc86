/**
 * Browser entry: scan a File/Blob/ArrayBuffer in the page, in chunks with `await` between them
 * so the UI stays responsive, and return the report plus the self-contained HTML report. It
 * reads the file locally (Blob.slice().arrayBuffer()) and never sends it anywhere: this module
 * has no network code at all (checked by the real-browser test).
 */
import { renderHtmlReport } from './report/html.ts';
import { renderJsonReport } from './report/json.ts';
import { toStixBundle } from './report/stix.ts';
import { createChatScan } from './scan/pipeline.ts';
import type { ScanReport, ScannedMessage } from './types.ts';

export interface BrowserScanOptions {
  readonly lang?: 'kk' | 'ru' | 'en';
  /** File name (used for the chat name and format hints). */
  readonly name?: string;
  /** Called after each chunk with bytes done and total. */
  readonly onProgress?: (done: number, total: number, messages: number) => void;
  /** Bytes per chunk (default 4 MiB). */
  readonly chunkBytes?: number;
  /** Keep every scanned message for a JSON download, up to this many (default 200,000; 0: none). */
  readonly keepMessages?: number;
  /** Stop early when it returns true (a Cancel button). */
  readonly cancelled?: () => boolean;
}

export interface BrowserScanResult {
  readonly report: ScanReport;
  readonly html: string;
  /** The JSON report (all messages kept), when within `keepMessages`. */
  readonly json?: string;
  /** STIX 2.1 bundle of the indicators, as JSON text. */
  readonly stix: string;
  readonly cancelled: boolean;
}

const yieldToUi = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function scanChatFile(file: Blob | ArrayBuffer | Uint8Array, options: BrowserScanOptions = {}): Promise<BrowserScanResult> {
  const lang = options.lang ?? 'en';
  const keep = options.keepMessages ?? 200_000;
  const kept: ScannedMessage[] = [];
  let overflow = false;
  const scan = createChatScan({
    lang,
    ...(options.name ? { name: options.name } : {}),
    ...(keep > 0
      ? {
          onMessage: (m: ScannedMessage) => {
            if (kept.length < keep) kept.push(m);
            else overflow = true;
          },
        }
      : {}),
  });
  const chunk = options.chunkBytes ?? 4 * 1024 * 1024;
  const total = file instanceof Blob ? file.size : file.byteLength;
  let cancelled = false;
  for (let off = 0; off < total; off += chunk) {
    if (options.cancelled?.()) {
      cancelled = true;
      break;
    }
    const bytes = file instanceof Blob ? new Uint8Array(await file.slice(off, off + chunk).arrayBuffer()) : new Uint8Array(file instanceof Uint8Array ? file.buffer : file, file instanceof Uint8Array ? file.byteOffset + off : off, Math.min(chunk, total - off));
    scan.push(bytes);
    options.onProgress?.(Math.min(total, off + chunk), total, scan.messages);
    await yieldToUi();
  }
  const report = scan.finish();
  return {
    report,
    html: renderHtmlReport(report, lang),
    ...(keep > 0 && !overflow ? { json: renderJsonReport(report, kept) } : {}),
    stix: JSON.stringify(toStixBundle(report.indicators), null, 2),
    cancelled,
  };
}

export { renderHtmlReport } from './report/html.ts';
export type { ScanReport } from './types.ts';
