/**
 * typosquat: hostname words one or two edits away from a brand keyword (`whatsap`,
 * `whatsaap`, `facebok`, `kaspl`), and ASCII lookalike letters (`faceb00k`, `rnicrosoft`).
 * Only keywords of ≥ 5 letters: short names (fb, wa, ig, meta) match half the internet
 * at distance 1 (DESIGN.md, eth-phishing-detect). Measured on the top-100k list, typos of
 * 5–6 letter names hit real words (mail, tmall, pcloud, airtel for gmail, icloud, altel), so
 * those need the same first and last letter and no dropped letter; 2 edits only from 10 letters.
 * Context changes that: on the brand's own suffix (kaspi → .kz) the whole address copies the
 * real one, so looser typos count there, even of 4-letter names (`egv.kz`); a lure word
 * next to any typo makes it strong (`kasspi-bonus`).
 */
import type { Analyzer } from './analyzer.ts';
import type { UrlSubject } from '../subjects/types.ts';
import type { Finding } from '../types.ts';
import { boundedDistance, classifyTypo, type TypoKind } from '../text/edit-distance.ts';
import { TYPO_KEYWORDS_BY_FIRST, TYPO_KEYWORDS_BY_LAST, KEYWORDS_BY_SKELETON, MIN_TYPO_KEYWORD, MIN_HOME_TYPO_KEYWORD, type IndexedKeyword } from './url-brand-index.ts';
import { urlFeatures, type HostToken } from './url-features.ts';
import { impersonation } from './url-finding.ts';

const ID = 'typosquat';

export function maxEditsFor(keywordLength: number): number {
  return keywordLength >= 10 ? 2 : 1;
}

/**
 * Weights. Lookalike letters weigh most; typos of short or ordinary-word names weigh less,
 * unless the host keeps the suffix of the brand's real domain (`kasspi.kz` for kaspi.kz,
 * `aplpe.com` for apple.com, `telegrma.org` for telegram.org): then the whole address is
 * one slip away from the real one, which is what a lookalike is made for. Measured on the
 * top-100k list: home-suffix typos of 5-letter names are rare there, typos on other
 * suffixes are not (kjell, axtel, jisan, grail for kcell, altel, jusan, gmail).
 */
function weightFor(k: IndexedKeyword, kind: TypoKind | 'lookalike-letters', home: boolean): number {
  if (kind === 'lookalike-letters') return k.common && !home ? 40 : 80;
  if (k.common) return home ? 50 : 30;
  if (k.word.length <= 5) return home ? 50 : 34;
  if (k.word.length === 6) return home ? 70 : 60;
  return 75;
}

/** Any typo with a lure word in the owner's labels: suspicious on its own. */
const TYPO_WITH_LURE = 60;

export interface TypoMatch {
  readonly k: IndexedKeyword;
  readonly kind: TypoKind | 'lookalike-letters';
  /** The host's suffix is one under which the keyword is an official domain (kaspi → .kz). */
  readonly home: boolean;
}

/**
 * Short names (< 7 letters) sit one edit from many real words, so off their home suffix a
 * typo must keep the first and last letter and not drop one (`tmall` is no `gmail`).
 * On the home suffix, dropped letters count too (`kasp.kz`, `kcll.kz`); `typoDistance`
 * then still asks a changed first or last letter to be a slip (see `homeSlip`).
 */
function plausibleShortTypo(word: string, k: IndexedKeyword, home: boolean): boolean {
  if (k.word.length >= 7) return true;
  if (k.word.length < MIN_TYPO_KEYWORD && !home) return false;
  if (home) return word.length >= k.word.length - 1;
  return word.length >= k.word.length && sameEnds(word, k.word);
}

/**
 * A changed first or last letter of a short name, on its home suffix, counts only as a
 * sound-alike (c/k: `caspi.kz`). Keyboard and bit slips there make real names too often
 * (measured on the top-100k list: ymail, email, jcloud; `salyk.kz` is the tax service).
 */
const SOUND_ALIKE = new Set(['ck', 'kc', 'kq', 'qk', 'iy', 'yi', 'sz', 'zs', 'vw', 'wv']);
function homeSlip(word: string, k: IndexedKeyword): boolean {
  if (k.word.length >= 7) return true;
  // Without its first letter a short name is often a word of its own (gmail → mail.com).
  if (word.length < k.word.length) return word !== k.word.slice(1);
  if (word.length !== k.word.length || sameEnds(word, k.word)) return true;
  if (classifyTypo(word, k.word) === 'transposition') return true;
  const i = word.charCodeAt(0) !== k.word.charCodeAt(0) ? 0 : word.length - 1;
  return SOUND_ALIKE.has(`${word[i] ?? ''}${k.word[i] ?? ''}`);
}

const ASCII = /^[\x00-\x7f]*$/;
const NONE: readonly IndexedKeyword[] = [];

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

