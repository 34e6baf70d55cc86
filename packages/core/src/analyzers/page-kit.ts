/**
 * Kit behaviour (static scripts and sandbox evidence): pairing socket events, IP geolocation to
 * prefill the dialling code, Telegram bot exfiltration, obfuscation, anti-analysis, shortener
 * redirect chains. Weights: only the pairing socket and bot exfiltration are strong alone —
 * legitimate sites also geolocate, minify, and sit behind short links.
 */
import type { Analyzer } from './analyzer.ts';
import type { PageSubject } from '../subjects/page-types.ts';
import type { Finding } from '../types.ts';
import { pageSignals } from '../page/signals.ts';
import { pageFinding } from './page-finding.ts';

export const pageKitAnalyzer: Analyzer<PageSubject> = {
  id: 'page-kit',
  appliesTo: 'page',
  analyze(s) {
    const sig = pageSignals(s);
    const k = sig.kit;
    const ev = (key: string) => k.evidence[key] ?? [];
    const out: Finding[] = [];
    const { up, down } = k.pairingEvents;
    if ((k.usesSocket || k.eventCalls) && up.length > 0 && down.length > 0) {
      out.push(pageFinding('page-kit/pairing-socket', { severity: 'high', weight: 70, attack: 'ghostpairing', evidence: ev('socket'), advice: ['never-enter-number-or-code'] }));
    } else if (k.usesSocket && (up.length > 0 || down.length > 0) && sig.collectsPhone) {
      out.push(pageFinding('page-kit/number-socket', { severity: 'medium', weight: 30, evidence: ev('socket') }));
    }
    if (sig.official) return out;
    if (k.telegramBot) out.push(pageFinding('page-kit/telegram-bot-exfiltration', { severity: 'high', weight: 60, evidence: ev('telegram') }));
    if (k.geoIp.length > 0) out.push(pageFinding('page-kit/ip-geolocation', { severity: 'info', weight: sig.collectsPhone ? 15 : 3, evidence: ev('geo'), params: { service: k.geoIp[0] ?? '' } }));
    if (sig.encodedFlowText.length > 0) {
      // Ordinary sites do not hide "enter this code in WhatsApp" from readers of their source.
      out.push(pageFinding('page-kit/encoded-flow-text', {
        severity: 'medium', weight: 35, attack: 'ghostpairing', evidence: sig.encodedFlowText.map((value) => ({ field: 'page.script', value })),
      }));
    }
    if (k.obfuscation.length > 0) out.push(pageFinding('page-kit/obfuscated-script', { severity: 'low', weight: 12, evidence: ev('obfuscation'), params: { kind: k.obfuscation.join(', ') } }));
    if (k.antiAnalysis.length > 0) {
      out.push(pageFinding('page-kit/anti-analysis', { severity: 'low', weight: Math.min(35, 15 * k.antiAnalysis.length), evidence: ev('anti'), params: { kind: k.antiAnalysis.join(', ') } }));
    }
    if (k.shortenerHops.length > 0) out.push(pageFinding('page-kit/shortener-redirect', { severity: 'low', weight: 12, evidence: ev('hops'), params: { host: k.shortenerHops[0] ?? '' } }));
    return out;
  },
};
