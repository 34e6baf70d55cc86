/**
 * tld-swap: the brand's exact name under someone else's TLD or ccTLD (`whatsapp.co`,
 * `facebook.top`, `kaspi.ru`). Official domains are excluded by the
 * brand table, which lists every TLD the brand itself runs (google.kz, apple.com.cn, ...).
 * A name that is also an ordinary word (apple, telegram) weighs less: telegram.com is a
 * newspaper, kolesa.ru a car magazine.
 */
import type { Analyzer } from './analyzer.ts';
import type { UrlSubject } from '../subjects/types.ts';
import type { Finding } from '../types.ts';
import { urlFeatures } from './url-features.ts';
import { impersonation } from './url-finding.ts';

const ID = 'tld-swap';
/** Weights: exact name on a foreign TLD is a strong lookalike; measured FP on the top-100k
 * list comes from common-word names and from short names (post.ch, live.de, olx.xx). */
const BRAND_LABEL = 75;
const COMMON_LABEL = 30;
const SHORT_LABEL = 25;

export const tldSwap: Analyzer<UrlSubject> = {
  id: ID,
  appliesTo: 'url',
  analyze(s) {
    const f = urlFeatures(s);
    if (f.official || f.regIndex < 0) return [];
    const reg = f.labels[f.regIndex] ?? '';
    const out: Finding[] = [];
    const long = f.hits.find((h) => h.token.zone === 'reg' && h.token.whole && h.exact && h.literal && h.token.raw === reg);
    if (long) {
      const w = long.k.common ? COMMON_LABEL : BRAND_LABEL;
      out.push(impersonation(s, ID, 'brand-label', w, long.k.brand, f.lures, { tld: s.publicSuffix }));
      return out;
    }
    const short = f.exactHits.find((h) => h.token.zone === 'reg' && h.token.whole && h.token.raw === reg);
    if (short) out.push(impersonation(s, ID, 'short-name', SHORT_LABEL, short.k.brand, f.lures, { tld: s.publicSuffix }));
    return out;
  },
};
