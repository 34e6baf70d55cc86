/**
 * typosquat: hostname words one or two edits away from a brand keyword (`whatsap`,
 * `whatsaap`, `facebok`, `kaspl`), and ASCII lookalike letters (`faceb00k`, `rnicrosoft`).
 * Only keywords of ≥ 5 letters: short names (fb, wa, ig, meta) match half the internet
 * at distance 1 (DESIGN.md, eth-phishing-detect). Measured on the top-100k list, typos of
 * 5–6 letter names hit real words (mail, tmall, pcloud, airtel for gmail, icloud, altel), so
 * those need the same first and last letter and no dropped letter; 2 edits only from 10 letters.
 */
import type { Analyzer } from './analyzer.ts';
import type { UrlSubject } from '../subjects/types.ts';
import type { Finding } from '../types.ts';
import { boundedDistance, classifyTypo, type TypoKind } from '../text/edit-distance.ts';
import { TYPO_KEYWORDS_BY_LENGTH, KEYWORDS_BY_SKELETON, MIN_TYPO_KEYWORD, type IndexedKeyword } from './url-brand-index.ts';
import { urlFeatures, type HostToken } from './url-features.ts';
import { impersonation } from './url-finding.ts';

const ID = 'typosquat';

export function maxEditsFor(keywordLength: number): number {
  return keywordLength >= 10 ? 2 : 1;
}

/** Lookalike letters weigh most; typos of short or ordinary-word names weigh less. */
function weightFor(k: IndexedKeyword, kind: TypoKind | 'lookalike-letters'): number {
  if (k.common) return 30;
  if (kind === 'lookalike-letters') return 80;
  // 5-letter names (gmail, kaspi, kcell, altel, jusan) sit one edit from many real names
  // (kjell, axtel, jisan, grail): below `suspicious` alone, decisive with any other signal.
  if (k.word.length <= 5) return 34;
  return k.word.length >= 7 ? 75 : 60;
}

interface TypoMatch {
  readonly k: IndexedKeyword;
  readonly kind: TypoKind | 'lookalike-letters';
}

/** Short names: keep first and last letter, never shorter than the name (see header). */
function plausibleShortTypo(word: string, k: IndexedKeyword): boolean {
  if (k.word.length >= 7) return true;
  return word.length >= k.word.length && word[0] === k.word[0] && word[word.length - 1] === k.word[k.word.length - 1];
}

const ASCII = /^[\x00-\x7f]*$/;

/**
 * Cheap necessary condition for distance ≤ 1: outside one window of ≤ 2 characters the
 * words agree, so common prefix + common suffix ≥ shorter length − 2. Rejects ~all
 * unrelated pairs before the O(n·m) distance runs (it was 18% of analyzeUrl's time).
 */
function oneEditWindow(a: string, b: string): boolean {
  const min = Math.min(a.length, b.length);
  let p = 0;
  while (p < min && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let q = 0;
  while (q < min - p && a.charCodeAt(a.length - 1 - q) === b.charCodeAt(b.length - 1 - q)) q++;
  return p + q >= min - 2;
}

function typoOf(token: HostToken): TypoMatch | undefined {
  // Lookalike ASCII letters: the skeleton IS the keyword, the word is not (faceb00k, rnicrosoft).
  const same = KEYWORDS_BY_SKELETON.get(token.skel)?.[0];
  if (same) return token.raw !== same.word && ASCII.test(token.raw) ? { k: same, kind: 'lookalike-letters' } : undefined;
  // Edit distance on the plain word, not the skeleton: the skeleton's i→l fold would make
  // `tmall` one edit from `gmail`. Non-ASCII words are homoglyph's.
  const word = token.raw;
  if (word.length < MIN_TYPO_KEYWORD - 1 || word.length > 24 || !ASCII.test(word)) return undefined;
  for (let len = word.length - 2; len <= word.length + 2; len++) {
    for (const k of TYPO_KEYWORDS_BY_LENGTH.get(len) ?? []) {
      const max = maxEditsFor(k.word.length);
      if (Math.abs(len - word.length) > max || !plausibleShortTypo(word, k)) continue;
      if (max === 1 && !oneEditWindow(word, k.word)) continue;
      const d = boundedDistance(word, k.word, max);
      if (d === 0 || d > max) continue;
      // Two edits only keep both ends (`chargepoint` is not `sharepoint`).
      if (d === 2 && (word[0] !== k.word[0] || word[word.length - 1] !== k.word[k.word.length - 1])) continue;
      return { k, kind: d === 1 ? classifyTypo(word, k.word) : 'edit' };
    }
  }
  return undefined;
}

const RULE: Record<TypoKind | 'lookalike-letters', string> = {
  repetition: 'repetition',
  omission: 'omission',
  keyboard: 'keyboard',
  bitflip: 'bitflip',
  transposition: 'edit-distance',
  edit: 'edit-distance',
  'lookalike-letters': 'lookalike-letters',
};

export const typosquat: Analyzer<UrlSubject> = {
  id: ID,
  appliesTo: 'url',
  analyze(s) {
    const f = urlFeatures(s);
    if (f.official || f.tokens.length === 0) return [];
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const token of f.tokens) {
      // Subdomain words of a foreign domain are brand-subdomain's business, and a token
      // that already contains a brand literally is a combosquat, not a typo.
      if (token.zone === 'sub') continue;
      if (f.hits.some((h) => h.token === token && h.literal)) continue;
      const m = typoOf(token);
      if (!m || seen.has(m.k.brand.id)) continue;
      seen.add(m.k.brand.id);
      out.push(impersonation(s, ID, RULE[m.kind], weightFor(m.k, m.kind), m.k.brand, f.lures, { word: token.raw, keyword: m.k.word }));
    }
    return out;
  },
};
