/**
 * The sandbox port. The real adapter is @ghostguard/sandbox (Chromium); the pool is created on
 * first use so that an API-only process never starts a browser.
 */
import type { PageEvidence } from '@ghostguard/core';

export interface SandboxCapture {
  readonly evidence: PageEvidence;
  readonly screenshot: Uint8Array | null;
}

export interface SandboxPort {
  capture(url: string, options: { allowLoopback?: boolean; screenshot?: boolean; timeoutMs?: number }): Promise<SandboxCapture>;
  close(): Promise<void>;
}

export function createRealSandbox(concurrency: number): SandboxPort {
  let pool: Promise<SandboxPort> | undefined;
  const get = () =>
    (pool ??= import('@ghostguard/sandbox').then((m) => m.createSandboxPool({ concurrency }) as SandboxPort).catch((err: unknown) => {
      pool = undefined; // try again on the next job (e.g. Chromium was installed meanwhile)
      throw err;
    }));
  return {
    async capture(url, options) {
      return (await get()).capture(url, options);
    },
    async close() {
      if (pool) await (await pool.catch(() => undefined))?.close();
    },
  };
}
