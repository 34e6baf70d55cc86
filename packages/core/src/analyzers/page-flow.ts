/**
 * The combinations that make a page an attack (THREAT.md variants A, C, D, G):
 *  - Meta brand on a foreign domain + phone number + code flow → GhostPairing (critical).
 *  - any page naming WhatsApp that takes a number and hands out a linking code → a pair-code
 *    generator: dangerous for anyone who arrived from a chat link, whatever it calls itself.
 *  - a code shown with instructions to enter it in WhatsApp → the code step of the flow.
 *  - Meta brand + phone + verification/photo/vote copy → the first step of the flow.
 *  - Meta brand or "log in with WhatsApp" + a 6-digit code prompt → registration-code theft.
 *  - Telegram brand or gift + phone / login code → Telegram session theft.
 * Articles and warnings use the same words but neither collect a number nor show a code.
 */
import type { Analyzer } from './analyzer.ts';
import type { PageSubject } from '../subjects/page-types.ts';
import type { Evidence, Finding } from '../types.ts';
import { pageSignals, type PageSignals } from '../page/signals.ts';
import { pageFinding, phraseEvidence } from './page-finding.ts';

// Findings here carry no `brand`: analyze-page.ts stamps the page's story brand (signals.ts) on
// every attack finding, so that one convention decides the verdict's brand.

function flowEvidence(sig: PageSignals): Evidence[] {
  const instr = sig.phrases.get('code-in-app') ?? sig.phrases.get('link-with-phone') ?? sig.phrases.get('linked-devices') ?? sig.phrases.get('pairing-term');
  return [...(sig.foreignClaim?.evidence.slice(0, 1) ?? []), ...sig.phone.evidence.slice(0, 1), ...sig.code.evidence.slice(0, 1), ...phraseEvidence(instr?.samples).slice(0, 1)];
}

function ghostpairing(s: PageSubject, sig: PageSignals): Finding | undefined {
  const domain = s.url.domain || s.url.hostname || '?';
  // Articles and warnings quote the instructions; only a shown code or a pairing socket counts there.
  const codeFlow = sig.showsCode || (sig.linkInstructions && !sig.warningContext) || sig.kit.pairingEvents.down.length > 0;
  const brand = sig.foreignClaim?.brand;
  if (sig.metaClaim && brand && sig.collectsPhone && codeFlow) {
    return pageFinding('page-flow/brand-number-code', {
      severity: 'critical', weight: 95, attack: 'ghostpairing', evidence: flowEvidence(sig), params: { brand, domain },
      advice: ['never-enter-number-or-code', 'check-linked-devices'],
    });
  }
  // The pair-code generator: takes a number and hands out a WhatsApp linking code.
  const pairingTalk = sig.showsCode || sig.phrases.has('code-in-app') || sig.phrases.has('link-with-phone') || sig.phrases.has('pairing-term') || sig.kit.pairingEvents.down.length > 0;
  if (sig.collectsPhone && sig.namesWhatsApp && pairingTalk && (sig.showsCode || !sig.warningContext)) {
    return pageFinding('page-flow/pair-code-generator', {
      severity: 'critical', weight: 85, attack: 'ghostpairing', evidence: flowEvidence(sig), params: { domain },
      advice: ['pair-code-site-danger', 'never-enter-number-or-code', 'check-linked-devices'],
    });
  }
  if (sig.showsCode && sig.linkInstructions) {
    return pageFinding('page-flow/code-handout', {
      severity: 'critical', weight: 80, attack: 'ghostpairing', evidence: flowEvidence(sig),
      advice: ['never-enter-number-or-code', 'check-linked-devices'],
    });
  }
  // With a password field the phone field is a login identifier: page-credentials tells that story.
  const loginForm = s.inputs.some((i) => i.type === 'password');
  // A page that asks for the SMS code is code theft (codeTheft below), not the linking flow.
  const asksCode = sig.code.codeInputs.length > 0 || sig.code.smsBoxes > 0 || sig.phrases.has('code-prompt');
  if (sig.metaClaim && brand && sig.collectsPhone && !loginForm && !asksCode) {
    const lure = sig.phrases.has('verify-account') || sig.phrases.has('view-content') || sig.phrases.has('authorise-messenger') || sig.phrases.has('vote');
    return pageFinding(lure ? 'page-flow/brand-number-lure' : 'page-flow/brand-number', {
      severity: lure ? 'high' : 'medium', weight: lure ? 75 : 50, attack: 'ghostpairing', evidence: flowEvidence(sig),
      params: { brand, domain }, advice: ['never-enter-number-or-code'],
    });
  }
  return undefined;
}

function codeTheft(s: PageSubject, sig: PageSignals): Finding | undefined {
  const asksCode = sig.code.codeInputs.length > 0 || sig.code.smsBoxes > 0 || sig.phrases.has('code-prompt');
  // A page that hands out a linking code with instructions is the pairing flow, not a code request.
  if (!asksCode || (sig.showsCode && sig.linkInstructions)) return undefined;
  const brand = sig.foreignClaim?.brand;
  if (brand === 'telegram' || (sig.phrases.has('telegram-gift') && (sig.collectsPhone || asksCode))) {
    return pageFinding('page-flow/telegram-login', {
      severity: 'critical', weight: 85, attack: 'telegram-session-theft', brand: 'telegram', evidence: [...(sig.foreignClaim?.evidence.slice(0, 1) ?? []), ...sig.code.evidence.slice(0, 2)],
      params: { domain: s.url.domain || s.url.hostname || '?' }, advice: ['never-share-code', 'telegram-terminate-sessions'],
    });
  }
  // A WhatsApp-named lure (vote, contest, "verify", a photo) that asks for the code just sent by
  // SMS is registration-code theft even without a brand claim (THREAT.md C after E).
  const lure = ['vote', 'contest', 'verify-account', 'view-content', 'telegram-gift'].some((k) => sig.phrases.has(k as 'vote'));
  if ((sig.metaClaim && brand) || sig.phrases.has('authorise-messenger') || (sig.namesWhatsApp && lure && !sig.warningContext)) {
    return pageFinding('page-flow/code-theft', {
      severity: 'high', weight: 75, attack: 'code-theft', evidence: [...(sig.foreignClaim?.evidence.slice(0, 1) ?? []), ...sig.code.evidence.slice(0, 2)],
      params: { domain: s.url.domain || s.url.hostname || '?' }, advice: ['never-share-code'],
    });
  }
  return undefined;
}

function telegramNumber(s: PageSubject, sig: PageSignals): Finding | undefined {
  const claimsTelegram = sig.foreignClaim?.brand === 'telegram' || sig.phrases.has('telegram-gift');
  if (!claimsTelegram || !sig.collectsPhone) return undefined;
  return pageFinding('page-flow/telegram-login', {
    severity: 'high', weight: 75, attack: 'telegram-session-theft', brand: 'telegram', evidence: sig.phone.evidence.slice(0, 2),
    params: { domain: s.url.domain || s.url.hostname || '?' }, advice: ['never-share-code', 'telegram-terminate-sessions'],
  });
}

export const pageFlowAnalyzer: Analyzer<PageSubject> = {
  id: 'page-flow',
  appliesTo: 'page',
  analyze(s) {
    const sig = pageSignals(s);
    if (sig.official) return [];
    const out: Finding[] = [];
    const gp = ghostpairing(s, sig);
    if (gp) out.push(gp);
    const ct = codeTheft(s, sig) ?? telegramNumber(s, sig);
    if (ct) out.push(ct);
    return out;
  },
};
