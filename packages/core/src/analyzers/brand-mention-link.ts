/**
 * The text names a messenger or bank (WhatsApp, ватсап, Kaspi, eGov ...) and carries a link
 * that is not that brand's: typical of fake notices ("WhatsApp: confirm your account at ...").
 * Weak alone (people share links and mention apps all the time); it adds to lure findings.
 */
import type { Analyzer } from './analyzer.ts';
import type { MessageSubject } from '../subjects/types.ts';
import type { Finding } from '../types.ts';
import { brandOfDomain } from '../rules/brands.ts';
import { brandMentions } from '../rules/brand-names.ts';
import { createUrlSubject } from '../subjects/url-subject.ts';

/**
 * 25 alone stays below suspicious (35); with a second weak signal of the link itself (abused
 * TLD 15, free hosting 18) it reaches suspicious: "WhatsApp ... https://wa-x.top" is how fake
 * notices and prize lures arrive (own corpus: +2 lures, no ordinary chat message flagged).
 */
const WEIGHT = 25;
/** Links checked: the first few are enough to judge (bounded work on link-heavy text). */
const MAX_LINKS = 5;

export const brandMentionLink: Analyzer<MessageSubject> = {
  id: 'brand-mention-link',
  appliesTo: 'message',
  analyze(s) {
    if (s.urls.length === 0) return [];
    const mention = brandMentions(s.folded)[0];
    if (!mention) return [];
    for (const link of s.urls.slice(0, MAX_LINKS)) {
      const u = createUrlSubject(link.url, {});
      if (!u.ok) continue;
      if (!u.isIp && u.domain !== '' && brandOfDomain(u.domain) !== undefined) return []; // any official link: not this signal
    }
    const link = s.urls[0];
    if (!link) return [];
    const span = s.sourceSpan('folded', mention.start, mention.end);
    const f: Finding = {
      analyzer: 'brand-mention-link',
      rule: 'brand-mention-link/foreign-link',
      severity: 'low',
      message: { id: 'finding.brand-mention-link.foreign-link', params: { brand: mention.brand } },
      evidence: [
        { field: 'text', value: s.text.slice(span.start, span.end), start: span.start, end: span.end },
        { field: 'text', value: link.raw, start: link.start, end: link.end },
      ],
      attack: 'brand-impersonation',
      brand: mention.brand,
      weight: WEIGHT,
      advice: ['official-domain-only'],
    };
    return [f];
  },
};
