/**
 * Follow-ups from hijacked accounts (THREAT.md variant F): urgent loans («срочно одолжи»),
 * "send it to my card", "mum, this is my new number", card details, payment QR codes.
 * Friends do borrow money («займёшь 2000 до понедельника?»), so a plain loan request (25) stays
 * below `suspicious`; a transfer to a named card, number or QR (35) is suspicious on its own.
 * Pressure (urgency, "can't talk, explain later", "my card is blocked", secrecy), a second
 * request, a generic greeting straight into money and a saved-contact sender add up.
 */
import type { Analyzer } from './analyzer.ts';
import type { MessageSubject } from '../subjects/types.ts';
import type { LureKind } from '../rules/lures/index.ts';
import { GREETING_START } from '../rules/lures/greetings.ts';
import { findingFromHit, hasKind, hitsOf, isScamTopic, isWarningText, strongestByKind } from './lure-matcher.ts';

const KINDS: readonly LureKind[] = ['loan', 'card', 'card-details', 'new-number', 'payment-qr'];
/** 25 (a plain request) + 20 = 45: pressure makes a money request suspicious. */
const URGENCY_BONUS = 20;
const COMBO_BONUS = 15;
/**
 * 25 + 10 = 35: a short message that greets generically and goes straight to a money request
 * is how the hijacked-account follow-up reads (rules/lures/greetings.ts).
 */
const GREETING_BONUS = 10;
/** 25 + 15 = 40: a short money request from a saved contact is the hijacked-account pattern. */
const SENDER_BONUS = 15;
/** The hijacked-account follow-up is a short chat line (own corpus: all under 200 characters). */
const SHORT_MESSAGE = 280;
/** Money requests on words alone stay below `dangerous` (70): the sender may be a real friend. */
const MAX_WEIGHT = 65;
/** ... unless a saved contact urgently asks for a transfer to a card or a QR: the classic pattern. */
const MAX_WEIGHT_KNOWN = 80;
const TRANSFER_KINDS: readonly LureKind[] = ['card', 'card-details', 'payment-qr'];

export const takeoverFollowup: Analyzer<MessageSubject> = {
  id: 'takeover-followup',
  appliesTo: 'message',
  analyze(s, ctx) {
    const hits = hitsOf(s, KINDS);
    const best = strongestByKind(hits);
    if (best.size === 0) return [];
    // "Don't tell anyone" in a money request is pressure, not protection; real warnings about
    // this scam name the scam or the hijacking (scam-topic words), so those still suppress.
    const secret = hasKind(s, 'secrecy');
    if (secret ? isScamTopic(s) : isWarningText(s, true)) return [];
    const hit = [...best.values()].reduce((a, b) => (b.entry.weight > a.entry.weight ? b : a));
    const urgent = secret || hasKind(s, 'urgency');
    const known = ctx.senderKnown ?? s.senderKnown;
    // A new number comes from an unknown sender; a loan request from a (hijacked) contact.
    const senderFits = hit.entry.kind === 'new-number' ? known === false : known === true && s.text.length <= SHORT_MESSAGE;
    let weight = hit.entry.weight;
    if (urgent) weight += URGENCY_BONUS;
    // Two requests add up: two kinds, or two phrasings in different places ("do me a favour
    // ... pay this for me"); two patterns over the same words are one request.
    if (best.size > 1 || hits.some((h) => h.start >= hit.end || h.end <= hit.start)) weight += COMBO_BONUS;
    if (senderFits) weight += SENDER_BONUS;
    if (s.text.length <= SHORT_MESSAGE && GREETING_START.test(s.folded)) weight += GREETING_BONUS;
    const transfer = TRANSFER_KINDS.some((k) => best.has(k));
    weight = Math.min(known === true && urgent && transfer ? MAX_WEIGHT_KNOWN : MAX_WEIGHT, weight);
    const kinds = [...best.keys()].join(',');
    return [
      findingFromHit(s, {
        analyzer: 'takeover-followup',
        rule: hit.entry.kind,
        hit,
        weight,
        params: { kinds, urgent: urgent ? 1 : 0, sender: known === undefined ? 'unknown' : known ? 'contact' : 'stranger' },
      }),
    ];
  },
};
