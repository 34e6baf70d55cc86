/**
 * brand-in-path: a brand named in the path of a foreign site (`evil.top/whatsapp/verify`,
 * `x.weebly.com/www.facebook.com/login`). Weak alone (news and help articles name brands in
 * their paths); it adds up with hosting, TLD and host signals. Skipped in domain-only mode.
 */
import type { Analyzer } from './analyzer.ts';
import type { UrlSubject } from '../subjects/types.ts';
import { brandOfDomain, mayStartOfficialDomain } from '../rules/brands.ts';
import { EXACT_KEYWORDS, LURES_BY_WORD } from './url-brand-index.ts';
import { urlFeatures } from './url-features.ts';
import { impersonation } from './url-finding.ts';
import { pathWords } from './url-path-words.ts';

const ID = 'brand-in-path';
const OFFICIAL_DOMAIN = 35;
const BRAND_AND_LURE = 30;
const BRAND_WORD = 15;

/** `www.facebook.com` or `facebook.com` as a path segment (kits mirror the real path). */
function officialDomainInPath(pathname: string) {
  for (const seg of pathname.toLowerCase().split('/', 16)) {
    if (seg.indexOf('.') < 0) continue;
    const parts = seg.split('.');
    for (let i = 0; i + 1 < parts.length; i++) {
      if (!mayStartOfficialDomain(parts[i] ?? '', parts[i + 1] ?? '')) continue;
      const brand = brandOfDomain(`${parts[i]}.${parts[i + 1]}`);
      if (brand) return { brand, seg };
    }
  }
  return undefined;
}

export const brandInPath: Analyzer<UrlSubject> = {
  id: ID,
  appliesTo: 'url',
  analyze(s, ctx) {
    if (ctx.domainOnly || s.domainOnly || !s.ok || s.pathname.length <= 1) return [];
    const f = urlFeatures(s);
    if (f.official) return [];
    const dom = officialDomainInPath(s.pathname);
    if (dom) return [impersonation(s, ID, 'official-domain', OFFICIAL_DOMAIN, dom.brand, [], { word: dom.seg })];
    const words = pathWords(s);
    const brandWord = words.map((w) => EXACT_KEYWORDS.get(w)?.find((k) => k.word.length >= 5)).find((k) => k !== undefined);
    if (!brandWord) return [];
    const lures = words.map((w) => LURES_BY_WORD.get(w)).filter((l) => l !== undefined);
    const rule = lures.length > 0 ? 'brand-and-lure' : 'brand-word';
    return [impersonation(s, ID, rule, lures.length > 0 ? BRAND_AND_LURE : BRAND_WORD, brandWord.brand, lures, { word: brandWord.word })];
  },
};
