/**
 * Vote and contest pages (THREAT.md E): vote buttons, counters, leaderboards, sponsors, and
 * the pop-up asking to "authorise with WhatsApp to prevent invalid votes". A contest alone is
 * legitimate; asking to log in with a messenger to vote is the lure.
 */
import type { Analyzer } from './analyzer.ts';
import type { PageSubject } from '../subjects/page-types.ts';
import type { Finding } from '../types.ts';
import { pageSignals } from '../page/signals.ts';
import { pageFinding, phraseEvidence } from './page-finding.ts';

const VOTE_BUTTON = /vot|голос|дауыс|abstimm|hlas|głos|glos|वोट/i;

export const pageVoteAnalyzer: Analyzer<PageSubject> = {
  id: 'page-vote',
  appliesTo: 'page',
  analyze(s) {
    const sig = pageSignals(s);
    const vote = sig.phrases.get('vote');
    if (sig.official || !vote) return [];
    const buttons = s.buttons.filter((b) => VOTE_BUTTON.test(b)).length;
    const contest = sig.phrases.get('contest');
    const auth = sig.phrases.get('authorise-messenger');
    const out: Finding[] = [];
    if (auth) {
      out.push(pageFinding('page-vote/messenger-authorisation', {
        severity: 'high', weight: 75, attack: 'ghostpairing', evidence: [...phraseEvidence(vote.samples).slice(0, 1), ...phraseEvidence(auth.samples)],
        advice: ['never-enter-number-or-code', 'check-linked-devices'],
      }));
    } else if (contest && (buttons >= 2 || vote.count >= 3)) {
      out.push(pageFinding('page-vote/contest', {
        severity: 'low', weight: sig.collectsPhone ? 25 : 12, evidence: [...phraseEvidence(vote.samples).slice(0, 1), ...phraseEvidence(contest.samples).slice(0, 1)],
        params: { buttons },
      }));
    }
    return out;
  },
};
