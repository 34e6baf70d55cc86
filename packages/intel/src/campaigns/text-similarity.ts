/**
 * Lure-text similarity for campaign grouping: MinHash (Broder 1997) over character 5-shingles of
 * normalised text, with LSH banding (16 bands × 4 rows of a 64-value signature).
 *
 * Why character shingles: lures are short (5–40 words), machine-translated and lightly varied
 * per victim ("vote for my niece Aisha" / "…niece Dana"); word features are too few for a stable
 * simhash at that length, characters give 20–200 shingles and work for Cyrillic and Latin alike.
 * Normalisation: NFKC, lower case, URLs → "URL", digit runs → "0", everything that is not a
 * letter collapsed to one space, so a new link or a new number does not change the shingles.
 *
 * LSH: a pair with Jaccard s shares at least one band with probability 1-(1-s^4)^16:
 * s=0.3 → 0.12, s=0.5 → 0.64, s=0.7 → 0.98. Candidates are then checked against
 * LURE_SIMILARITY (estimated Jaccard ≥ 0.5); see docs/intel.md for the measured rates.
 */
export const SIGNATURE_SIZE = 64;
export const BANDS = 16;
export const ROWS = SIGNATURE_SIZE / BANDS;
export const SHINGLE = 5;
export const LURE_SIMILARITY = 0.5;
/** Texts longer than this are cut: a lure is short; a 10 MB paste must not cost 10 MB of shingles. */
const MAX_TEXT = 4000;

export function normaliseLure(text: string): string {
  return (typeof text === 'string' ? text : '')
    .slice(0, MAX_TEXT)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\b(?:https?:\/\/|www\.)\S+/g, ' url ')
    .replace(/\b[\p{L}\p{N}-]+\.(?:[a-z]{2,12})(?:\/\S*)?/gu, ' url ')
    .replace(/\p{N}+/gu, '0')
    .replace(/[^\p{L}0]+/gu, ' ')
    .trim();
}

function fnv32(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  // Final avalanche (murmur3 fmix32) so that nearby shingles spread over all bits.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

export function shingles(norm: string): Set<string> {
  const out = new Set<string>();
  if (norm.length === 0) return out;
  if (norm.length <= SHINGLE) {
    out.add(norm);
    return out;
  }
  for (let i = 0; i + SHINGLE <= norm.length; i++) out.add(norm.slice(i, i + SHINGLE));
  return out;
}

/** MinHash signature; empty for empty text. h_i = h1 + i·h2 (Kirsch–Mitzenmacher double hashing). */
export function minhash(text: string): Uint32Array {
  const sh = shingles(normaliseLure(text));
  const sig = new Uint32Array(sh.size === 0 ? 0 : SIGNATURE_SIZE).fill(0xffffffff);
  for (const s of sh) {
    const h1 = fnv32(s, 0x811c9dc5);
    const h2 = fnv32(s, 0x9747b28c) | 1;
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = (h1 + Math.imul(i, h2)) >>> 0;
      if (h < (sig[i] ?? 0)) sig[i] = h;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of two signatures (0 when either is empty). */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0 || a.length !== b.length) return 0;
  let eq = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) eq++;
  return eq / a.length;
}

/** LSH band keys of a signature: `b<band>:<hash of its rows>`. */
export function bandKeys(sig: Uint32Array): string[] {
  if (sig.length === 0) return [];
  const out: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5;
    for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ (sig[b * ROWS + r] ?? 0), 0x01000193) >>> 0;
    out.push(`b${b}:${h.toString(36)}`);
  }
  return out;
}

/** Exact Jaccard of the shingle sets (for measurement and tests). */
export function jaccard(a: string, b: string): number {
  const sa = shingles(normaliseLure(a));
  const sb = shingles(normaliseLure(b));
  if (sa.size === 0 || sb.size === 0) return 0;
  let inter = 0;
  for (const s of sa) if (sb.has(s)) inter++;
  return inter / (sa.size + sb.size - inter);
}

/** Hamming distance of two 64-bit hex simhashes (the core's page textSimhash); 64 when unusable. */
export function simhashDistance(a: string, b: string): number {
  if (!/^[0-9a-f]{16}$/.test(a) || !/^[0-9a-f]{16}$/.test(b)) return 64;
  let d = 0;
  for (let i = 0; i < 16; i += 8) {
    let x = (parseInt(a.slice(i, i + 8), 16) ^ parseInt(b.slice(i, i + 8), 16)) >>> 0;
    while (x) {
      x &= x - 1;
      d++;
    }
  }
  return d;
}
