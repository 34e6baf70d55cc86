/**
 * The matching form of a message: lower case, one script per word, leetspeak undone,
 * Kazakh/Ukrainian letters and Latin accents reduced to their base letters, zero-width and
 * emoji noise removed, words separated by one space and sentence ends kept as a "." token.
 * Every folded character remembers where it came from, so findings can point into the text.
 */
import { CYRILLIC_FOLD, CYRILLIC_TO_LATIN, LATIN_FOLD, LATIN_LEET, LATIN_TO_CYRILLIC } from './confusable-letters.ts';

export type WordScript = 'latin' | 'cyrillic' | 'other' | 'number' | 'break';

export interface FoldToken {
  readonly text: string;
  readonly script: WordScript;
  /** Offsets into the source text: start of the first character, end of the last. */
  readonly start: number;
  readonly end: number;
}

export interface FoldedText {
  /** Tokens joined by single spaces. */
  readonly folded: string;
  readonly tokens: readonly FoldToken[];
  /** Offset of each token in `folded`. */
  readonly offsets: readonly number[];
}

const enum Cls { Sep, Word, Break, Skip }
/** Words whose folded form is their lower case (Russian: with ё → е): no per-character work. */
const enum Plain { No, Latin, Russian }

function plainOf(cp: number): Plain {
  const low = cp | 0x20;
  if (low >= 0x61 && low <= 0x7a) return Plain.Latin;
  return (cp >= 0x410 && cp <= 0x44f) || cp === 0x401 || cp === 0x451 ? Plain.Russian : Plain.No;
}

const INVISIBLE_CP = new Set([0xad, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff]);
const BREAK_CP = new Set([0x2e, 0x21, 0x3f, 0x0a, 0x0d, 0x3b, 0x2026, 0xa1, 0xbf, 0x964, 0x965]);
const APOSTROPHES = new Set([0x27, 0x2019, 0x2018, 0x2bc, 0x60, 0x2032]);
const WORDISH = /[\p{L}\p{N}\p{M}]/u;
const classCache = new Map<number, Cls>();

/** Classes of ASCII code units: one array read instead of three set lookups (hot: every character). */
const ASCII_CLS: Uint8Array = (() => {
  const t = new Uint8Array(0x80);
  for (let cp = 0; cp < 0x80; cp++) {
    const word = (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39) || APOSTROPHES.has(cp) || cp === 0x40 || cp === 0x24;
    t[cp] = word ? Cls.Word : BREAK_CP.has(cp) ? Cls.Break : Cls.Sep;
  }
  return t;
})();

function classify(cp: number, text: string, at: number, len: number): Cls {
  if (cp < 0x80) return (ASCII_CLS[cp] ?? Cls.Sep) as Cls;
  if (cp >= 0x400 && cp <= 0x52f) return Cls.Word;
  if (INVISIBLE_CP.has(cp)) return Cls.Skip;
  if (BREAK_CP.has(cp)) return Cls.Break;
  if (APOSTROPHES.has(cp)) return Cls.Word;
  let c = classCache.get(cp);
  if (c === undefined) {
    c = WORDISH.test(text.slice(at, at + len)) ? Cls.Word : Cls.Sep;
    if (classCache.size < 4096) classCache.set(cp, c);
  }
  return c;
}

const isCyr = (c: string): boolean => c >= '\u0400' && c <= '\u052f';
const isLatinLetter = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= '\u00c0' && c <= '\u024f');
const isDigit = (c: string): boolean => c >= '0' && c <= '9';

const latinBaseCache = new Map<string, string>();
function latinBase(c: string): string {
  if (c < '\u00c0') return c;
  let b = latinBaseCache.get(c);
  if (b === undefined) {
    b = LATIN_FOLD[c] ?? c.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (b === '') b = c;
    latinBaseCache.set(c, b);
  }
  return b;
}

