/** The shape of one impersonated brand (rules/brands.ts holds the table and lookups). */

export type BrandCategory = 'messenger' | 'social' | 'tech' | 'bank' | 'government' | 'telecom' | 'post' | 'marketplace';

export interface Brand {
  /** Stable id used in findings (`whatsapp`, `kaspi`, ...). */
  readonly id: string;
  /** Name as people write it. */
  readonly name: string;
  readonly category: BrandCategory;
  /**
   * Every registrable domain (eTLD+1) the brand runs, infrastructure included (CDNs,
   * short links, API hosts). A brand's own infrastructure must never be flagged.
   * User-content hosting run by the brand (blogspot.com, googleusercontent.com,
   * azurewebsites.net, ...) is deliberately NOT here: anyone can publish there (rules/hosting.ts).
   */
  readonly officialDomains: readonly string[];
  /** Public suffixes all of whose registrable domains are official (`gov.kz`: every agency). */
  readonly officialSuffixes?: readonly string[];
  /** Distinctive words (≥ 5 letters) looked for in hostnames: substrings, typos, lookalikes. */
  readonly keywords: readonly string[];
  /** Short or generic names (fb, wa, ig, meta): exact-token rules only, never edit distance. */
  readonly shortKeywords?: readonly string[];
  /** Keywords that are also ordinary words or names (apple, telegram, outlook): weaker alone. */
  readonly commonWords?: readonly string[];
  /** Meta family brands: a lookalike with pairing/photo/vote lures is a GhostPairing link. */
  readonly family?: 'meta';
  /** Where the domains come from (official site, advisory). */
  readonly source: string;
}
