import { writeFileSync } from 'node:fs';
import { analyzePageEvidence, analyzeUrl, buildVerdict, renderVerdict, type PageEvidence, type Verdict } from '@ghostguard/core';
import { CliError, EXIT, exitForLevel } from '../exit-codes.ts';
import { formatVerdict, SECTION_LABELS } from '../render-text.ts';
import { resolveLang } from '../lang.ts';
import { verdictJson } from './check.ts';

export interface ScanOptions {
  readonly screenshot?: string;
  readonly json?: boolean;
  readonly allowLoopback?: boolean;
  readonly lang?: string;
  readonly timeout?: string;
}

/** The page verdict and the link verdict of the final URL, combined: the page usually decides. */
export function combineScan(evidence: PageEvidence): Verdict {
  const page = analyzePageEvidence(evidence);
  const link = analyzeUrl(evidence.finalUrl || evidence.requestedUrl);
  const findings = [...page.findings, ...link.findings];
  const quiet = page.level === 'safe' && link.level === 'safe' ? 'safe' : 'unknown';
  return buildVerdict({
    kind: 'page',
    findings,
    quietLevel: quiet,
    indicators: {
      urls: [...new Set([...page.indicators.urls, ...link.indicators.urls])],
      domains: [...new Set([...page.indicators.domains, ...link.indicators.domains])],
      phones: page.indicators.phones,
      codes: page.indicators.codes,
    },
    ...(link.level === 'safe' && page.level !== 'dangerous' ? { forceLevel: 'safe' as const } : {}),
  });
}

function summary(e: PageEvidence): string[] {
  const lines = [`Final URL: ${e.finalUrl}`, `Title: ${e.title || '(none)'}`];
  if (e.redirects.length > 1) {
    lines.push('Redirects:');
    for (const h of e.redirects) lines.push(`  ${h.status || h.kind} ${h.url}`);
  }
  const blocked = e.requests.filter((r) => r.blocked).length;
  lines.push(`Requests: ${e.requests.length} (${blocked} blocked), WebSockets: ${e.websockets.length}, forms: ${e.forms.length}`);
  for (const ws of e.websockets) {
    if (ws.socketIoEvents.length) lines.push(`  socket events at ${ws.url}: ${ws.socketIoEvents.join(', ')}`);
  }
  if (e.limitsHit.length) lines.push(`Limits hit: ${e.limitsHit.join(', ')}`);
  lines.push(`Time: ${e.timings.totalMs} ms`);
  return lines;
}

export async function runScan(url: string, opts: ScanOptions, out: (s: string) => void): Promise<number> {
  const { createSandboxPool } = await import('@ghostguard/sandbox');
  const timeoutMs = opts.timeout ? Number(opts.timeout) * 1000 : undefined;
  if (timeoutMs !== undefined && !(timeoutMs > 0)) throw new CliError(`--timeout must be a positive number of seconds`, EXIT.usage);
  const pool = createSandboxPool({ concurrency: 1 });
  try {
    const res = await pool.capture(url, {
      allowLoopback: opts.allowLoopback === true,
      screenshot: opts.screenshot !== undefined,
      ...(timeoutMs ? { timeoutMs } : {}),
    });
    const e = res.evidence;
    if (e.error && e.finalUrl === '') {
      const exit = e.error.code === 'GG_ERR_SANDBOX_UNAVAILABLE' ? EXIT.unavailable : EXIT.dataError;
      throw new CliError(`could not capture ${url}: ${e.error.code}: ${e.error.message}`, exit);
    }
    if (opts.screenshot && res.screenshot) writeFileSync(opts.screenshot, res.screenshot);
    const v = combineScan(e);
    const lang = resolveLang(opts.lang, undefined);
    if (opts.json) {
      out(JSON.stringify({ verdict: verdictJson(v, lang), evidence: { ...e, html: `(${e.html.length} chars)` } }, null, 2));
    } else {
      const r = renderVerdict(v, lang);
      out(formatVerdict(v, r, { colour: process.stdout.isTTY === true, labels: SECTION_LABELS[lang] ?? SECTION_LABELS['en']! }));
      out('\n' + summary(e).join('\n'));
      if (e.error) out(`Capture problem: ${e.error.code}: ${e.error.message}`);
    }
    return exitForLevel(v.level);
  } finally {
    await pool.close();
  }
}
