/** Lower-case words of a URL's path and query, decoded, bounded (memoised per subject). */
import type { UrlSubject } from '../subjects/types.ts';

const CACHE = new WeakMap<UrlSubject, readonly string[]>();
const MAX_WORDS = 48;
const SPLIT = /[^\p{L}\p{N}]+/u;

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function pathWords(s: UrlSubject): readonly string[] {
  let w = CACHE.get(s);
  if (!w) {
    const text = decode(`${s.pathname} ${s.search} ${s.hash}`.slice(0, 2048)).toLowerCase();
    // Trailing digits go (`final2`, `code2` in the Winnerclose kit paths).
    w = text.split(SPLIT, MAX_WORDS).filter((x) => x.length > 0 && x.length <= 32).map((x) => x.replace(/(?<=\D)\d{1,3}$/, ''));
    CACHE.set(s, w);
  }
  return w;
}
