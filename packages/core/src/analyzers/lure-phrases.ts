/**
 * Lure phrases: "I found your photo", "vote for my niece", fake account notices, prizes and
 * Telegram Premium gifts (THREAT.md variants A, D, E, G). A lure alone is suspicious; a lure
 * with a link is the GhostPairing opening move and is dangerous.
 */
import type { Analyzer } from './analyzer.ts';
import type { MessageSubject } from '../subjects/types.ts';
import type { Finding } from '../types.ts';
import type { LureKind } from '../rules/lures/index.ts';
import { findingFromHit, hasKind, hitsOf, isWarningText, strongestByKind, type LureHit } from './lure-matcher.ts';
import { brandMentions } from '../rules/brand-names.ts';

const KINDS: readonly LureKind[] = ['photo', 'vote', 'account-notice', 'prize', 'telegram-gift'];
/** Added when the message carries a link: 45 + 30 = 75 ≥ 70 (dangerous) for photo/vote lures. */
export const LINK_BOOST = 30;
/** Protective and news texts quote lures; they are not lures themselves. */
const WARNING_FACTOR = 0.4;
/**
 * "Please vote by Friday" in a group poll or an election is everyday: without a link a vote
 * request in a poll context stays below `suspicious` (35). The lure needs an outside site.
 */
const POLL_WEIGHT = 20;
/** "Your code 482-913 ... to verify your number" without a link is a service's own code SMS. */
const OWN_CODE_FACTOR = 0.4;

/**
 * Two phrases of the same lure in different places ("Is this you?? Everyone in the group is
 * talking about it") are two pieces of evidence: their weights combine (noisy-OR), as findings
 * of different analyzers do in the verdict. Overlapping matches are one phrase.
 */
function supported(hits: readonly LureHit[], best: LureHit): number {
  const w = best.entry.weight;
  for (const h of hits) {
    // Same language only: the ru and kk tables share loanwords («компенсация») and would count one word twice.
    if (h === best || h.entry.kind !== best.entry.kind || h.entry.lang !== best.entry.lang || (h.start < best.end && best.start < h.end)) continue;
    return 100 - ((100 - w) * (100 - h.entry.weight)) / 100;
  }
  return w;
}

export const lurePhrases: Analyzer<MessageSubject> = {
  id: 'lure-phrases',
  appliesTo: 'message',
  analyze(s) {
    const hits = hitsOf(s, KINDS);
    const best = strongestByKind(hits);
    if (best.size === 0) return [];
    const hasLink = s.urls.length > 0;
    const warning = isWarningText(s, true);
    const poll = best.has('vote') && !hasLink && hasKind(s, 'poll');
    const brand = brandMentions(s.folded)[0]?.brand;
    const out: Finding[] = [];
    for (const [kind, hit] of best) {
      let weight = hasLink ? (hit.entry.linkWeight ?? hit.entry.weight + LINK_BOOST) : supported(hits, hit);
      if (kind === 'vote' && poll) weight = Math.min(weight, POLL_WEIGHT);
      if (warning) weight *= WARNING_FACTOR;
      if (kind === 'account-notice' && !hasLink && s.codes.some((c) => c.kind === 'numeric')) weight *= OWN_CODE_FACTOR;
      const rule = hasLink ? `${kind}-link` : kind;
      const advice = hasLink ? hit.entry.advice : hit.entry.advice.filter((a) => a !== 'do-not-open-link');
      out.push(
        findingFromHit(s, {
          analyzer: 'lure-phrases',
          rule,
          hit,
          weight,
          advice,
          ...(kind === 'account-notice' && brand ? { brand, params: { brand } } : {}),
        }),
      );
    }
    return out;
  },
};
