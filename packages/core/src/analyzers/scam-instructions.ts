/**
 * Instructions only a scam gives: type this code into WhatsApp, go to Linked devices and
 * enter it, "link with phone number instead", scan this QR to verify / vote (THREAT.md
 * variants A and B; the fake pages show exactly these steps next to the pairing code).
 * Also: a pairing-code-shaped token sent in a chat next to a messenger's name.
 */
import type { Analyzer } from './analyzer.ts';
import type { MessageSubject } from '../subjects/types.ts';
import type { Finding } from '../types.ts';
import { findingFromHit, hitsOf, isWarningText, severityOf, strongestByKind } from './lure-matcher.ts';
import { brandMentions } from '../rules/brand-names.ts';
import { isOfficialDomain } from '../rules/brands.ts';
import { createUrlSubject } from '../subjects/url-subject.ts';

const WARNING_FACTOR = 0.4;
/**
 * A service's own code SMS ("Your WhatsApp code: 482-913. Enter it in WhatsApp") carries the
 * 6-digit code itself and says where to type it: that is the legitimate flow. The scam hands
 * over a pairing code or sends the victim to Linked devices, which keeps full weight.
 */
const OWN_CODE_FACTOR = 0.3;

/** Links checked for officialness: the first few decide (bounded work). */
const MAX_LINKS = 5;

/**
 * Help text points to the real thing ("open web.whatsapp.com and scan the QR"): when every
 * link is a brand's official domain, the steps describe the legitimate flow.
 */
function officialLinksOnly(s: MessageSubject): boolean {
  if (s.urls.length === 0) return false;
  return s.urls.slice(0, MAX_LINKS).every((l) => {
    const u = createUrlSubject(l.url, {});
    return u.ok && !u.isIp && u.domain !== '' && isOfficialDomain(u.domain);
  });
}

function ownCodeNotice(s: MessageSubject): boolean {
  return s.codes.some((c) => c.kind === 'numeric') && !s.codes.some((c) => c.kind === 'pairing');
}
/** A pairing code in a chat message with WhatsApp named: suspicious on its own (no legit flow sends one). */
const PAIRING_TOKEN_WEIGHT = 50;

function pairingToken(s: MessageSubject, warning: boolean): Finding | undefined {
  const code = s.codes.find((c) => c.kind === 'pairing');
  if (!code) return undefined;
  if (!brandMentions(s.folded).some((m) => m.brand === 'whatsapp')) return undefined;
  const weight = warning ? PAIRING_TOKEN_WEIGHT * WARNING_FACTOR : PAIRING_TOKEN_WEIGHT;
  return {
    analyzer: 'scam-instructions',
    rule: 'scam-instructions/pairing-code',
    severity: severityOf(weight),
    message: { id: 'finding.scam-instructions.pairing-code', params: { shape: code.redacted } },
    evidence: [{ field: 'text', value: code.redacted, start: code.start, end: code.end }],
    attack: 'ghostpairing',
    brand: 'whatsapp',
    weight,
    advice: ['never-enter-number-or-code', 'check-linked-devices'],
  };
}

export const scamInstructions: Analyzer<MessageSubject> = {
  id: 'scam-instructions',
  appliesTo: 'message',
  analyze(s) {
    const warning = isWarningText(s, true);
    const out: Finding[] = [];
    const ownCode = ownCodeNotice(s);
    const official = officialLinksOnly(s);
    for (const [kind, hit] of strongestByKind(hitsOf(s, ['instruction', 'qr-instruction']))) {
      let weight = warning ? hit.entry.weight * WARNING_FACTOR : hit.entry.weight;
      if ((ownCode && kind === 'instruction' && !hit.entry.id.includes('linked')) || official) weight *= OWN_CODE_FACTOR;
      out.push(findingFromHit(s, { analyzer: 'scam-instructions', rule: kind === 'instruction' ? 'enter-code' : 'scan-qr', hit, weight }));
    }
    const token = pairingToken(s, warning);
    if (token) out.push(token);
    return out;
  },
};
