/**
 * Does a hostname word look machine-made (`a60d31c2`, `xkqzvbt`, `kx0tmr`)? Kits and
 * free-hosting deployments use random labels; people pick words. Cheap features only
 * (no models): digit/letter mixing, consonant runs, vowel share. Bounded to 63 chars.
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

export interface Randomness {
  readonly random: boolean;
  readonly why?: 'digit-mix' | 'consonant-run' | 'no-vowels' | 'hex';
}

/** Longest run of consonant letters. */
function consonantRun(word: string): number {
  let run = 0;
  let best = 0;
  for (const ch of word) {
    if (ch >= 'a' && ch <= 'z' && !VOWELS.has(ch)) {
      run++;
      if (run > best) best = run;
    } else run = 0;
  }
  return best;
}

/** Number of switches between digits and letters (`a1b2` has 3). */
function digitSwitches(word: string): number {
  let n = 0;
  let prev: boolean | undefined;
  for (const ch of word) {
    const d = ch >= '0' && ch <= '9';
    if (prev !== undefined && d !== prev) n++;
    prev = d;
  }
  return n;
}

/**
 * Thresholds measured on data/domains/benign-top100k-2016.txt: each rule alone marks
 * < 1% of popular registrable labels (consonant run ≥ 5 is 0.6%; ≥ 3 digit/letter
 * switches 0.3%), while most webwave.dev / pages.dev deployment labels trip one of them.
 */
export function randomness(word: string): Randomness {
  const w = word.length > 63 ? word.slice(0, 63) : word;
  if (w.length < 6 || !/^[a-z0-9]+$/.test(w)) return { random: false };
  if (w.length >= 8 && /^[0-9a-f]+$/.test(w) && /[0-9]/.test(w) && /[a-f]/.test(w)) return { random: true, why: 'hex' };
  if (digitSwitches(w) >= 3) return { random: true, why: 'digit-mix' };
  if (consonantRun(w) >= 5 && !/(sch|str|chr|ght|tch|ngst|ndl|rtz)/.test(w)) return { random: true, why: 'consonant-run' };
  let vowels = 0;
  for (const ch of w) if (VOWELS.has(ch)) vowels++;
  if (w.length >= 7 && vowels === 0) return { random: true, why: 'no-vowels' };
  return { random: false };
}
