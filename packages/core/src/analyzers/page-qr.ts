/**
 * QR linking pages posing as verification (THREAT.md B): a QR element, "scan the QR code"
 * copy, and WhatsApp/Telegram linking words, on a domain that is not the brand's
 * (web.whatsapp.com is official and never reaches here). A QR to "scan to verify / vote / prove
 * you are human" that names no messenger is still the same trick with the brand left out:
 * suspicious, not dangerous (sites also show QR codes to open their own app).
 */
import type { Analyzer } from './analyzer.ts';
import type { PageSubject } from '../subjects/page-types.ts';
import { pageSignals } from '../page/signals.ts';
import { pageFinding, phraseEvidence } from './page-finding.ts';

export const pageQrAnalyzer: Analyzer<PageSubject> = {
  id: 'page-qr',
  appliesTo: 'page',
  analyze(s) {
    if (s.qrHints === 0) return [];
    const sig = pageSignals(s);
    const scan = sig.phrases.get('qr-scan');
    if (sig.official || !scan) return [];
    // A shop's "scan to chat with us on WhatsApp" (a wa.me QR) names WhatsApp too: naming the
    // messenger counts only with a lure; the Linked-devices screens count alone.
    const linkedDevices = sig.phrases.has('linked-devices') || sig.phrases.has('link-with-phone');
    const names = sig.namesWhatsApp || sig.namesTelegram;
    const lure = sig.phrases.has('verify-account') || sig.phrases.has('vote') || sig.phrases.has('view-content') || sig.phrases.has('authorise-messenger');
    const evidence = [{ field: 'page.qr', value: `${s.qrHints} QR element(s)` }, ...phraseEvidence(scan.samples)];
    const advice = ['do-not-scan-qr', 'check-linked-devices'] as const;
    if (lure && (linkedDevices || names)) {
      return [pageFinding('page-qr/verification-qr', { severity: 'critical', weight: 85, attack: 'qr-linking', evidence, advice })];
    }
    if (linkedDevices) return [pageFinding('page-qr/linking-qr', { severity: 'high', weight: 72, attack: 'qr-linking', evidence, advice })];
    if (lure && !sig.warningContext) return [pageFinding('page-qr/scan-to-verify', { severity: 'medium', weight: 45, attack: 'qr-linking', evidence, advice })];
    return [];
  },
};
