/**
 * Follow-ups from hijacked accounts (THREAT.md variant F): urgent loans («срочно одолжи»),
 * "send it to my card", "mum, this is my new number", card details, payment QR codes.
 * Friends do borrow money, so one request alone stays below `suspicious`; urgency, a second
 * request kind and the sender being a saved contact (the usual hijacked sender) add up.
 */
import type { Analyzer } from './analyzer.ts';
import type { MessageSubject } from '../subjects/types.ts';
import type { LureKind } from '../rules/lures/index.ts';
import { findingFromHit, hitsOf, isWarningText, strongestByKind } from './lure-matcher.ts';

const KINDS: readonly LureKind[] = ['loan', 'card', 'card-details', 'new-number', 'payment-qr'];
const URGENCY_BONUS = 20;
const COMBO_BONUS = 15;
const SENDER_BONUS = 10;
/** Money requests never reach `dangerous` on words alone: the sender may be a real friend. */
const MAX_WEIGHT = 65;

export const takeoverFollowup: Analyzer<MessageSubject> = {
  id: 'takeover-followup',
  appliesTo: 'message',
  analyze(s, ctx) {
    const best = strongestByKind(hitsOf(s, KINDS));
    if (best.size === 0 || isWarningText(s)) return [];
    const hit = [...best.values()].reduce((a, b) => (b.entry.weight > a.entry.weight ? b : a));
    const urgent = hitsOf(s, ['urgency']).length > 0;
    const known = ctx.senderKnown ?? s.senderKnown;
    // A new number comes from an unknown sender; a loan request from a (hijacked) contact.
    const senderFits = hit.entry.kind === 'new-number' ? known === false : known === true;
    let weight = hit.entry.weight;
    if (urgent) weight += URGENCY_BONUS;
    if (best.size > 1) weight += COMBO_BONUS;
    if (senderFits) weight += SENDER_BONUS;
    weight = Math.min(MAX_WEIGHT, weight);
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
