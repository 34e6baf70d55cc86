/**
 * The brand table and its lookups. Data lives in brands-global.ts and brands-kz.ts; this
 * module builds the lookup structures once at load (Sets and Maps: O(1) per query).
 */
import type { Brand } from './brand-types.ts';
import { GLOBAL_BRANDS } from './brands-global.ts';
import { KZ_BRANDS } from './brands-kz.ts';

export type { Brand, BrandCategory } from './brand-types.ts';

export const BRANDS: readonly Brand[] = [...GLOBAL_BRANDS, ...KZ_BRANDS];

const BY_ID = new Map<string, Brand>(BRANDS.map((b) => [b.id, b]));
const BY_DOMAIN = new Map<string, Brand>();
/** First labels of official domains (`whatsapp`, `google`, `wa`): a cheap test before building `label.label` strings. */
const OFFICIAL_LABELS = new Set<string>();
const OFFICIAL_SUFFIXES = new Map<string, Brand>();
const OFFICIAL_SUFFIX_HEADS = new Set<string>();
for (const b of BRANDS) {
  for (const d of b.officialDomains) {
    if (!BY_DOMAIN.has(d)) BY_DOMAIN.set(d, b);
    OFFICIAL_LABELS.add(d.slice(0, d.indexOf('.')));
  }
  for (const s of b.officialSuffixes ?? []) {
    OFFICIAL_SUFFIXES.set(s, b);
    OFFICIAL_SUFFIX_HEADS.add(s.slice(0, s.indexOf('.')));
  }
}

/** `akorda.gov.kz` → eGov: one label in front of an official suffix. `endsWith` first, so
 * the common miss costs no slice or hash (this ran for every URL, twice). */
function suffixBrand(domain: string): Brand | undefined {
  for (const [suffix, brand] of OFFICIAL_SUFFIXES) {
    const dot = domain.length - suffix.length - 1;
    if (dot > 0 && domain.endsWith(suffix) && domain.charCodeAt(dot) === 46 && domain.lastIndexOf('.', dot - 1) < 0) return brand;
  }
  return undefined;
}

/** The brand whose official registrable domain this is (`fbcdn.net` → Facebook), if any. */
export function brandOfDomain(domain: string): Brand | undefined {
  // Callers nearly always pass lower case already (parsed hostnames): try that first.
  const hit = BY_DOMAIN.get(domain);
  if (hit) return hit;
  const d = domain.toLowerCase();
  return (d === domain ? undefined : BY_DOMAIN.get(d)) ?? suffixBrand(d);
}

/**
 * Could `label`, followed by `next`, start an official domain: `facebook` (facebook.com) or
 * any label before an official suffix's first label (`akorda` + `gov` for gov.kz)? A cheap
 * test before building `label.next` strings to look up (hot path of brand-subdomain).
 */
export function mayStartOfficialDomain(label: string, next: string): boolean {
  return OFFICIAL_LABELS.has(label) || OFFICIAL_SUFFIX_HEADS.has(next);
}

/** Is this registrable domain (eTLD+1, ASCII) run by one of our brands? */
export function isOfficialDomain(registrableDomain: string): boolean {
  return brandOfDomain(registrableDomain) !== undefined;
}

export function brandById(id: string): Brand | undefined {
  return BY_ID.get(id);
}

/** The brand's own name for people (`whatsapp` → `WhatsApp`); the id itself if unknown. */
export function brandDisplayName(id: string): string {
  return BY_ID.get(id)?.name ?? id;
}

/** The main official domain to show people ("looks like whatsapp.com"). */
export function brandMainDomain(id: string): string {
  return BY_ID.get(id)?.officialDomains[0] ?? id;
}