function sameEnds(a: string, b: string): boolean {
  return a.charCodeAt(0) === b.charCodeAt(0) && a.charCodeAt(a.length - 1) === b.charCodeAt(b.length - 1);
}

/** Distance of `word` to keyword `k` if it is a typo we count, else undefined. */
function typoDistance(word: string, k: IndexedKeyword, home: boolean): number | undefined {
  // Two edits only keep both ends (`chargepoint` is not `sharepoint`): otherwise one edit.
  const max = maxEditsFor(k.word.length) === 2 && sameEnds(word, k.word) ? 2 : 1;
  if (Math.abs(k.word.length - word.length) > max || !plausibleShortTypo(word, k, home)) return undefined;
  if (max === 1 && !oneEditWindow(word, k.word)) return undefined;
  const d = boundedDistance(word, k.word, max);
  if (d === 0 || d > max) return undefined;
  return home && d === 1 && !homeSlip(word, k) ? undefined : d;
}

/** The brand keyword a host word misspells, if any; `suffix` is the host's public suffix. */
export function typoOf(token: HostToken, suffix: string): TypoMatch | undefined {
  // Lookalike ASCII letters: the skeleton IS the keyword, the word is not (faceb00k, rnicrosoft).
  const same = KEYWORDS_BY_SKELETON.get(token.skel)?.[0];
  if (same) {
    if (token.raw === same.word || !ASCII.test(token.raw)) return undefined;
    return { k: same, kind: 'lookalike-letters', home: same.homeSuffixes.has(suffix) };
  }
  // Edit distance on the plain word, not the skeleton: the skeleton's i→l fold would make
  // `tmall` one edit from `gmail`. Non-ASCII words are homoglyph's.
  const word = token.raw;
  if (word.length < MIN_HOME_TYPO_KEYWORD - 1 || word.length > 24 || !ASCII.test(word)) return undefined;
  const first = word.charCodeAt(0);
  const byFirst = TYPO_KEYWORDS_BY_FIRST.get(first) ?? NONE;
  const byLast = TYPO_KEYWORDS_BY_LAST.get(word.charCodeAt(word.length - 1)) ?? NONE;
  let found: TypoMatch | undefined;
  for (let i = 0; i < byFirst.length + byLast.length; i++) {
    const k = i < byFirst.length ? byFirst[i] : byLast[i - byFirst.length];
    // A keyword sharing both ends is in both lists: look at it once.
    if (!k || (i >= byFirst.length && k.word.charCodeAt(0) === first)) continue;
    const home = k.homeSuffixes.has(suffix);
    if (found && !home) continue;
    const d = typoDistance(word, k, home);
    if (d === undefined) continue;
    const m: TypoMatch = { k, kind: d === 1 ? classifyTypo(word, k.word) : 'edit', home };
    if (home) return m;
    found = m;
  }
  return found;
}

/**
 * The suffix that gives a token home context: only a whole registrable label has it (the
 * address then reads as the real one); a hyphen part does not (`att-mail.com` is no gmail.com).
 */
export function homeSuffixFor(s: UrlSubject, token: HostToken, labels: readonly string[]): string {
  return token.zone === 'reg' && labels[token.label] === token.raw ? s.publicSuffix : '';
}

/**
 * A token that contains a brand literally is a combosquat (`kaspi-red`), except when the
 * whole token misspells a longer name of the brand (`halykbak` for halykbank) or just
 * doubles a letter of a short name (`kaspii`, `googlee`).
 */
export function typoOfBrandToken(token: HostToken, literal: IndexedKeyword, suffix: string): TypoMatch | undefined {
  const m = typoOf(token, suffix);
  if (!m) return undefined;
  // One unbroken word only: across a hyphen the brand is just next to another word (`apple-wd`).
  if (m.k.word.length > literal.word.length && m.k.brand === literal.brand && !token.cuts) return m;
  // Long names with a stray letter are combosquat's brand-junk already (`telegramm`).
  return m.k === literal && m.kind === 'repetition' && literal.word.length < 7 ? m : undefined;
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
      // Subdomain words of a foreign domain are brand-subdomain's business.
      if (token.zone === 'sub') continue;
      const literal = f.hits.find((h) => h.token === token && h.literal);
      if (literal?.exact) continue;
      const suffix = homeSuffixFor(s, token, f.labels);
      const m = literal ? typoOfBrandToken(token, literal.k, suffix) : typoOf(token, suffix);
      if (!m || seen.has(m.k.brand.id)) continue;
      seen.add(m.k.brand.id);
      // A typo next to a lure word (`kasspi-bonus`, `aplpe-support`) is no accident.
      const weight = f.lures.length > 0 ? Math.max(TYPO_WITH_LURE, weightFor(m.k, m.kind, m.home)) : weightFor(m.k, m.kind, m.home);
      out.push(impersonation(s, ID, RULE[m.kind], weight, m.k.brand, f.lures, { word: token.raw, keyword: m.k.word }));
    }
    return out;
  },
};
