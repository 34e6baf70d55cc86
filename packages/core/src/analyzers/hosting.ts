/**
 * hosting: links that hide their real destination (shorteners) or live on platforms where
 * anyone can publish in a minute (free hosting, tunnels). Weak alone: most pages there are
 * harmless; together with a brand word they decide. Most real phishing hosts carry no brand
 * at all (DESIGN.md), so this signal matters for the unknown-but-careful verdict.
 */
import type { Analyzer } from './analyzer.ts';
import type { UrlSubject } from '../subjects/types.ts';
import { urlFeatures } from './url-features.ts';
import { urlFinding } from './url-finding.ts';

const ID = 'hosting';
/** Weights: a shortener hides the target (12); free hosting (18) and tunnels (30: dev tools,
 * never a bank or a messenger) are where kits live (data/domains: ~40% of PhishTank hosts). */
const WEIGHT = { shortener: 12, 'free-hosting': 18, tunnel: 30 } as const;
const RULE = { shortener: 'shortener', 'free-hosting': 'free-hosting', tunnel: 'tunnel' } as const;

export const hosting: Analyzer<UrlSubject> = {
  id: ID,
  appliesTo: 'url',
  analyze(s) {
    const f = urlFeatures(s);
    if (!f.hosting || f.official) return [];
    return [
      urlFinding({
        analyzer: ID,
        rule: RULE[f.hosting.kind],
        weight: WEIGHT[f.hosting.kind],
        evidence: [{ field: 'host', value: s.hostnameUnicode }],
        params: { service: f.hosting.suffix },
        advice: f.hosting.kind === 'shortener' ? ['unknown-site-caution'] : ['unknown-site-caution', 'never-enter-number-or-code'],
      }),
    ];
  },
};
