/**
 * A fake sandbox for queue tests and the multi-process tests only. It is selected by the env var
 * GG_TEST_FAKE_SANDBOX ("fast" or "slow:<ms>"), which exists for those tests and nothing else;
 * GG_TEST_FAKE_SANDBOX_LOG names a file that gets one line "<pid> <url>" per capture started,
 * so a test can prove each job ran exactly once.
 */
import { appendFileSync } from 'node:fs';
import type { PageEvidence } from '@ghostguard/core';
import type { SandboxPort } from './port.ts';

export function fakeEvidence(url: string, overrides: Partial<PageEvidence> = {}): PageEvidence {
  return {
    requestedUrl: url, finalUrl: url, redirects: [{ url, status: 200, kind: 'initial' }], status: 200,
    title: 'Fake page', html: '<html><body>fake</body></html>', visibleText: 'fake', forms: [], inputs: [], links: [],
    scripts: [], requests: [{ url, method: 'GET', resourceType: 'document', status: 200 }], websockets: [], consoleErrors: [],
    dialogs: [], popups: [], faviconSha256: '', images: [],
    timings: { startedAt: new Date().toISOString(), totalMs: 1, navigationMs: 1 }, limitsHit: [],
    ...overrides,
  };
}

/** 1x1 transparent PNG. */
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64'));

export function createFakeSandbox(spec: string, logFile?: string): SandboxPort {
  const delay = spec.startsWith('slow:') ? Number(spec.slice(5)) || 1000 : 0;
  return {
    async capture(url) {
      if (logFile) appendFileSync(logFile, `${process.pid} ${url}\n`);
      if (delay > 0) await new Promise((r) => setTimeout(r, delay));
      return { evidence: fakeEvidence(url), screenshot: PNG };
    },
    async close() {},
  };
}

export function sandboxFromEnv(env: Record<string, string | undefined>): SandboxPort | undefined {
  const spec = env['GG_TEST_FAKE_SANDBOX'];
  return spec ? createFakeSandbox(spec, env['GG_TEST_FAKE_SANDBOX_LOG']) : undefined;
}
