/**
 * The phrase-matching form of page text. Lighter than text/fold.ts (which keeps per-character
 * source offsets for messages): pages are up to 100× longer and findings quote phrases, not
 * offsets. Steps: NFKC, lower case, mixed Latin/Cyrillic words folded to their majority
 * script ("WhatsАpp" with a Cyrillic А → "whatsapp"), then Kazakh letters to their Russian
 * neighbours (ә→а, қ→к, ң→н, ө→о, ұ/ү→у, і→и, ғ→г; ё→е) and Latin accents stripped
 * (número → numero), because people type both ways. Page phrase tables are written in this form.
 */
import { CYRILLIC_FOLD, CYRILLIC_TO_LATIN, LATIN_TO_CYRILLIC } from '../text/confusable-letters.ts';

/**
 * A whole run of letters/digits holding a Latin–Cyrillic seam. The lookbehind anchors matches at
 * run starts and the lazy prefix stops at the first seam: without them a failed attempt at every
 * position of every long pure-script word scanned to its end and back (quadratic per word; 3% of
 * analyzePage time on data/pages-benign). Matches the same spans as the unanchored greedy form.
 */
const MIXED_WORD = /(?<![a-z0-9\u0400-\u052f])[a-z0-9\u0400-\u052f]*?(?:[a-z][\u0400-\u052f]|[\u0400-\u052f][a-z])[a-z0-9\u0400-\u052f]*/g;
const CYR = /[\u0400-\u052f]/g;
const LAT = /[a-z]/g;

function foldMixedWord(word: string): string {
  const cyr = word.match(CYR)?.length ?? 0;
  const lat = word.match(LAT)?.length ?? 0;
  let out = '';
  if (lat >= cyr) for (const ch of word) out += CYRILLIC_TO_LATIN[ch] ?? ch;
  else for (const ch of word) out += LATIN_TO_CYRILLIC[ch] ?? ch;
  return out;
}

const latinBase = new Map<string, string>();
function stripAccent(ch: string): string {
  let b = latinBase.get(ch);
  if (b === undefined) {
    b = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '') || ch;
    latinBase.set(ch, b);
  }
  return b;
}

/** Folds page text for phrase matching (see the module comment). Linear in the input. */
export function foldPageText(text: string): string {
  let s = /[^\u0000-\u007f]/.test(text) ? text.normalize('NFKC') : text;
  s = s.toLowerCase();
  if (!/[^\u0000-\u007f]/.test(s)) return s;
  s = s.replace(MIXED_WORD, foldMixedWord);
  s = s.replace(/[ёәқңөұүіғһїєґў]/g, (ch) => CYRILLIC_FOLD[ch] ?? ch);
  return s.replace(/[\u00c0-\u024f]/g, stripAccent);
}