function decideScript(chars: readonly string[]): WordScript {
  let cyr = 0, lat = 0, cyrStrong = 0, latStrong = 0, digits = 0;
  for (const c of chars) {
    if (isCyr(c)) {
      cyr++;
      if (CYRILLIC_TO_LATIN[c] === undefined) cyrStrong++;
    } else if (isLatinLetter(c)) {
      lat++;
      if (LATIN_TO_CYRILLIC[c] === undefined) latStrong++;
    } else if (isDigit(c)) digits++;
  }
  if (cyr === 0 && lat === 0) return digits > 0 ? 'number' : 'other';
  if (lat === 0) return 'cyrillic';
  if (cyr === 0) return 'latin';
  if (cyrStrong > 0 && latStrong === 0) return 'cyrillic';
  if (latStrong > 0 && cyrStrong === 0) return 'latin';
  return cyr >= lat ? 'cyrillic' : 'latin';
}

/** Folds one word's lower-cased characters into its script (appends to `out.text`). */
function foldWord(chars: string[], out: { text: string }): WordScript {
  const script = decideScript(chars);
  let letters = 0;
  for (const c of chars) if (!isDigit(c) && c !== "'" && c !== '@' && c !== '$') letters++;
  // Leetspeak only inside real words ("c0de", "ph0t0"), not in numbers, IDs or "4u".
  const leet = letters >= 2;
  for (let i = 0; i < chars.length; i++) {
    let c = chars[i] ?? '';
    if (script === 'cyrillic') {
      if (!isCyr(c)) c = (leet || !isDigit(c) ? LATIN_TO_CYRILLIC[c] : undefined) ?? c;
      c = CYRILLIC_FOLD[c] ?? c;
    } else if (script === 'latin') {
      if (isCyr(c)) c = CYRILLIC_TO_LATIN[c] ?? c;
      else if (leet && LATIN_LEET[c] !== undefined) c = LATIN_LEET[c] ?? c;
      else c = latinBase(c);
    }
    if (c === '@' || c === '$') continue;
    out.text += c;
  }
  return script;
}

interface Builder {
  readonly text: string;
  tokens: FoldToken[];
  /** Start of the current word in the source, -1 when not in a word. */
  wordStart: number;
  lastEnd: number;
  /** The current word contains invisible characters to drop. */
  invisible: boolean;
  /** The current word is letters of one alphabet only (Plain.Latin: a-z, Plain.Russian: а-яё). */
  plain: Plain;
}

const PURE_LATIN = /^[a-z]+$/;
const PURE_CYRILLIC = /^[а-яё]+$/;
const INVISIBLE_RE = /[\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]/g;

/** Folded form of mixed words by their lower case: chat repeats words (bounded, pure function). */
const slowWordCache = new Map<string, { readonly text: string; readonly script: WordScript }>();
const SLOW_WORD_CACHE_MAX = 8192;

/** Folds one word (lower-cased source slice) and pushes its token. */
function pushWord(b: Builder, lower: string, start: number): void {
  let text: string;
  let script: WordScript;
  // Fast paths: most words are plain Latin or plain Russian (no per-character work).
  if (PURE_LATIN.test(lower)) {
    text = lower;
    script = 'latin';
  } else if (PURE_CYRILLIC.test(lower)) {
    text = lower.includes('ё') ? lower.replaceAll('ё', 'е') : lower;
    script = 'cyrillic';
  } else {
    let hit = slowWordCache.get(lower);
    if (hit === undefined) {
      const out = { text: '' };
      hit = { script: foldWord([...lower], out), text: out.text };
      if (slowWordCache.size >= SLOW_WORD_CACHE_MAX) slowWordCache.clear();
      slowWordCache.set(lower, hit);
    }
    text = hit.text;
    script = hit.script;
  }
  if (text !== '') b.tokens.push({ text, script, start, end: b.lastEnd });
}

