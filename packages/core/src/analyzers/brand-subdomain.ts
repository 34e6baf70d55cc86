/**
 * brand-subdomain: the brand placed in front of someone else's domain, so that the start of
 * the address reads right: `facebook.com.photo-view.top`, `www.whatsapp.com-verify.xyz`,
 * `appleid.apple.com.secure-login.services`, `login.microsoftonline.com.evil.com`.
 * People read hostnames left to right; only the end decides where the page lives.
 */
import type { Analyzer } from './analyzer.ts';
import type { UrlSubject } from '../subjects/types.ts';
import type { Finding } from '../types.ts';
import { brandOfDomain, mayStartOfficialDomain, type Brand } from '../rules/brands.ts';
import { urlFeatures, type UrlFeatures } from './url-features.ts';
import { impersonation } from './url-finding.ts';

const ID = 'brand-subdomain';
const OFFICIAL_DOMAIN = 85;
const BRAND_LABEL = 75;
const BRAND_WORD_WITH_LURE = 70;
const BRAND_WORD = 30;

/**
 * An official domain spelled inside the host but not at its end: label i (or its last
 * hyphen part) followed by the next one or two labels (or their first hyphen part).
 */
function officialDomainInside(f: UrlFeatures): { brand: Brand; domain: string } | undefined {
  const last = f.regIndex; // labels after the registrable label are the suffix
  for (let i = 0; i < last && i < 16; i++) {
    const label = f.labels[i] ?? '';
    const head = label.slice(label.lastIndexOf('-') + 1);
    if (head === '') continue;
    // Most hosts have no official label in front: skip them before building any string.
    const following = f.labels[i + 1] ?? '';
    const cut = following.indexOf('-');
    if (!mayStartOfficialDomain(head, cut > 0 ? following.slice(0, cut) : following)) continue;
    let candidate = head;
    for (let j = i + 1; j <= Math.min(i + 2, f.labels.length - 1); j++) {
      const next = f.labels[j] ?? '';
      const dash = next.indexOf('-');
      candidate += `.${dash > 0 ? next.slice(0, dash) : next}`;
      const brand = brandOfDomain(candidate);
      if (brand) return { brand, domain: candidate };
      if (dash > 0) break;
    }
  }
  return undefined;
}

export const brandSubdomain: Analyzer<UrlSubject> = {
  id: ID,
  appliesTo: 'url',
  analyze(s) {
    const f = urlFeatures(s);
    if (f.official || f.regIndex < 1) return [];
    const inside = officialDomainInside(f);
    if (inside) {
      return [impersonation(s, ID, 'official-domain', OFFICIAL_DOMAIN, inside.brand, f.lures, { domain: inside.domain })];
    }
    if (f.hosting && f.hosting.kind !== 'shortener') return []; // account labels: combosquat's
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const h of f.hits) {
      if (h.token.zone !== 'sub' || seen.has(h.k.brand.id)) continue;
      seen.add(h.k.brand.id);
      let w: number;
      let rule: string;
      if (h.exact) [w, rule] = [h.k.common ? BRAND_LABEL - 30 : BRAND_LABEL, 'foreign-domain'];
      else if (f.lures.length > 0) [w, rule] = [BRAND_WORD_WITH_LURE, 'brand-word'];
      else [w, rule] = [BRAND_WORD, 'brand-word'];
      out.push(impersonation(s, ID, rule, w, h.k.brand, f.lures, { domain: s.domainUnicode }));
    }
    return out;
  },
};
