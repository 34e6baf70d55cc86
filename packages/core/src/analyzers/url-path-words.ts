/** Lower-case words of a URL's path and query, decoded, bounded (memoised for the current subject). */
import type { UrlSubject } from '../subjects/types.ts';

const MAX_WORDS = 48;
const MAX_WORD = 32;
const SPLIT = /[^\p{L}\p{N}]+/u;
const TRAILING_DIGITS = /(?<=\D)\d{1,3}$/;

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Keeps a word: bounded length, and trailing digits go (`final2`, `code2` in the Winnerclose kit paths). */
function keep(out: string[], w: string): void {
  if (w.length === 0 || w.length > MAX_WORD) return;
  const last = w.charCodeAt(w.length - 1);
  out.push(last >= 48 && last <= 57 ? w.replace(TRAILING_DIGITS, '') : w);
}

/**
 * ASCII fast path (nearly every real path): one pass over char codes, no regex split.
 * Returns undefined at the first non-ASCII character so the Unicode split takes over.
 */
function asciiWords(text: string): string[] | undefined {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c >= 0x80) return undefined;
    const alnum = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
    if (alnum) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      keep(out, text.slice(start, i).toLowerCase());
      start = -1;
      if (out.length >= MAX_WORDS) break;
    }
  }
  return out;
}

function computeWords(s: UrlSubject): readonly string[] {
  const raw = `${s.pathname} ${s.search} ${s.hash}`.slice(0, 2048);
  const text = raw.indexOf('%') >= 0 ? decode(raw) : raw;
  const fast = asciiWords(text);
  if (fast) return fast;
  const out: string[] = [];
  for (const w of text.toLowerCase().split(SPLIT, MAX_WORDS)) keep(out, w);
  return out;
}

/**
 * The analyzers of one URL run one after another, so the last subject's words are all the
 * memo they need: a one-entry cache (identity check) costs less than a WeakMap lookup,
 * which was 5% of analyzeUrl's time, and holds at most one subject alive.
 */
let lastSubject: UrlSubject | undefined;
let lastWords: readonly string[] = [];

export function pathWords(s: UrlSubject): readonly string[] {
  if (s !== lastSubject) {
    lastWords = computeWords(s);
    lastSubject = s;
  }
  return lastWords;
}
