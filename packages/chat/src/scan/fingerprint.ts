/**
 * Near-duplicate detection for lures: a hijacked account sends the *same* lure to every chat,
 * sometimes with a different name, link or emoji. Two fingerprints:
 * - `normaliseForMatch`: lower case, links reduced to their host's first label, digits and
 *   punctuation dropped — equal strings are the same lure;
 * - a 64-bit SimHash (Charikar 2002) over word bigrams, as two 32-bit halves; lures within
 *   SIMHASH_NEAR bits of each other are the same lure with small edits.
 */

/** ≤ 6 of 64 bits apart: near-duplicate (Manku et al. 2007 use 3 for web pages; short texts need more slack). */
export const SIMHASH_NEAR = 6;

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

export function simhash(normalised: string): SimHash {
  const words = normalised.split(' ').filter((w) => w !== '');
  const feats: string[] = [];
  for (let i = 0; i < words.length; i++) feats.push(i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : words[i]!);
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
