/**
 * Everything the page analyzers read, computed once per subject and memoised (WeakMap), so
 * that the combination analyzer and the single-signal analyzers share one pass.
 */
import { isOfficialDomain } from '../rules/brands.ts';
import type { PageSubject } from '../subjects/page-types.ts';
import { brandClaims, isMetaFamily, namesWhatsApp, type BrandClaim } from './brand-claims.ts';
import { codeSignals, phoneSignals, type CodeSignals, type PhoneSignals } from './flow-signals.ts';
import { kitSignals, type KitSignals } from './kit-signals.ts';
import { foldPageText } from './fold.ts';
import { matchPhrases, type PhraseHits } from './phrases.ts';
import type { PhraseKind } from '../rules/page-phrases.ts';

/** A page claims a brand from this strength (see brand-claims.ts). */
export const CLAIM_AT = 3;

export interface PageSignals {
  /** The page is on a registrable domain run by one of our brands. */
  readonly official: boolean;
  /** The strongest claim of a brand on a domain that is not the brand's, when strong enough. */
  readonly foreignClaim?: BrandClaim;
  readonly metaClaim: boolean;
  readonly namesWhatsApp: boolean;
  readonly phrases: PhraseHits;
  readonly phone: PhoneSignals;
  readonly code: CodeSignals;
  readonly kit: KitSignals;
  /** Collects a phone number: a phone input, or a country selector / prefix with a prompt. */
  readonly collectsPhone: boolean;
  /** Tells the visitor to enter a code in the app / names the linking screens. */
  readonly linkInstructions: boolean;
  /** Shows a pairing code (token or 8 boxes). */
  readonly showsCode: boolean;
  /** Reads like an article or warning about scams (≥ 3 warning phrases). */
  readonly warningContext: boolean;
  /** Names Telegram (the other messenger whose sessions are stolen the same way, THREAT.md G). */
  readonly namesTelegram: boolean;
  /** Flow phrases found only by decoding script literals (hidden from static readers on purpose). */
  readonly encodedFlowText: readonly string[];
  /**
   * The brand of the page's story, carried by every finding that tells an attack (see storyBrand).
   */
  readonly storyBrand?: string;
}

const IDENTITY = new Set(['title', 'site-name', 'og-title', 'image', 'icon', 'asset']);
const STRONG_IDENTITY = new Set(['site-name', 'icon']);

const CACHE = new WeakMap<PageSubject, PageSignals>();

/** Phrase kinds that describe the linking / code flow itself (not lures or context). */
const FLOW_KINDS: readonly PhraseKind[] = ['phone-prompt', 'code-in-app', 'linked-devices', 'link-with-phone', 'pairing-term', 'code-prompt', 'authorise-messenger', 'qr-scan'];

function encodedFlowText(s: PageSubject): string[] {
  if (s.decodedText === '') return [];
  const hits = matchPhrases(foldPageText(s.decodedText));
  return FLOW_KINDS.flatMap((k) => hits.get(k)?.samples.slice(0, 1) ?? []).slice(0, 4);
}

/**
 * What "brand" means for a page verdict: the brand the page *imitates* when it claims one (a
 * Facebook photo viewer is 'facebook' even though the account it attacks is WhatsApp; a Kaspi
 * login asking for the SMS code is 'kaspi'); when it imitates none, or only the corporate
 * "Meta" name, the brand whose *account the flow attacks*: Telegram when only Telegram is named,
 * otherwise WhatsApp — the 8-character linking code, Linked-devices QR and "authorise with
 * WhatsApp" flows all end in a WhatsApp account. The eval labels follow the same convention.
 */
function storyBrand(claim: BrandClaim | undefined, namesWa: boolean, namesTg: boolean): string | undefined {
  if (claim && claim.brand !== 'meta') return claim.brand;
  if (namesTg && !namesWa) return 'telegram';
  if (namesWa || !claim) return 'whatsapp';
  return claim.brand;
}

function compute(s: PageSubject): PageSignals {
  const official = s.url.ok && !s.url.isIp && s.url.domain !== '' && isOfficialDomain(s.url.domain);
  const claims = official ? [] : brandClaims(s);
  // Headings and body text name products (a shop's "Google Pixelbook" heading): a claim also
  // needs the page's identity places — title, site name, logo or favicon.
  const phrases = matchPhrases(s.folded);
  // An article about a brand's scams names the brand in its title: with ≥ 3 warning phrases,
  // a title or heading alone is not a claim; a logo, favicon or site name still is.
  const warningContext = (phrases.get('warning')?.count ?? 0) >= 3;
  const identity = warningContext ? STRONG_IDENTITY : IDENTITY;
  const foreignClaim = claims.find((c) => c.strength >= CLAIM_AT && c.where.some((w) => identity.has(w)));
  const phone = phoneSignals(s);
  const code = codeSignals(s);
  const has = (k: Parameters<PhraseHits['get']>[0]): boolean => phrases.has(k);
  const namesWa = namesWhatsApp(s.folded);
  const namesTg = /telegram|телеграм/.test(s.folded);
  const brand = storyBrand(foreignClaim, namesWa, namesTg);
  return {
    official,
    ...(foreignClaim ? { foreignClaim } : {}),
    metaClaim: foreignClaim !== undefined && isMetaFamily(foreignClaim.brand),
    namesWhatsApp: namesWa,
    namesTelegram: namesTg,
    encodedFlowText: encodedFlowText(s),
    ...(brand ? { storyBrand: brand } : {}),
    phrases,
    phone,
    code,
    kit: kitSignals(s),
    collectsPhone: phone.phoneInputs.length > 0 || ((phone.countrySelector || phone.dialPrefix !== '') && has('phone-prompt')),
    get linkInstructions(): boolean {
      return has('code-in-app') || has('link-with-phone') || has('linked-devices') || has('pairing-term');
    },
    showsCode: code.displayedCodes.length > 0 || code.pairingBoxes > 0,
    warningContext,
  };
}

export function pageSignals(s: PageSubject): PageSignals {
  let v = CACHE.get(s);
  if (!v) {
    v = compute(s);
    CACHE.set(s, v);
  }
  return v;
}
