/**
 * suspicious-tld: a top-level domain with a high share of abuse (rules/hosting.ts,
 * Spamhaus and Interisle statistics; the GhostPairing kit `winnerclose.pro`). Weak alone:
 * plenty of honest sites use .xyz or .online.
 */
import type { Analyzer } from './analyzer.ts';
import type { UrlSubject } from '../subjects/types.ts';
import { ABUSED_TLDS } from '../rules/hosting.ts';
import { urlFeatures } from './url-features.ts';
import { urlFinding } from './url-finding.ts';

const ID = 'suspicious-tld';
const WEIGHT = 15;

export const suspiciousTld: Analyzer<UrlSubject> = {
  id: ID,
  appliesTo: 'url',
  analyze(s) {
    if (!s.ok || s.isIp || s.publicSuffix === '') return [];
    const tld = s.publicSuffix.slice(s.publicSuffix.lastIndexOf('.') + 1);
    if (!ABUSED_TLDS.has(tld)) return [];
    const f = urlFeatures(s);
    if (f.official || (f.hosting && f.hosting.kind !== 'shortener')) return [];
    return [
      urlFinding({
        analyzer: ID,
        rule: 'abused',
        weight: WEIGHT,
        evidence: [{ field: 'host', value: s.hostnameUnicode }],
        params: { tld: `.${tld}` },
        advice: ['unknown-site-caution'],
      }),
    ];
  },
};
