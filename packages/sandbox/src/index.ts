/** STUB — replaced by the real sandbox (issue 3). The API below is the contract. */
import type { PageEvidence } from '@ghostguard/core';

export interface CaptureOptions {
  /** Only tests set this: lets the sandbox visit 127.0.0.1/::1. Everything private stays refused. */
  readonly allowLoopback?: boolean;
  readonly timeoutMs?: number;
  readonly device?: 'android' | 'whatsapp-inapp' | 'desktop';
  readonly locale?: string;
  readonly timezone?: string;
  readonly referrer?: string;
  readonly screenshot?: boolean;
}

export interface CaptureResult {
  readonly evidence: PageEvidence;
  /** PNG bytes, null when not taken or failed. */
  readonly screenshot: Uint8Array | null;
}

export interface SandboxPool {
  capture(url: string, options?: CaptureOptions): Promise<CaptureResult>;
  close(): Promise<void>;
}

export interface PoolOptions {
  readonly concurrency?: number;
  readonly executablePath?: string;
}

export function createSandboxPool(_options: PoolOptions = {}): SandboxPool {
  throw new Error('sandbox not implemented yet');
}
