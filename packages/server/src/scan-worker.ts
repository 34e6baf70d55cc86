/**
 * The worker role's job: visit the URL in the sandbox, let the core judge the captured page and
 * its final URL, store verdict + redacted evidence + screenshot, and record flagged indicators.
 */
import { analyzePageEvidence, analyzeUrl, buildVerdict, type Finding, type PageEvidence, type Verdict } from '@ghostguard/core';
import type { Repositories } from './repos/index.ts';
import type { SandboxPort } from './sandbox/port.ts';
import type { JobHandlers } from './queue/port.ts';
import { redactDeep } from './redact.ts';

/** Bounds on what is stored per scan (the sandbox bounds capture; storage has its own budget). */
const MAX_HTML_STORED = 256 * 1024;
const MAX_TEXT_STORED = 64 * 1024;
const MAX_LIST_STORED = 500;

export interface ScanWorkerDeps {
  readonly repos: Repositories;
  readonly sandbox: SandboxPort;
  readonly workerId: string;
  readonly allowLoopback: boolean;
  readonly captureTimeoutMs: number;
  readonly onFinished?: (status: 'done' | 'failed', ms: number) => void;
}

/** One verdict from the page and its final URL; a finding reported by both counts once. */
export function combineVerdicts(page: Verdict, url: Verdict): Verdict {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const f of [...page.findings, ...url.findings]) {
    const key = `${f.rule}|${f.evidence.map((e) => `${e.field}=${e.value}`).join(';')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(f);
  }
  const uniq = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];
  return buildVerdict({
    kind: 'page',
    findings,
    // An official domain with a quiet page stays safe; otherwise silence means "unknown".
    quietLevel: url.level === 'safe' && page.level !== 'suspicious' && page.level !== 'dangerous' ? 'safe' : 'unknown',
    indicators: {
      urls: uniq(page.indicators.urls, url.indicators.urls),
      domains: uniq(page.indicators.domains, url.indicators.domains),
      phones: uniq(page.indicators.phones, url.indicators.phones),
      codes: uniq(page.indicators.codes, url.indicators.codes),
    },
    ...(page.language ? { language: page.language } : {}),
  });
}

/** Evidence as stored: bounded, and with phone numbers / codes redacted. */
export function storableEvidence(e: PageEvidence): PageEvidence {
  const bounded: PageEvidence = {
    ...e,
    html: e.html.slice(0, MAX_HTML_STORED),
    visibleText: e.visibleText.slice(0, MAX_TEXT_STORED),
    requests: e.requests.slice(0, MAX_LIST_STORED),
    links: e.links.slice(0, MAX_LIST_STORED),
    scripts: e.scripts.slice(0, MAX_LIST_STORED),
    images: e.images.slice(0, MAX_LIST_STORED),
  };
  return redactDeep(bounded);
}

export function createScanHandlers(deps: ScanWorkerDeps): JobHandlers {
  const { repos } = deps;
  return {
    async handle(job) {
      const scan = await repos.scans.get(job.scanId);
      // Idempotent: a job re-delivered after its scan finished (or was deleted) does nothing.
      if (!scan || scan.status === 'done') return;
      const started = Date.now();
      await repos.scans.markRunning(scan.id, deps.workerId);
      const { evidence, screenshot } = await deps.sandbox.capture(scan.url, {
        allowLoopback: deps.allowLoopback,
        screenshot: true,
        timeoutMs: deps.captureTimeoutMs,
      });
      const verdict = combineVerdicts(analyzePageEvidence(evidence), analyzeUrl(evidence.finalUrl || scan.url));
      await repos.scans.complete(scan.id, {
        level: verdict.level,
        verdict: redactDeep(verdict),
        evidence: storableEvidence(evidence),
        ...(evidence.error ? { error: evidence.error.code } : {}),
        screenshot,
        worker: deps.workerId,
      });
      if (verdict.level === 'dangerous' || verdict.level === 'suspicious') {
        for (const d of verdict.indicators.domains) await repos.indicators.upsert('domain', d, verdict.level);
        for (const u of verdict.indicators.urls) await repos.indicators.upsert('url', redactDeep(u), verdict.level);
      }
      deps.onFinished?.('done', Date.now() - started);
    },
    async onRetry(job, error) {
      await repos.scans.requeue(job.scanId, error);
    },
    async onDead(job, error) {
      await repos.scans.fail(job.scanId, error);
      deps.onFinished?.('failed', 0);
    },
  };
}
