/**
 * QR linking pages posing as verification (THREAT.md B): a QR element, "scan the QR code"
 * copy, and WhatsApp/Telegram linking words, on a domain that is not the brand's
 * (web.whatsapp.com is official and never reaches here).
 */
import type { Analyzer } from './analyzer.ts';
import type { PageSubject } from '../subjects/page-types.ts';
import { pageSignals } from '../page/signals.ts';
import { pageFinding, phraseEvidence } from './page-finding.ts';

export const pageQrAnalyzer: Analyzer<PageSubject> = {
  id: 'page-qr',
  appliesTo: 'page',
  analyze(s) {
    const sig = pageSignals(s);
    const scan = sig.phrases.get('qr-scan');
    if (sig.official || !scan || s.qrHints === 0) return [];
    const linking = sig.phrases.has('linked-devices') || sig.namesWhatsApp || /telegram|телеграм/.test(s.folded);
    if (!linking) return [];
    const lure = sig.phrases.has('verify-account') || sig.phrases.has('vote') || sig.phrases.has('view-content') || sig.phrases.has('authorise-messenger');
    const brand = sig.foreignClaim?.brand;
    return [pageFinding(lure ? 'page-qr/verification-qr' : 'page-qr/linking-qr', {
      severity: lure ? 'critical' : 'high', weight: lure ? 85 : 72, attack: 'qr-linking', ...(brand ? { brand } : {}),
      evidence: [{ field: 'page.qr', value: `${s.qrHints} QR element(s)` }, ...phraseEvidence(scan.samples)],
      advice: ['do-not-scan-qr', 'check-linked-devices'],
    })];
  },
};
