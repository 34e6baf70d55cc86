/**
 * combosquat: a brand word glued to other words in a name the phisher chose:
 * `whatsapp-verify.top`, `fb-photo-view.xyz`, `meta-support-secure.com`,
 * `facebookcenter1001.web.app`, `gmailaccountloginnew.com`. Kintis et al., "Hiding in Plain
 * Sight: A Longitudinal Study of Combosquatting Abuse" (CCS 2017): combosquats outnumber
 * typosquats ~100:1, and most carry words like login/secure/verify/support.
 * Brand + lure word is strong; brand + junk (digits, 1–2 letters, random) is suspicious;
 * brand + an ordinary word (appleinsider, 9to5google) is weak alone: fan sites and news.
 */
import type { Analyzer } from './analyzer.ts';
import type { UrlSubject } from '../subjects/types.ts';
import type { Finding } from '../types.ts';
import { urlFeatures, type KeywordHit, type UrlFeatures } from './url-features.ts';
import { DOTLESS_OFFICIAL, SHORT_HEADS, SHORT_KEYWORDS, SHORT_TAILS, isLureCompound, pairCode, type IndexedKeyword } from './url-brand-index.ts';
import { impersonation } from './url-finding.ts';
import { randomness } from './url-randomness.ts';
import { homeSuffixFor, typoOfBrandToken } from './typosquat.ts';

const ID = 'combosquat';
/** Weights (noisy-OR, verdict.ts): lure alone is dangerous-ish with any second signal. */
const WITH_LURE = 75;
const WEAK_WITH_LURE = 50;
const ON_FREE_HOSTING = 60;
const WITH_JUNK = 45;
const WITH_WORD = 25;
const WITH_GLUED_SHORT = 60;
/** With the hosting finding (18) still below suspicious: the brand's own team may publish there. */
const ON_OWN_PLATFORM = 15;
/** Free hosting whose account names are organisation names (GitHub/GitLab Pages). */
const ORG_PAGES: ReadonlySet<string> = new Set(['github.io', 'gitlab.io']);

const WITH_HYPHENS = 70;
const WITH_DOTLESS_DOMAIN = 60;

/** What is left of the raw word once the brand is taken out (raw, so `i` stays `i`). */
function restOf(h: KeywordHit, labels: readonly string[]): string {
  // Keep the hyphens of the label so that parts can be judged one by one.
  const label = labels[h.token.label] ?? h.token.raw;
  return h.literal ? label.replace(h.k.word, '') : h.rest;
}

/** Digits, random letters, or (for long names only) 1–2 stray letters: `bakcell` and
 * `hicloud` are real companies, `whatsappx` is not. */
function isJunk(rest: string, keywordLength: number): boolean {
  const plain = rest.replace(/[-_]/g, '');
  if ((plain.length <= 2 && keywordLength >= 7) || /\d/.test(plain) || randomness(plain).random) return true;
  // A short part with no vowel at all is not a word (`dfz-`, `ggzh-`, `wht-`).
  return /(^|-)[b-df-hj-np-tv-z]{3,4}(-|$)/.test(rest);
}

/**
 * `kaspi-kz.com`, `post-kz.top`, `whatsappcom.live`: a whole owner-chosen word that is the
 * brand's real address (kaspi.kz) with its dot turned into a hyphen or dropped.
 */
function dotlessOfficial(s: UrlSubject, f: UrlFeatures): Finding | undefined {
  for (const t of f.tokens) {
    if (!t.whole || t.zone === 'sub') continue;
    const brand = DOTLESS_OFFICIAL.get(t.skel);
    if (brand) return impersonation(s, ID, 'brand-domain', WITH_DOTLESS_DOMAIN, brand, f.lures);
  }
  return undefined;
}

/** Short names are at most this long (`fbook`, `insta`, `teleg`); glued words are tried up to it. */
const MAX_SHORT = 6;

/**
 * A short name glued to nothing but lure words, in front or behind: `fblogin`, `metaverify`,
 * `wasecurelogin`, `loginfb`. A short name inside other words (`water`, `fbi`, `metacritic`)
 * says nothing, so the rest must be lure words entirely (one or two of them), of the
 * sign-in, delivery or payment kinds: glued photo, vote and prize words make app and
 * lottery names (measured on the top-100k list: walottery, talentinsta).
 */
function shortGluedToLure(word: string): IndexedKeyword | undefined {
  if (word.length < 5 || word.length > 30) return undefined;
  // Most words start and end with no short name: two Set lookups, no slicing (hot path).
  const heads = SHORT_HEADS.has(pairCode(word, 0));
  const tails = SHORT_TAILS.has(pairCode(word, word.length - 2));
  for (let i = 2; (heads || tails) && i <= MAX_SHORT && i <= word.length - 3; i++) {
    const head = heads ? SHORT_KEYWORDS.get(word.slice(0, i)) : undefined;
    if (head && isLureCompound(word.slice(i))) return head;
    const tail = tails ? SHORT_KEYWORDS.get(word.slice(word.length - i)) : undefined;
    if (tail && isLureCompound(word.slice(0, word.length - i))) return tail;
  }
  return undefined;
}

