/**
 * Kit fingerprints for clustering pages into campaigns: the same kit deployed on many domains
 * keeps its DOM skeleton, its scripts, its favicon and most of its text.
 *  - domHash: FNV-1a 64 of the tag+class skeleton (digits dropped), hex.
 *  - scriptHashes: SHA-256 from the sandbox when known; otherwise `fnv:` + FNV-1a 64 of the
 *    whitespace-collapsed inline code, and `src:` + the path of external scripts (hosts differ
 *    between deployments, paths rarely do). Sorted, unique, at most 50.
 *  - faviconHash: the sandbox's favicon SHA-256, else `src:` + the icon path ('' when none).
 *  - textSimhash: 64-bit simhash (Charikar 2002) of the words of the visible text, hex;
 *    near-identical texts differ in few bits (compare with Hamming distance).
 * FNV-1a is not cryptographic: these are grouping keys, not integrity checks.
 */
import type { PageSubject } from '../subjects/page-types.ts';
import { createPageSubjectFromHtml } from '../subjects/page-subject.ts';

export interface PageFingerprints {
  readonly domHash: string;
  readonly scriptHashes: readonly string[];
  readonly faviconHash: string;
  readonly textSimhash: string;
}

/** FNV-1a 64-bit as two 32-bit halves (no BigInt: fast in every engine). Returns [hi, lo]. */
function fnv1a64(s: string): [number, number] {
  // offset basis 0xcbf29ce484222325, prime 0x100000001b3 = 2^40 + 0x1b3
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < s.length; i++) {
    lo = (lo ^ s.charCodeAt(i)) >>> 0;
    // (hi, lo) * 0x1b3 + ((lo << 40) within 64 bits, i.e. lo << 8 into hi)
    const loMul = lo * 0x1b3;
    const newLo = loMul >>> 0;
    const carry = Math.floor(loMul / 0x100000000);
    hi = (Math.imul(hi, 0x1b3) + carry + (lo << 8)) >>> 0;
    lo = newLo;
  }
  return [hi >>> 0, lo >>> 0];
}

const hex8 = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');

export function fnv64Hex(s: string): string {
  const [hi, lo] = fnv1a64(s);
  return hex8(hi) + hex8(lo);
}

function pathOf(url: string): string {
  const noQuery = url.split(/[?#]/)[0] ?? '';
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/.*)?$/i.exec(noQuery);
  return (m ? (m[1] ?? '/') : noQuery).slice(0, 200);
}

/** 64-bit simhash of word features; '' for empty text. */
export function simhash64(text: string): string {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]{2,}/gu);
  if (!words || words.length === 0) return '';
  const acc = new Int32Array(64);
  for (const w of words.slice(0, 5000)) {
    const [hi, lo] = fnv1a64(w);
    for (let b = 0; b < 32; b++) {
      acc[b] = (acc[b] ?? 0) + ((lo >>> b) & 1 ? 1 : -1);
      acc[32 + b] = (acc[32 + b] ?? 0) + ((hi >>> b) & 1 ? 1 : -1);
    }
  }
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b++) {
    if ((acc[b] ?? 0) > 0) lo |= 1 << b;
    if ((acc[32 + b] ?? 0) > 0) hi |= 1 << b;
  }
  return hex8(hi) + hex8(lo);
}

function scriptHashes(s: PageSubject): string[] {
  const out = new Set<string>();
  for (const sc of s.scripts) {
    if (sc.sha256) out.add(sc.sha256);
    else if (sc.src) out.add(`src:${pathOf(sc.src)}`);
    else if (sc.text.trim() !== '') out.add(`fnv:${fnv64Hex(sc.text.replace(/\s+/g, ' ').trim())}`);
    if (out.size >= 50) break;
  }
  return [...out].sort();
}

/** `3:div.css-1x2y3` → `3:div.css-xy`: build tools number classes; kits copy the rest. */
function withoutClassDigits(token: string): string {
  const dot = token.indexOf('.');
  return dot < 0 ? token : token.slice(0, dot) + token.slice(dot).replace(/\d+/g, '');
}

/** Fingerprints of a page subject, or of static HTML and its URL. */
export function pageFingerprints(input: PageSubject | string, url = ''): PageFingerprints {
  const s = typeof input === 'string' ? createPageSubjectFromHtml(input, url) : input;
  const icon = s.icons[0];
  return {
    domHash: s.skeleton.length > 0 ? fnv64Hex(s.skeleton.map(withoutClassDigits).join('\n')) : '',
    scriptHashes: scriptHashes(s),
    faviconHash: s.faviconSha256 || (icon ? `src:${pathOf(icon)}` : ''),
    textSimhash: simhash64(s.text.slice(0, 50_000)),
  };
}
