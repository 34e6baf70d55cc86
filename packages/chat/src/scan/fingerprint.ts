/**
 * Near-duplicate detection for lures: a hijacked account sends the *same* lure to every chat,
 * sometimes with a different name, link or emoji. Two fingerprints:
 * - `normaliseForMatch`: lower case, links reduced to their host's first label, digits and
 *   punctuation dropped — equal strings are the same lure;
 * - a 64-bit SimHash (Charikar 2002) over character 4-grams, as two 32-bit halves, to find
 *   candidates cheaply, confirmed by the Jaccard similarity of the 4-gram sets.
 */

/**
 * Candidate filter: ≤ 16 of 64 bits apart (Manku et al. 2007 use 3 for web pages, but a one-name
 * edit of a 60-character lure moves ~12 bits; unrelated chat lines measured ≥ 18 apart here).
 */
export const SIMHASH_NEAR = 16;
/** Confirmation: Jaccard similarity of character 4-gram sets (a changed name or link keeps ≥ 0.55). */
export const JACCARD_NEAR = 0.55;

const URL_RE = /\b(?:https?:\/\/|www\.)([^\s/?#]+)[^\s]*/gi;

export function normaliseForMatch(text: string): string {
  return text
    .toLowerCase()
    .replace(URL_RE, (_m, host: string) => ` link ${host.split('.')[0] ?? ''} `)
    .replace(/[\p{N}]+/gu, ' ')
    .replace(/[^\p{L}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** FNV-1a 32-bit, with a seed so that two independent halves make 64 bits. */
function fnv1a(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export type SimHash = readonly [number, number];

export function shingles(normalised: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 4 <= normalised.length; i++) out.add(normalised.slice(i, i + 4));
  if (out.size === 0) out.add(normalised);
  return out;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 1 : inter / union;
}

export function simhash(normalised: string): SimHash {
  // Character 4-grams: a short lure has only ~10 words, so word features swing too much when one
  // name changes; ~60 character features keep an edit local.
  const feats: string[] = [];
  for (let i = 0; i + 4 <= normalised.length; i++) feats.push(normalised.slice(i, i + 4));
  if (feats.length === 0) feats.push(normalised);
  const v = new Int32Array(64);
  for (const f of feats) {
    const lo = fnv1a(f, 0);
    const hi = fnv1a(f, 0x5bd1e995);
    for (let b = 0; b < 32; b++) {
      v[b]! += (lo >>> b) & 1 ? 1 : -1;
      v[b + 32]! += (hi >>> b) & 1 ? 1 : -1;
    }
  }
  let lo = 0;
  let hi = 0;
  for (let b = 0; b < 32; b++) {
    if (v[b]! > 0) lo |= 1 << b;
    if (v[b + 32]! > 0) hi |= 1 << b;
  }
  return [lo >>> 0, hi >>> 0];
}

function popcount(x: number): number {
  let n = x - ((x >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function hamming(a: SimHash, b: SimHash): number {
  return popcount((a[0] ^ b[0]) >>> 0) + popcount((a[1] ^ b[1]) >>> 0);
}