function flush(b: Builder): void {
  if (b.wordStart < 0) return;
  let start = b.wordStart;
  b.wordStart = -1;
  if (b.plain !== Plain.No) {
    // Plain a-z or а-яё words (most words): no apostrophes, invisibles or special lower cases.
    const lower = b.text.slice(start, b.lastEnd).toLowerCase();
    if (b.plain === Plain.Latin) b.tokens.push({ text: lower, script: 'latin', start, end: b.lastEnd });
    else b.tokens.push({ text: lower.includes('ё') ? lower.replaceAll('ё', 'е') : lower, script: 'cyrillic', start, end: b.lastEnd });
    return;
  }
  // Apostrophes only count inside a word ("i've", translit "skin'"), not before it.
  while (start < b.lastEnd && APOSTROPHES.has(b.text.charCodeAt(start))) start++;
  if (start >= b.lastEnd) return;
  let raw = b.text.slice(start, b.lastEnd);
  if (b.invisible) raw = raw.replace(INVISIBLE_RE, '');
  b.invisible = false;
  let lower = raw.toLowerCase();
  // İ lower-cases to i + combining dot: keep such letters as they are (bounded, rare).
  if (lower.length !== raw.length) lower = [...raw].map((c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
  if (/[\u2019\u2018\u02bc`\u2032]/.test(lower)) lower = lower.replace(/[\u2019\u2018\u02bc`\u2032]/g, "'");
  pushWord(b, lower, start);
}

function pushBreak(b: Builder, at: number, end: number): void {
  const last = b.tokens[b.tokens.length - 1];
  if (last === undefined || last.script === 'break') return;
  b.tokens.push({ text: '.', script: 'break', start: at, end });
}

/** Spans (sorted, non-overlapping) that are replaced by a separator, e.g. URLs and e-mails. */
export interface MaskSpan {
  readonly start: number;
  readonly end: number;
}

export function foldText(text: string, masks: readonly MaskSpan[] = []): FoldedText {
  const b: Builder = { text, tokens: [], wordStart: -1, lastEnd: 0, invisible: false, plain: Plain.No };
  let m = 0;
  const n = text.length;
  for (let i = 0; i < n; ) {
    const at = i;
    let cp = text.charCodeAt(i);
    let len = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      cp = text.codePointAt(i) ?? cp;
      len = cp > 0xffff ? 2 : 1;
    }
    i += len;
    if (m < masks.length) {
      while (m < masks.length && (masks[m]?.end ?? 0) <= at) m++;
      const mask = masks[m];
      if (mask !== undefined && at >= mask.start && at < mask.end) {
        flush(b);
        continue;
      }
    }
    const cls = classify(cp, text, at, len);
    if (cls === Cls.Skip) {
      if (b.wordStart >= 0) {
        b.invisible = true;
        b.plain = Plain.No;
      }
      continue;
    }
    if (cls === Cls.Word) {
      if (b.wordStart < 0) {
        b.wordStart = at;
        b.plain = plainOf(cp);
      } else if (b.plain !== Plain.No && plainOf(cp) !== b.plain) b.plain = Plain.No;
      b.lastEnd = i;
      continue;
    }
    flush(b);
    if (cls === Cls.Break) pushBreak(b, at, i);
  }
  flush(b);
  return joinTokens(b.tokens);
}

export function joinTokens(tokens: readonly FoldToken[]): FoldedText {
  const offsets: number[] = [];
  let folded = '';
  for (const t of tokens) {
    if (folded !== '') folded += ' ';
    offsets.push(folded.length);
    folded += t.text;
  }
  return { folded, tokens, offsets };
}

/** Maps a [start, end) range of a folded string back to source offsets. */
export function sourceSpan(f: FoldedText, start: number, end: number): { start: number; end: number } {
  const { offsets, tokens } = f;
  let lo = 0, hi = offsets.length - 1, first = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((offsets[mid] ?? 0) <= start) {
      first = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  let last = first;
  while (last + 1 < offsets.length && (offsets[last + 1] ?? Infinity) < end) last++;
  const t0 = tokens[first];
  const t1 = tokens[last];
  if (t0 === undefined || t1 === undefined) return { start: 0, end: 0 };
  // Patterns start at word starts and end inside or at the end of a word: whole words are shown.
  return { start: t0.start, end: Math.max(t1.end, t0.start) };
}
