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
const OFFICIAL_SUFFIXES = new Map<string, Brand>();
for (const b of BRANDS) {
  for (const d of b.officialDomains) if (!BY_DOMAIN.has(d)) BY_DOMAIN.set(d, b);
  for (const s of b.officialSuffixes ?? []) OFFICIAL_SUFFIXES.set(s, b);
}

function suffixBrand(domain: string): Brand | undefined {
  if (OFFICIAL_SUFFIXES.size === 0) return undefined;
  const dot = domain.indexOf('.');
  return dot > 0 ? OFFICIAL_SUFFIXES.get(domain.slice(dot + 1)) : undefined;
}

/** The brand whose official registrable domain this is (`fbcdn.net` → Facebook), if any. */
export function brandOfDomain(domain: string): Brand | undefined {
  // Callers nearly always pass lower case already (parsed hostnames): try that first.
  const hit = BY_DOMAIN.get(domain);
  if (hit) return hit;
  const d = domain.toLowerCase();
  return (d === domain ? undefined : BY_DOMAIN.get(d)) ?? suffixBrand(d);
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
