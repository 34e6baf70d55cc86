/** STUB — replaced by the page analyzers (issue 3). */
import type { PageEvidence } from './subjects/page-evidence.ts';
import type { Verdict } from './types.ts';
import { buildVerdict } from './verdict.ts';

/** Static analysis of HTML fetched elsewhere (no browser). */
export function analyzePage(_html: string, _url: string): Verdict {
  return buildVerdict({ kind: 'page', findings: [], quietLevel: 'unknown' });
}

/** Analysis of what the sandbox captured in a real browser. */
export function analyzePageEvidence(_evidence: PageEvidence): Verdict {
  return buildVerdict({ kind: 'page', findings: [], quietLevel: 'unknown' });
}
