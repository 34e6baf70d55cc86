/**
 * Page verdicts, from static HTML (`analyzePage`: no browser, for bulk and for the browser build)
 * or from what the sandbox captured (`analyzePageEvidence`). Both build one PageSubject and run
 * PAGE_ANALYZERS. Never throws on page content.
 */
import type { AnalyzeContext } from './analyzers/analyzer.ts';
import { PAGE_ANALYZERS } from './analyzers/page-registry.ts';
import { pageSignals } from './page/signals.ts';
import type { PageEvidence } from './subjects/page-evidence.ts';
import { createPageSubjectFromEvidence, createPageSubjectFromHtml } from './subjects/page-subject.ts';
import type { PageSubject } from './subjects/page-types.ts';
import type { Finding, Indicators, Level, Verdict } from './types.ts';
import { buildVerdict } from './verdict.ts';

function runPageAnalyzers(subject: PageSubject, ctx: AnalyzeContext): Finding[] {
  const out: Finding[] = [];
  for (const a of PAGE_ANALYZERS) {
    try {
      out.push(...a.analyze(subject, ctx));
    } catch (err) {
      // A bug in one analyzer must not take the verdict down: record it and go on.
      out.push({
        analyzer: 'engine', rule: 'engine/analyzer-failed', severity: 'info', evidence: [], weight: 0,
        message: { id: 'finding.engine.analyzer-failed', params: { analyzer: a.id, error: String(err).slice(0, 200) } },
      });
    }
  }
  return out;
}

function problemFindings(problems: readonly string[]): Finding[] {
  return problems.slice(0, 5).map((problem) => ({
    analyzer: 'engine', rule: 'engine/unsupported-input', severity: 'info' as const, weight: 0,
    message: { id: 'finding.engine.unsupported-input', params: { problem } }, evidence: [{ field: 'page', value: problem }],
  }));
}

function indicatorsOf(s: PageSubject): Indicators {
  let codes: readonly string[] = [];
  try {
    codes = [...new Set(pageSignals(s).code.displayedCodes)];
  } catch {
    codes = [];
  }
  return {
    urls: s.url.ok ? [s.url.href] : [],
    domains: s.url.ok && s.url.hostname ? [s.url.hostname] : [],
    phones: [],
    codes,
  };
}

/**
 * Every finding that tells an attack carries the page's story brand (signals.ts storyBrand), so
 * the verdict's brand — the one with the most summed weight — cannot be split between, say, a
 * 'facebook' claim and an unbranded WhatsApp code step.
 */
function withStoryBrand(findings: Finding[], subject: PageSubject): Finding[] {
  let brand: string | undefined;
  try {
    brand = pageSignals(subject).storyBrand;
  } catch {
    brand = undefined;
  }
  if (!brand) return findings;
  return findings.map((f) => (f.attack && !f.brand && f.analyzer.startsWith('page-') ? { ...f, brand } : f));
}

/** The verdict of one page subject. Exposed for callers that already hold a subject. */
export function analyzePageSubject(subject: PageSubject): Verdict {
  const findings = withStoryBrand(runPageAnalyzers(subject, {}), subject);
  findings.push(...problemFindings(subject.problems));
  let official = false;
  try {
    official = pageSignals(subject).official;
  } catch {
    official = false;
  }
  return buildVerdict({
    kind: 'page',
    findings,
    quietLevel: 'unknown' as Level,
    indicators: indicatorsOf(subject),
    ...(subject.lang ? { language: subject.lang } : {}),
    // A brand's own site is safe unless something strong (a pairing socket) says otherwise.
    ...(official && findings.every((f) => f.weight < 70) ? { forceLevel: 'safe' as Level } : {}),
  });
}

/** Static analysis of HTML fetched elsewhere (no browser). `url` is the page's final URL. */
export function analyzePage(html: string, url: string): Verdict {
  return analyzePageSubject(createPageSubjectFromHtml(html, url));
}

/** Analysis of what the sandbox captured in a real browser. */
export function analyzePageEvidence(evidence: PageEvidence): Verdict {
  return analyzePageSubject(createPageSubjectFromEvidence(evidence));
}
