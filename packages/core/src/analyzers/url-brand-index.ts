/**
 * Lookup structures over the brand and lure tables, built once at module load so that
 * each URL costs a handful of Map lookups (issue 2 asks ≥ 100,000 URLs/s on one core).
 * All matching happens in skeleton space (text/skeleton.ts), so `faceb00k`, `аррӏе`
 * and `rnicrosoft` find their brand like the plain words do.
 */
import { BRANDS, type Brand } from '../rules/brands.ts';
import { URL_LURE_WORDS, TOKEN_ONLY_LURES, type LureKind } from '../rules/url-lure-words.ts';
import { skeleton } from '../text/skeleton.ts';

export interface IndexedKeyword {
  readonly brand: Brand;
  readonly word: string;
  readonly skel: string;
  /** An ordinary word or name too (apple, telegram): weaker evidence alone. */
  readonly common: boolean;
  /**
   * Public suffixes under which `<word>.<suffix>` is one of the brand's official domains
   * (`kaspi` → kz, com; `telegram` → org, me, dog). A lookalike of the word under one of
   * them imitates a real address letter for letter (`kasspi.kz` for kaspi.kz).
   */
  readonly homeSuffixes: ReadonlySet<string>;
}

export interface IndexedLure {
  readonly word: string;
  readonly skel: string;
  readonly kind: LureKind;
}

/** Long keywords grouped by the first 3 characters of their skeleton. */
export const KEYWORDS_BY_TRIGRAM = new Map<string, IndexedKeyword[]>();
/** First two characters of every keyword skeleton (`pairCode`): most positions stop here. */
const KEYWORD_HEADS = new Set<number>();
/** Keywords of ≥ 4 letters grouped by length, for edit-distance candidates. */
export const TYPO_KEYWORDS_BY_LENGTH = new Map<number, IndexedKeyword[]>();
/**
 * The same keywords by first and by last letter (char code). A word one edit from a keyword
 * of ≥ 3 letters shares its first or its last letter, and a two-edit match must share both
 * (typosquat.ts), so these two short lists hold every candidate (hot path: no length scan).
 */
export const TYPO_KEYWORDS_BY_FIRST = new Map<number, IndexedKeyword[]>();
export const TYPO_KEYWORDS_BY_LAST = new Map<number, IndexedKeyword[]>();
/** Exact-token keywords (short names and long ones alike), by raw word. */
export const EXACT_KEYWORDS = new Map<string, IndexedKeyword[]>();
/** Short names (fb, wa, meta, olx) by word: exact-token and glued-to-a-lure rules only. */
export const SHORT_KEYWORDS = new Map<string, IndexedKeyword>();
/** First and last two letters of the short names, as `c0 << 16 | c1` (a cheap pre-check per word). */
export const SHORT_HEADS = new Set<number>();
export const SHORT_TAILS = new Set<number>();

/** Two UTF-16 units as one number: a Set lookup without slicing a string. */
export function pairCode(s: string, at: number): number {
  return (s.charCodeAt(at) << 16) | s.charCodeAt(at + 1);
}
/** Skeleton of a long keyword → its entries (tld-swap and homoglyph exact matches). */
export const KEYWORDS_BY_SKELETON = new Map<string, IndexedKeyword[]>();

/**
 * Official domains written without their dots, in skeleton form (`kaspikz`, `postkz`,
 * `whatsappcom`) → brand: `kaspi-kz.com` and `post-kz.top` copy the real address with
 * the dot turned into a hyphen or dropped. Labels under 4 letters are left out (`fbme`).
 * Built below, with the keyword index.
 */
export const DOTLESS_OFFICIAL = new Map<string, Brand>();

export const LURES_BY_WORD = new Map<string, IndexedLure>();
/** Lures long enough to search for inside words (`whatsappverify`), in skeleton form. */
export const SUBSTRING_LURES: readonly IndexedLure[] = buildLures();

/** Keywords below this length never get edit-distance matching (DESIGN.md: fb, wa, t.me)... */
export const MIN_TYPO_KEYWORD = 5;
/** ...except 4-letter ones on their home suffix (`egv.kz`, `eegov.kz` for egov.kz): see typosquat.ts. */
export const MIN_HOME_TYPO_KEYWORD = 4;

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

function buildLures(): IndexedLure[] {
  const out: IndexedLure[] = [];
  for (const l of URL_LURE_WORDS) {
    const entry: IndexedLure = { word: l.word, skel: skeleton(l.word), kind: l.kind };
    if (!LURES_BY_WORD.has(l.word)) LURES_BY_WORD.set(l.word, entry);
    if (!TOKEN_ONLY_LURES.has(l.word)) out.push(entry);
  }
  return out;
}

