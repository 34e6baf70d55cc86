/**
 * Does a hostname word look machine-made (`a60d31c2`, `xkqzvbt`, `kx0tmr`)? Kits and
 * free-hosting deployments use random labels; people pick words. Cheap features only
 * (no models): digit/letter mixing, consonant runs, vowel share. Bounded to 63 chars.
 * One pass over char codes, no regex or allocation on the common path: this runs for the
 * owner's labels of every URL (it was ~15% of analyzeUrl's time written with regexes).
 */

export interface Randomness {
  readonly random: boolean;
  readonly why?: 'digit-mix' | 'consonant-run' | 'no-vowels' | 'hex';
}

const NOT_RANDOM: Randomness = { random: false };
const HEX: Randomness = { random: true, why: 'hex' };
const DIGIT_MIX: Randomness = { random: true, why: 'digit-mix' };
const CONSONANT_RUN: Randomness = { random: true, why: 'consonant-run' };
const NO_VOWELS: Randomness = { random: true, why: 'no-vowels' };

/** a e i o u y, as char codes. */
function isVowel(c: number): boolean {
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;
}

/** Consonant clusters of real words (German, English) that may make a run of 5. */
const WORD_CLUSTERS = /(sch|str|chr|ght|tch|ngst|ndl|rtz)/;

interface Counts {
  vowels: number;
  digitSwitches: number;
  longestConsonantRun: number;
  hexOnly: boolean;
  hasDigit: boolean;
  hasHexLetter: boolean;
}

/** Counts over `w`, or undefined when a character is not [a-z0-9] (then it is no random label). */
function countsOf(w: string): Counts | undefined {
  const c: Counts = { vowels: 0, digitSwitches: 0, longestConsonantRun: 0, hexOnly: true, hasDigit: false, hasHexLetter: false };
  let run = 0;
  let prevDigit = -1;
  for (let i = 0; i < w.length; i++) {
    const ch = w.charCodeAt(i);
    const digit = ch >= 48 && ch <= 57;
    if (!digit && (ch < 97 || ch > 122)) return undefined;
    if (prevDigit >= 0 && (digit ? 1 : 0) !== prevDigit) c.digitSwitches++;
    prevDigit = digit ? 1 : 0;
    if (digit) {
      c.hasDigit = true;
      run = 0;
      continue;
    }
    if (ch > 102) c.hexOnly = false;
    else c.hasHexLetter = true;
    if (isVowel(ch)) {
      c.vowels++;
      run = 0;
    } else if (++run > c.longestConsonantRun) c.longestConsonantRun = run;
  }
  return c;
}

/**
 * Thresholds measured on data/domains/benign-top100k-2016.txt: each rule alone marks
 * < 1% of popular registrable labels (consonant run ≥ 5 is 0.6%; ≥ 3 digit/letter
 * switches 0.3%), while most webwave.dev / pages.dev deployment labels trip one of them.
 */
export function randomness(word: string): Randomness {
  const w = word.length > 63 ? word.slice(0, 63) : word;
  if (w.length < 6) return NOT_RANDOM;
  const c = countsOf(w);
  if (!c) return NOT_RANDOM;
  if (w.length >= 8 && c.hexOnly && c.hasDigit && c.hasHexLetter) return HEX;
  if (c.digitSwitches >= 3) return DIGIT_MIX;
  if (c.longestConsonantRun >= 5 && !WORD_CLUSTERS.test(w)) return CONSONANT_RUN;
  if (w.length >= 7 && c.vowels === 0) return NO_VOWELS;
  return NOT_RANDOM;
}
