/**
 * Which brand a page presents itself as, and where it says so. A claim is where a page states
 * its own identity (title segment, og:site_name, headings, logo alt text, favicon and asset
 * names); a brand named inside a long sentence is a mention (articles talk about Facebook).
 * Strength: site name / short title segment 3, heading / og:title 2, logo / favicon / asset 1,
 * three or more text mentions 1. A page claims a brand from strength 3.
 */
import { BRANDS, brandById } from '../rules/brands.ts';
import { PAGE_BRAND_WORDS } from '../rules/page-brand-words.ts';
import type { PageSubject } from '../subjects/page-types.ts';
import type { Evidence } from '../types.ts';
import { foldPageText } from './fold.ts';

export interface BrandClaim {
  readonly brand: string;
  readonly strength: number;
  /** Where: 'title', 'site-name', 'og-title', 'heading', 'image', 'icon', 'asset', 'text'. */
  readonly where: readonly string[];
  readonly evidence: readonly Evidence[];
}

const WORD_TO_BRAND = new Map<string, string>();
for (const b of BRANDS) {
  for (const k of b.keywords) if (k.length >= 5) WORD_TO_BRAND.set(k.toLowerCase(), b.id);
  if (b.name.length >= 5) WORD_TO_BRAND.set(b.name.toLowerCase(), b.id);
}
for (const w of PAGE_BRAND_WORDS) for (const word of w.words) WORD_TO_BRAND.set(word, w.brand);
/** Brand words that are also ordinary words (apple, telegram, messenger): never a claim from text mentions. */
const COMMON = new Set<string>(BRANDS.flatMap((b) => (b.commonWords ?? []).map((w) => w.toLowerCase())));

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORDS = [...WORD_TO_BRAND.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
/** Whole-word brand names (Latin or Cyrillic neighbours do not count as boundaries). */
const BRAND_RE = new RegExp(`(?<![a-z0-9\\u0400-\\u052f])(${WORDS})(?![a-z\\u0400-\\u052f])`, 'g');
/** Asset names: `facebook-logo.png`, `wa_icon.svg` → brand words inside file names (letters only around). */
const ASSET_RE = new RegExp(`(${WORDS.replace(/\\ /g, '')})`, 'g');

function brandsIn(folded: string, re: RegExp = BRAND_RE): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
    const b = WORD_TO_BRAND.get(m[1] ?? '');
    if (b) out.push(b);
    if (out.length >= 50) break;
  }
  return out;
}

/** Title-like strings: `Page | Site`, `Site - Log in`. A segment of ≤ 6 words naming a brand is a claim. */
function segmentClaims(value: string): { strong: string[]; mentions: string[] } {
  const folded = foldPageText(value);
  const strong: string[] = [];
  for (const seg of folded.split(/\s[|\-–—·:•]\s|[|·•]/)) {
    // "Sign in to your Microsoft account" is 6 words; longer segments are sentences about the brand.
    if (seg.trim().split(/\s+/).length <= 6) strong.push(...brandsIn(seg));
  }
  return { strong, mentions: brandsIn(folded) };
}

function fileName(url: string): string {
  const path = url.split(/[?#]/)[0] ?? '';
  return (path.slice(path.lastIndexOf('/') + 1) || path).toLowerCase();
}

class ClaimSet {
  private readonly byBrand = new Map<string, { strength: number; where: Set<string>; evidence: Evidence[] }>();
  add(brand: string, strength: number, where: string, value: string): void {
    let c = this.byBrand.get(brand);
    if (!c) {
      c = { strength: 0, where: new Set(), evidence: [] };
      this.byBrand.set(brand, c);
    }
    if (c.where.has(where)) return; // one place counts once
    c.where.add(where);
    c.strength += strength;
    if (c.evidence.length < 4) c.evidence.push({ field: `page.${where}`, value: value.slice(0, 120) });
  }
  list(): BrandClaim[] {
    return [...this.byBrand].map(([brand, c]) => ({ brand, strength: c.strength, where: [...c.where], evidence: c.evidence }))
      .sort((a, b) => b.strength - a.strength);
  }
}

function identityClaims(s: PageSubject, set: ClaimSet): void {
  const title = segmentClaims(s.title);
  for (const b of new Set(title.strong)) set.add(b, 3, 'title', s.title);
  for (const key of ['og:site_name', 'application-name', 'apple-mobile-web-app-title']) {
    const v = s.meta[key];
    if (v) for (const b of new Set(brandsIn(foldPageText(v)))) set.add(b, 3, 'site-name', v);
  }
  const og = s.meta['og:title'];
  if (og) for (const b of new Set(segmentClaims(og).strong)) set.add(b, 2, 'og-title', og);
  for (const h of s.headings.slice(0, 20)) {
    if (h.split(/\s+/).length > 6) continue;
    for (const b of new Set(brandsIn(foldPageText(h)))) set.add(b, 2, 'heading', h);
  }
}

function assetClaims(s: PageSubject, set: ClaimSet): void {
  for (const img of s.images.slice(0, 100)) {
    if (img.alt && img.alt.split(/\s+/).length <= 5) for (const b of brandsIn(foldPageText(img.alt))) set.add(b, 1, 'image', img.alt);
    const name = fileName(img.src);
    if (name) for (const b of brandsIn(name, ASSET_RE)) set.add(b, 1, 'asset', name);
  }
  for (const icon of s.icons.slice(0, 10)) {
    for (const b of brandsIn(fileName(icon), ASSET_RE)) set.add(b, 1, 'icon', fileName(icon));
  }
}

function textClaims(s: PageSubject, set: ClaimSet): void {
  const counts = new Map<string, number>();
  BRAND_RE.lastIndex = 0;
  const text = foldPageText(s.text.slice(0, 20_000));
  for (let m = BRAND_RE.exec(text); m !== null; m = BRAND_RE.exec(text)) {
    const word = m[1] ?? '';
    const b = WORD_TO_BRAND.get(word);
    if (!b || COMMON.has(word)) continue;
    counts.set(b, (counts.get(b) ?? 0) + 1);
  }
  for (const [b, n] of counts) if (n >= 3) set.add(b, 1, 'text', `${n}×`);
}

/** All brand claims of a page, strongest first. Pure; cost bounded by the capped lists. */
export function brandClaims(s: PageSubject): BrandClaim[] {
  const set = new ClaimSet();
  identityClaims(s, set);
  assetClaims(s, set);
  textClaims(s, set);
  return set.list();
}

/** Is this brand one of Meta's (WhatsApp, Facebook, Instagram, Messenger, Meta)? */
export function isMetaFamily(brand: string): boolean {
  return brandById(brand)?.family === 'meta' || brand === 'meta';
}

/** Does the folded text name WhatsApp? (pair-code sites never claim the brand, they name it) */
export function namesWhatsApp(folded: string): boolean {
  return /whatsapp|ватсап|вотсап|уатсап/.test(folded);
}
