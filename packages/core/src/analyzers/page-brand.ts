/**
 * Brand claims on a foreign domain. A claim alone is weak (articles, fan pages, resellers name
 * brands in their titles): it explains, and the flow analyzers decide. Meta-family claims with
 * "verify your account / view the photo" copy are the GhostPairing landing pattern (THREAT.md D).
 */
import type { Analyzer } from './analyzer.ts';
import type { PageSubject } from '../subjects/page-types.ts';
import type { Finding } from '../types.ts';
import { pageSignals } from '../page/signals.ts';
import { pageFinding, phraseEvidence } from './page-finding.ts';

export const pageBrandAnalyzer: Analyzer<PageSubject> = {
  id: 'page-brand',
  appliesTo: 'page',
  analyze(s) {
    const sig = pageSignals(s);
    const claim = sig.foreignClaim;
    if (!claim) return [];
    const domain = s.url.domain || s.url.hostname || '?';
    const out: Finding[] = [pageFinding('page-brand/claim', {
      severity: 'low', weight: 15, brand: claim.brand, attack: 'brand-impersonation', evidence: claim.evidence,
      params: { brand: claim.brand, domain },
    })];
    const lure = sig.phrases.get('verify-account') ?? sig.phrases.get('view-content');
    if (sig.metaClaim && lure) {
      out.push(pageFinding('page-brand/meta-verification', {
        severity: 'medium', weight: 35, brand: claim.brand, attack: 'brand-impersonation', evidence: phraseEvidence(lure.samples),
        params: { brand: claim.brand, domain }, advice: ['official-domain-only'],
      }));
    }
    return out;
  },
};
