/**
 * Host features shared by the URL analyzers, computed once per subject and memoised in a
 * WeakMap (subjects are immutable; analyzers never re-parse). Zones of a hostname:
 * - `reg`: the registrable label the owner bought (`whatsapp-verify` in whatsapp-verify.top);
 * - `account`: labels in front of a free-hosting or tunnel suffix (`facebook-login` in
 *   facebook-login.weebly.com), chosen by whoever opened the account;
 * - `sub`: subdomain labels of an ordinary domain (`facebook.com` in facebook.com.photo-view.top).
 */
import type { UrlSubject } from '../subjects/types.ts';
import { isOfficialDomain } from '../rules/brands.ts';
import { hostingOf, type HostingMatch } from '../rules/hosting.ts';
import { EXACT_KEYWORDS, keywordsIn, luresIn, type IndexedKeyword, type IndexedLure } from './url-brand-index.ts';

export type Zone = 'sub' | 'reg' | 'account';

export interface HostToken {
  /** Lower-case Unicode word (a label, a hyphen part, or a label with hyphens removed). */
  readonly raw: string;
  readonly skel: string;
  /** Index of its label, counted from the left. */
  readonly label: number;
  readonly zone: Zone;
  /** The token is a whole label (hyphens removed), not one hyphen-separated part. */
  readonly whole: boolean;
  /** Where hyphen-separated parts started in a whole token (`www-google-vip` → 3, 9). */
  readonly cuts?: readonly number[];
}

export interface KeywordHit {
  readonly k: IndexedKeyword;
  readonly token: HostToken;
  /** The token is exactly the keyword (after skeleton folding). */
  readonly exact: boolean;
  /** The raw token contains the keyword as typed (no lookalike characters involved). */
  readonly literal: boolean;
  /** Skeleton of the token without the keyword ('' when exact). */
  readonly rest: string;
  /** The keyword stands as a word of its own: the whole token, or between hyphens or token ends. */
  readonly separate: boolean;
}

export interface UrlFeatures {
  readonly labels: readonly string[];
  readonly skelLabels: readonly string[];
  /** Index of the registrable label, -1 when there is none (IPs, single labels). */
  readonly regIndex: number;
  readonly hosting: HostingMatch | undefined;
  readonly official: boolean;
  readonly tokens: readonly HostToken[];
  /** Long-keyword hits in host tokens (one per token and brand). */
  readonly hits: readonly KeywordHit[];
  /** Tokens that are exactly a keyword (short names included). */
  readonly exactHits: readonly KeywordHit[];
  /** Lure words in owner-chosen labels (brand keywords removed first). */
  readonly lures: readonly IndexedLure[];
}

const FEATURES = Symbol('urlFeatures');
const NO_FEATURES: UrlFeatures = { labels: [], skelLabels: [], regIndex: -1, hosting: undefined, official: false, tokens: [], hits: [], exactHits: [], lures: [] };
/** Labels looked at per host: real hosts have < 10; hostile ones are cut here. */
const MAX_LABELS = 16;
/** Labels that carry no owner intent. */
const NEUTRAL_LABELS = new Set(['www', 'm', 'mobile', 'web', 'en', 'ru', 'kk', 'kz']);

/** Every analyzer asks for the current subject's features: an identity check answers most. */
let lastSubject: UrlSubject | undefined;
let lastFeatures: UrlFeatures = NO_FEATURES;

export function urlFeatures(s: UrlSubject): UrlFeatures {
  if (s === lastSubject) return lastFeatures;
  if (!s.ok || s.isIp || s.hostname === '') return NO_FEATURES;
  const holder = s as unknown as { [FEATURES]?: UrlFeatures };
  let f = holder[FEATURES];
  if (!f) {
    f = computeFeatures(s);
    holder[FEATURES] = f;
  }
  lastSubject = s;
  lastFeatures = f;
  return f;
}

function zonesOf(s: UrlSubject, labels: readonly string[], hosting: HostingMatch | undefined): { regIndex: number; owned: number; zone: Zone } {
  const suffixLabels = s.publicSuffix === '' ? 0 : s.publicSuffix.split('.').length;
  const regIndex = s.domainLabel === '' ? -1 : labels.length - suffixLabels - 1;
  if (hosting && hosting.kind !== 'shortener') {
    const hostingLabels = hosting.suffix === 'blogspot' ? suffixLabels + 1 : hosting.suffix.split('.').length;
    return { regIndex, owned: labels.length - hostingLabels, zone: 'account' };
  }
  return { regIndex, owned: regIndex + 1, zone: 'sub' };
}

