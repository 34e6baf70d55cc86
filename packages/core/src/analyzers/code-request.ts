/**
 * Requests to hand over a verification code: "I sent you a code by mistake, send it back",
 * «назовите код из SMS», «кодты айтып жіберіңізші» (THREAT.md variant C). Any request to
 * share a code outside the app is fraud, so one hit is enough for `dangerous`. A service's own
 * notice ("Your code is 123456. Do not share it") is not a request: the tables' request verbs
 * never match negated forms ("do not share", «никому не сообщайте», «айтпаңыз»).
 */
import type { Analyzer } from './analyzer.ts';
import type { MessageSubject } from '../subjects/types.ts';
import type { Finding } from '../types.ts';
import { findingFromHit, hasKind, hitsOf, isWarningText } from './lure-matcher.ts';
import { brandMentions } from '../rules/brand-names.ts';

/** News and advice quote the lure ("scammers write: send me the code"): below suspicious. */
const WARNING_WEIGHT = 15;
/**
 * Codes of doors, safes, lockers, Wi-Fi and promo codes are shared every day («скинь код от
 * сейфа»): a plain request for one is not code theft. "By mistake" stories keep their weight.
 */
const EVERYDAY_WEIGHT = 20;
/**
 * A thief asks for the code the victim received; a service's notice carries the code itself
 * ("Your Uber code is 4821. Give this code to your driver"). A request in a message that shows
 * its own code is weighed down. Codes sent "by mistake" keep their weight.
 */
const OWN_CODE_FACTOR = 0.35;
const OWN_CODE = /(?:code|код|коды|kod|codice|c[oó]digo|pin)\s*(?:is|:|—|-|есть)?\s*\d{4,8}\b|\b\d{4,8}\s*(?:is your|—\s*ваш|- ваш)/iu;

function carriesOwnCode(s: MessageSubject): boolean {
  return s.codes.some((c) => c.kind === 'numeric') || OWN_CODE.test(s.text.slice(0, 2000));
}

export const codeRequest: Analyzer<MessageSubject> = {
  id: 'code-request',
  appliesTo: 'message',
  analyze(s) {
    const hits = hitsOf(s, ['code-mistake', 'code-request']);
    if (hits.length === 0) return [];
    const hit = hits.reduce((a, b) => (b.entry.weight > a.entry.weight ? b : a));
    const telegram = brandMentions(s.folded).some((m) => m.brand === 'telegram');
    const everyday = hit.entry.kind === 'code-request' && hasKind(s, 'everyday-code');
    let weight = isWarningText(s) ? WARNING_WEIGHT : everyday ? EVERYDAY_WEIGHT : hit.entry.weight;
    if (hit.entry.kind === 'code-request' && carriesOwnCode(s)) weight *= OWN_CODE_FACTOR;
    const rule = hit.entry.kind === 'code-mistake' ? 'code-by-mistake' : 'share-code';
    const f: Finding = findingFromHit(s, {
      analyzer: 'code-request',
      rule,
      hit,
      weight,
      ...(telegram ? { attack: 'telegram-session-theft' as const, brand: 'telegram' } : {}),
    });
    return [f];
  },
};