/** `word` → suffixes of the brand's official domains whose label is exactly `word`. */
function homeSuffixesOf(brand: Brand, word: string): ReadonlySet<string> {
  const out = new Set<string>();
  for (const d of brand.officialDomains) if (d.startsWith(`${word}.`)) out.add(d.slice(word.length + 1));
  return out;
}

for (const brand of BRANDS) {
  // Only addresses that spell a brand name: `telegra.ph` and `live.com` are domain hacks
  // and ordinary words once the dot goes (telegraph.co.uk, livecom).
  const names = new Set([...brand.keywords, ...(brand.shortKeywords ?? [])]);
  for (const d of brand.officialDomains) {
    const dot = d.indexOf('.');
    const dotless = d.replaceAll('.', '');
    if (dot >= 4 && (names.has(d.slice(0, dot)) || names.has(dotless))) DOTLESS_OFFICIAL.set(skeleton(dotless), brand);
  }
  const common = new Set(brand.commonWords ?? []);
  for (const word of brand.keywords) {
    const k: IndexedKeyword = { brand, word, skel: skeleton(word), common: common.has(word), homeSuffixes: homeSuffixesOf(brand, word) };
    push(KEYWORDS_BY_TRIGRAM, k.skel.slice(0, 3), k);
    KEYWORD_HEADS.add(pairCode(k.skel, 0));
    push(KEYWORDS_BY_SKELETON, k.skel, k);
    push(EXACT_KEYWORDS, word, k);
    if (word.length >= MIN_HOME_TYPO_KEYWORD && /^[a-z]+$/.test(word)) {
      push(TYPO_KEYWORDS_BY_LENGTH, word.length, k);
      push(TYPO_KEYWORDS_BY_FIRST, word.charCodeAt(0), k);
      push(TYPO_KEYWORDS_BY_LAST, word.charCodeAt(word.length - 1), k);
    }
  }
  for (const word of brand.shortKeywords ?? []) {
    const k: IndexedKeyword = { brand, word, skel: skeleton(word), common: true, homeSuffixes: homeSuffixesOf(brand, word) };
    push(EXACT_KEYWORDS, word, k);
    if (!SHORT_KEYWORDS.has(word)) SHORT_KEYWORDS.set(word, k);
    SHORT_HEADS.add(pairCode(word, 0));
    SHORT_TAILS.add(pairCode(word, word.length - 2));
  }
}

/** Every long keyword occurring in `skel` (skeleton text), longest first per brand. */
export function keywordsIn(skel: string): { k: IndexedKeyword; at: number }[] {
  const out: { k: IndexedKeyword; at: number }[] = [];
  for (let i = 0; i + 3 <= skel.length; i++) {
    if (!KEYWORD_HEADS.has(pairCode(skel, i))) continue;
    const list = KEYWORDS_BY_TRIGRAM.get(skel.slice(i, i + 3));
    if (!list) continue;
    for (const k of list) if (skel.startsWith(k.skel, i)) out.push({ k, at: i });
  }
  if (out.length < 2) return out;
  out.sort((a, b) => b.k.skel.length - a.k.skel.length);
  const seen = new Set<string>();
  return out.filter((h) => {
    if (seen.has(h.k.brand.id)) return false;
    seen.add(h.k.brand.id);
    return true;
  });
}

/** Lure words in a skeleton string: whole-token lures exactly, longer ones anywhere. */
export function luresIn(skelToken: string, rawToken: string): IndexedLure[] {
  const out: IndexedLure[] = [];
  const exact = LURES_BY_WORD.get(rawToken);
  if (exact) return [exact];
  if (skelToken.length < 5) return out;
  for (const l of SUBSTRING_LURES) if (skelToken.includes(l.skel)) out.push(l);
  return out;
}

const SIGN_IN_KINDS: ReadonlySet<LureKind> = new Set(['pairing', 'verify', 'account', 'delivery', 'payment']);

function isSignInLure(word: string): boolean {
  const l = LURES_BY_WORD.get(word);
  return l !== undefined && SIGN_IN_KINDS.has(l.kind);
}

/**
 * Is `s` one sign-in lure word or two glued together (`verify`, `loginverify`)? Words of
 * ≥ 3 letters, of the sign-in, delivery and payment kinds only (see combosquat.ts).
 */
export function isLureCompound(s: string): boolean {
  if (isSignInLure(s)) return true;
  for (let i = 3; i <= s.length - 3; i++) {
    if (isSignInLure(s.slice(0, i)) && isSignInLure(s.slice(i))) return true;
  }
  return false;
}