function tokensOf(labels: readonly string[], skels: readonly string[], owned: number, regIndex: number, zone: Zone): HostToken[] {
  const out: HostToken[] = [];
  const first = Math.max(0, owned - MAX_LABELS);
  for (let i = first; i < owned; i++) {
    const raw = labels[i] ?? '';
    const skel = skels[i] ?? raw;
    if (raw === '' || NEUTRAL_LABELS.has(raw)) continue;
    const z: Zone = zone === 'account' ? 'account' : i === regIndex ? 'reg' : 'sub';
    if (raw.indexOf('-') < 0 && raw.indexOf('_') < 0) {
      out.push({ raw, skel, label: i, zone: z, whole: true });
      continue;
    }
    const rawParts = raw.split(/[-_]+/);
    const skelParts = skel.split(/[-_]+/);
    rawParts.forEach((p, j) => {
      if (p !== '') out.push({ raw: p, skel: skelParts[j] ?? p, label: i, zone: z, whole: false });
    });
    const cuts: number[] = [];
    let at = 0;
    for (const p of skelParts) {
      cuts.push(at);
      at += p.length;
    }
    out.push({ raw: rawParts.join(''), skel: skelParts.join(''), label: i, zone: z, whole: true, cuts });
  }
  return out;
}

function hitsOf(tokens: readonly HostToken[]): { hits: KeywordHit[]; exactHits: KeywordHit[] } {
  const hits: KeywordHit[] = [];
  const exactHits: KeywordHit[] = [];
  for (const token of tokens) {
    for (const k of EXACT_KEYWORDS.get(token.raw) ?? []) {
      exactHits.push({ k, token, exact: true, literal: true, rest: '', separate: true });
    }
    for (const { k, at } of keywordsIn(token.skel)) {
      const end = at + k.skel.length;
      // Inside a longer word only when the keyword is long and distinctive (≥ 7 letters):
      // `pineapples` must not read as Apple, `getoutlookmail` may read as Outlook.
      const cuts = token.cuts ?? [];
      const startsWord = at === 0 || cuts.includes(at);
      const endsWord = end === token.skel.length || cuts.includes(end);
      if (!startsWord && !endsWord && k.skel.length < 7) continue;
      const rest = token.skel.slice(0, at) + token.skel.slice(end);
      hits.push({ k, token, exact: rest === '', literal: token.raw.includes(k.word), rest, separate: startsWord && endsWord });
    }
  }
  return { hits, exactHits };
}

function luresOf(tokens: readonly HostToken[], hits: readonly KeywordHit[]): IndexedLure[] {
  const out: IndexedLure[] = [];
  const seen = new Set<string>();
  const add = (list: IndexedLure[]) => {
    for (const l of list) {
      if (seen.has(l.word)) continue;
      seen.add(l.word);
      out.push(l);
    }
  };
  for (const t of tokens) {
    if (!t.whole || t.raw.length > 63) continue;
    const hit = hits.find((h) => h.token === t);
    if (hit) add(luresIn(hit.rest, hit.rest));
    else add(luresIn(t.skel, t.raw));
  }
  // Hyphen parts: `fb-photo-view` has `photo` and `view` as exact short words.
  // The brand's own word is never its lure (`post` in post-tracker is Kazpost's name).
  const brandWords = new Set(tokens.filter((t) => EXACT_KEYWORDS.has(t.raw)).map((t) => t.raw));
  for (const t of tokens) if (!t.whole && !brandWords.has(t.raw)) add(luresIn(t.skel.length >= 5 ? '' : t.skel, t.raw));
  return out;
}

function computeFeatures(s: UrlSubject): UrlFeatures {
  const labels = s.hostnameUnicode.split('.');
  const skelLabels = s.skeleton.split('.');
  const hosting = hostingOf(s.hostname);
  const official = s.domain !== '' && isOfficialDomain(s.domain);
  const { regIndex, owned, zone } = zonesOf(s, labels, hosting);
  const tokens = tokensOf(labels, skelLabels.length === labels.length ? skelLabels : labels, owned, regIndex, zone);
  const { hits, exactHits } = hitsOf(tokens);
  return new Features(labels, skelLabels, regIndex, hosting, official, tokens, hits, exactHits);
}

/** A class (one stable shape, no spreads): built once per URL on the hot path. */
class Features implements UrlFeatures {
  #lures: IndexedLure[] | undefined;
  constructor(
    readonly labels: readonly string[],
    readonly skelLabels: readonly string[],
    readonly regIndex: number,
    readonly hosting: HostingMatch | undefined,
    readonly official: boolean,
    readonly tokens: readonly HostToken[],
    readonly hits: readonly KeywordHit[],
    readonly exactHits: readonly KeywordHit[],
  ) {}

  /** Lazy: only hosts with a brand signal need the (relatively costly) lure search. */
  get lures(): readonly IndexedLure[] {
    this.#lures ??= luresOf(this.tokens, this.hits);
    return this.#lures;
  }
}
