import type { PageEvidence } from '@ghostguard/core';
import type { DeviceName } from './devices.ts';

export interface CaptureOptions {
  /** Only tests set this: lets the sandbox visit 127.0.0.1/::1. Everything private stays refused. */
  readonly allowLoopback?: boolean;
  /** Total budget for the capture (navigation, settling, reading, screenshot). Default 20 s. */
  readonly timeoutMs?: number;
  /** Default 'android'. */
  readonly device?: DeviceName;
  /** BCP 47, default 'ru-KZ'. */
  readonly locale?: string;
  /** IANA zone, default 'Asia/Almaty'. */
  readonly timezone?: string;
  /** Sent as the Referer of the first request (e.g. a chat app's origin). */
  readonly referrer?: string;
  /** Default true. */
  readonly screenshot?: boolean;
  /** How long to let scripts and sockets run after `load` when the page is still busy. Default 2500 ms. */
  readonly settleMs?: number;
  /**
   * Tests only: host name → loopback address (e.g. a lookalike kit domain → the fixture server).
   * Needs `allowLoopback`; any non-loopback address is refused (test-host-map.ts).
   */
  readonly testHostMap?: Readonly<Record<string, string>>;
}

export interface CaptureResult {
  readonly evidence: PageEvidence;
  /** PNG bytes, null when not taken or failed. */
  readonly screenshot: Uint8Array | null;
}

export interface SandboxPool {
  capture(url: string, options?: CaptureOptions): Promise<CaptureResult>;
  close(): Promise<void>;
  /** For monitoring and tests. */
  stats(): PoolStats;
}

export interface PoolStats {
  readonly running: number;
  readonly queued: number;
  readonly launches: number;
  readonly captures: number;
  /** The current browser's private temporary directory, null when no browser runs. */
  readonly tempDir: string | null;
}

export interface PoolOptions {
  /** Captures that run at once in one Chromium; default 2 (one per core on the reference box). */
  readonly concurrency?: number;
  /** Default /usr/bin/chromium (Debian package; never downloaded). */
  readonly executablePath?: string;
  /** Where the browser's temporary profile lives; default os.tmpdir(). Removed on close and crash. */
  readonly tempRoot?: string;
  /** Hard limits; defaults in DEFAULT_LIMITS. */
  readonly limits?: Partial<CaptureLimits>;
}

export interface CaptureLimits {
  /** Default total capture time when CaptureOptions.timeoutMs is absent. */
  readonly totalMs: number;
  readonly navigationMs: number;
  readonly maxRedirects: number;
  /** Main page + pop-ups. */
  readonly maxPages: number;
  readonly maxResponseBytes: number;
  readonly maxTotalBytes: number;
}

export const DEFAULT_LIMITS: CaptureLimits = {
  totalMs: 20_000,
  navigationMs: 12_000,
  // Chromium itself stops at 20 HTTP redirects; real chains are 1–5 hops (shortener → tracker → kit).
  maxRedirects: 10,
  maxPages: 5,
  maxResponseBytes: 5 * 1024 * 1024,
  maxTotalBytes: 10 * 1024 * 1024,
};
