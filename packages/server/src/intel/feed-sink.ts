/**
 * Feed indicators into the store: each becomes a suspected indicator sighted by `feed:<id>`.
 * A feed is someone else's judgement: the indicator stays `suspected` until an analyst confirms,
 * an analyst's false positive is never undone (the indicators repository keeps status), and an
 * allowlisted value is born allowlisted.
 */
import type { FeedIndicatorSink } from '@ghostguard/intel';
import type { Repositories } from '../repos/index.ts';

export function createFeedSink(repos: Repositories): FeedIndicatorSink {
  return {
    async sight(s) {
      const fresh = await repos.intel.indicators.sight([{ type: s.type, value: s.value, level: 'suspicious', source: `feed:${s.source}` }]);
      return fresh.size > 0 ? 'new' : 'duplicate';
    },
  };
}
