/**
 * homoglyph: hostnames that only look like a brand (`аррӏе.com` in Cyrillic, `whаtsapp`
 * with one Cyrillic а, `ｆacebook`), found by decoding punycode and comparing confusables
 * skeletons (text/skeleton.ts). Most peers miss these entirely (DESIGN.md), and there is no
 * innocent reason to spell a brand with another script's letters. Also flags any label that
 * mixes Latin with Cyrillic or Greek letters, which IDN registries themselves forbid in most
 * TLDs (ICANN IDN Implementation Guidelines 4.0, "mixed-script labels").
 */
import type { Analyzer } from './analyzer.ts';
import type { UrlSubject } from '../subjects/types.ts';
import type { Finding } from '../types.ts';
import { scriptsOf } from '../text/skeleton.ts';
import { KEYWORDS_BY_SKELETON } from './url-brand-index.ts';
import { urlFeatures } from './url-features.ts';
import { impersonation, urlFinding } from './url-finding.ts';

const ID = 'homoglyph';
const NON_ASCII = /[^\x00-\x7f]/;

function isMixedScript(label: string): boolean {
  if (!NON_ASCII.test(label)) return false;
  const scripts = scriptsOf(label);
  return scripts.has('latin') && (scripts.has('cyrillic') || scripts.has('greek'));
}

export const homoglyph: Analyzer<UrlSubject> = {
  id: ID,
  appliesTo: 'url',
  analyze(s) {
    if (!s.ok || s.isIp || !NON_ASCII.test(s.hostnameUnicode)) return [];
    const f = urlFeatures(s);
    if (f.official) return [];
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const t of f.tokens) {
      if (!NON_ASCII.test(t.raw)) continue;
      const exact = KEYWORDS_BY_SKELETON.get(t.skel)?.[0];
      const brand = exact?.brand ?? f.hits.find((h) => h.token === t && !h.literal)?.k.brand;
      if (!brand || seen.has(brand.id)) continue;
      seen.add(brand.id);
      out.push(impersonation(s, ID, 'lookalike-characters', 85, brand, f.lures, { word: t.raw }));
    }
    const mixed = f.labels.find(isMixedScript);
    if (mixed !== undefined) {
      out.push(urlFinding({
        analyzer: ID,
        rule: 'mixed-script',
        weight: 50,
        evidence: [{ field: 'host', value: mixed }],
        params: { label: mixed },
        advice: ['do-not-open-link'],
      }));
    }
    return out;
  },
};
