/**
 * Reader + scanner in one object: push bytes, get a report. The CLI feeds file chunks; the
 * browser feeds slices of a File. Nothing here does I/O.
 */
import { ExportReader, type ReaderOptions } from '../export-reader.ts';
import type { ScanReport } from '../types.ts';
import { ChatScanner, type ScannerOptions } from './scanner.ts';

export interface ChatScanOptions extends ScannerOptions, ReaderOptions {}

export interface ChatScan {
  push(bytes: Uint8Array): void;
  /** Ends the input and returns the report. */
  finish(): ScanReport;
  readonly messages: number;
  readonly bytesRead: number;
}

export function createChatScan(options: ChatScanOptions = {}): ChatScan {
  const scanner = new ChatScanner(options);
  const reader = new ExportReader(scanner, options);
  return {
    push: (b) => reader.push(b),
    finish: () => {
      reader.end();
      return scanner.finish(reader.format);
    },
    get messages() {
      return scanner.scanned;
    },
    get bytesRead() {
      return reader.bytesRead;
    },
  };
}

/** Whole export in memory (small files, tests): bytes or text. */
export function scanExport(input: Uint8Array | string, options: ChatScanOptions = {}): ScanReport {
  const scan = createChatScan(options);
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  // Chunks of 1 MiB: the same path as streaming, so tests of small inputs exercise it.
  for (let off = 0; off < bytes.length; off += 1 << 20) scan.push(bytes.subarray(off, off + (1 << 20)));
  return scan.finish();
}