function longKeywordFinding(s: UrlSubject, f: UrlFeatures, h: KeywordHit): Finding | undefined {
  // On the brand's own platform (googleblog.blogspot.com) a brand word is weaker evidence.
  const ownPlatform = f.hosting?.operator === h.k.brand.id;
  // An ordinary word (egov, halyk) standing alone is no longer ordinary under the brand's
  // own suffix: `e-gov.kz` reads as egov.kz (but `connectingthreads.com` is no Threads).
  const home = h.token.zone === 'reg' && h.separate && h.k.homeSuffixes.has(s.publicSuffix);
  const weak = (h.k.common && !home) || ownPlatform;
  if (f.lures.length > 0) {
    return impersonation(s, ID, 'lure-word', weak ? WEAK_WITH_LURE : WITH_LURE, h.k.brand, f.lures, { word: f.lures[0]?.word ?? '' });
  }
  if (h.token.zone === 'account') {
    // GitHub and GitLab Pages accounts are organisation names, which the brands hold
    // themselves (facebook.github.io is Meta's open-source site): weak there.
    const orgPages = f.hosting !== undefined && ORG_PAGES.has(f.hosting.suffix);
    return impersonation(s, ID, 'hosted-brand', ownPlatform || orgPages ? ON_OWN_PLATFORM : ON_FREE_HOSTING, h.k.brand, f.lures);
  }
  // `kaspi-bank`, `whats-app`: the brand's own name, only split by hyphens.
  if (h.exact) return impersonation(s, ID, 'hyphenated', weak ? WITH_WORD : WITH_HYPHENS, h.k.brand, f.lures);
  const junk = isJunk(restOf(h, f.labels), h.k.word.length);
  // Brand + an ordinary word stays weak even under the brand's own ccTLD: measured, that
  // flagged tele2life.ru and allfacebook.de and found no lookalike the other rules missed.
  return impersonation(s, ID, junk ? 'brand-junk' : 'brand-word', junk ? WITH_JUNK : WITH_WORD, h.k.brand, f.lures);
}

export const combosquat: Analyzer<UrlSubject> = {
  id: ID,
  appliesTo: 'url',
  analyze(s) {
    const f = urlFeatures(s);
    if (f.official) return [];
    const out: Finding[] = [];
    const seen = new Set<string>();
    const dotless = dotlessOfficial(s, f);
    if (dotless?.brand) {
      out.push(dotless);
      seen.add(dotless.brand);
    }
    for (const h of f.hits) {
      // Whole words only (hyphens removed): `youtube-mp3` is judged as `youtubemp3`.
      if (h.token.zone === 'sub' || !h.token.whole || seen.has(h.k.brand.id)) continue;
      // An exact whole registrable label is tld-swap's (whatsapp.co); exact hyphen parts are
      // combos, and so is the bare brand as a free-hosting account (`kaspi.netlify.app`).
      if (h.token.zone === 'reg' && h.exact && h.token.whole && h.literal && f.labels[h.token.label] === h.token.raw) continue;
      // Lookalike spellings of the whole word are typosquat's (faceb00k) or homoglyph's (аррӏе).
      if (!h.literal && (h.exact || /[^\x00-\x7f]/.test(h.token.raw))) continue;
      // A misspelt longer name or a doubled letter (`halykbak`, `kaspii`) is typosquat's.
      if (h.literal && typoOfBrandToken(h.token, h.k, homeSuffixFor(s, h.token, f.labels))) continue;
      const finding = longKeywordFinding(s, f, h);
      if (!finding) continue;
      seen.add(h.k.brand.id);
      out.push(finding);
    }
    // Short names (fb, wa, ig, meta, olx) count only as a separate word next to a lure word...
    for (const h of f.exactHits) {
      if (h.token.zone === 'sub' || seen.has(h.k.brand.id) || h.token.whole) continue;
      if (f.lures.length === 0) continue;
      seen.add(h.k.brand.id);
      out.push(impersonation(s, ID, 'lure-word', WITH_LURE, h.k.brand, f.lures, { word: f.lures[0]?.word ?? '' }));
    }
    // ...or glued to lure words only (`fblogin`, `metaverify`).
    for (const t of f.tokens) {
      if (t.zone === 'sub') continue;
      const k = shortGluedToLure(t.raw);
      if (!k || seen.has(k.brand.id)) continue;
      seen.add(k.brand.id);
      out.push(impersonation(s, ID, 'lure-word', WITH_GLUED_SHORT, k.brand, f.lures, { word: f.lures[0]?.word ?? '' }));
    }
    return out;
  },
};
