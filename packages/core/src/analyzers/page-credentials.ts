/**
 * Credential forms: a visible password field on a page that claims a brand on a domain that is
 * not the brand's, and forms that post to another site. A login form on its own domain with no
 * brand claim is ordinary (data/pages-benign: 60+ real login and sign-up pages).
 */
import type { Analyzer } from './analyzer.ts';
import type { PageSubject } from '../subjects/page-types.ts';
import type { Finding } from '../types.ts';
import { pageSignals } from '../page/signals.ts';
import { pageFinding } from './page-finding.ts';

export const pageCredentialsAnalyzer: Analyzer<PageSubject> = {
  id: 'page-credentials',
  appliesTo: 'page',
  analyze(s) {
    const sig = pageSignals(s);
    if (sig.official) return [];
    // Hidden password fields count: two-step logins (email first, then password) reveal them later.
    const password = s.inputs.find((i) => i.type === 'password');
    const out: Finding[] = [];
    const claim = sig.foreignClaim;
    const domain = s.url.domain || s.url.hostname || '?';
    if (password && claim) {
      out.push(pageFinding('page-credentials/brand-password', {
        severity: 'high', weight: 80, attack: 'credential-phishing', brand: claim.brand,
        evidence: [...claim.evidence.slice(0, 2), { field: 'page.input', value: `password ${password.name}`.trim() }],
        params: { brand: claim.brand, domain }, advice: ['do-not-enter-password', 'official-domain-only'],
      }));
    }
    const cross = sig.kit.crossOriginForms;
    if (cross.length > 0) {
      out.push(pageFinding('page-credentials/cross-origin-form', {
        // SSO and payment forms post elsewhere legitimately; with a password and a claim it adds up.
        severity: password ? 'low' : 'info', weight: password && claim ? 25 : password ? 10 : 3,
        evidence: sig.kit.evidence['forms'] ?? [], params: { target: cross[0] ?? '' },
      }));
    }
    return out;
  },
};
