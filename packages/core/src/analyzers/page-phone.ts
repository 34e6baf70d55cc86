/**
 * Phone-number collection. Alone it is ordinary (checkouts, sign-ups): low weight, an honest
 * reason. It matters in combination (page-flow).
 */
import type { Analyzer } from './analyzer.ts';
import type { PageSubject } from '../subjects/page-types.ts';
import { pageSignals } from '../page/signals.ts';
import { pageFinding } from './page-finding.ts';

export const pagePhoneAnalyzer: Analyzer<PageSubject> = {
  id: 'page-phone',
  appliesTo: 'page',
  analyze(s) {
    const sig = pageSignals(s);
    if (!sig.collectsPhone || sig.official) return [];
    const withSelector = sig.phone.countrySelector || sig.phone.dialPrefix !== '';
    return [pageFinding(withSelector ? 'page-phone/number-with-country-code' : 'page-phone/number-input', {
      severity: 'info', weight: withSelector ? 10 : 5, evidence: sig.phone.evidence,
    })];
  },
};
