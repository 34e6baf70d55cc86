/**
 * Russian and Kazakh typed in Latin letters ("progolosuy za menya", "suretindi taptym",
 * "kod jiberdim") turned back into (folded) Cyrillic, so the ru/kk lure patterns apply.
 * Covers the common informal schemes (sh, ch, zh, kh, ya, yu, j for ж, q for қ, ' for ь);
 * ambiguous letters take the reading that the lure vocabulary needs. Only Latin words change.
 */
import { joinTokens, type FoldToken, type FoldedText } from './fold.ts';

/** Longest first: multi-letter groups win over single letters. */
const GROUPS: readonly (readonly [string, string])[] = [
  ['shch', 'щ'], ['sch', 'щ'], ['zh', 'ж'], ['kh', 'х'], ['ch', 'ч'], ['sh', 'ш'], ['ts', 'ц'], ['gh', 'г'],
  ['ya', 'я'], ['yu', 'ю'], ['ye', 'е'], ['yo', 'е'], ['ja', 'я'], ['ju', 'ю'],
];

const SINGLE: Readonly<Record<string, string>> = {
  a: 'а', b: 'б', c: 'с', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'ж', k: 'к', l: 'л', m: 'м',
  n: 'н', o: 'о', p: 'п', q: 'к', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', w: 'в', x: 'х', z: 'з', "'": 'ь',
};

const VOWELS = 'aeiouy';

/** GROUPS by first letter, in GROUPS order: only letters that start a group try any (most do not). */
const GROUPS_BY_FIRST: ReadonlyMap<string, readonly (readonly [string, string])[]> = (() => {
  const m = new Map<string, (readonly [string, string])[]>();
  for (const g of GROUPS) {
    const first = g[0][0] ?? '';
    const list = m.get(first) ?? [];
    list.push(g);
    m.set(first, list);
  }
  return m;
})();

/** Chat repeats words: transliterations by word (bounded, pure function). */
const wordCache = new Map<string, string>();
const WORD_CACHE_MAX = 8192;

function yLetter(word: string, i: number): string {
  const prev = word[i - 1];
  // After a vowel "y" is й ("moy", "pozhaluysta", "progolosuy"); elsewhere ы ("ty", "taptym").
  return prev !== undefined && VOWELS.includes(prev) ? 'й' : 'ы';
}

export function latinWordToCyrillic(word: string): string {
  let text = wordCache.get(word);
  if (text === undefined) {
    text = convert(word);
    if (wordCache.size >= WORD_CACHE_MAX) wordCache.clear();
    wordCache.set(word, text);
  }
  return text;
}

function convert(word: string): string {
  let text = '';
  let i = 0;
  outer: while (i < word.length) {
    for (const [lat, cyr] of GROUPS_BY_FIRST.get(word[i] ?? '') ?? []) {
      if (word.startsWith(lat, i)) {
        text += cyr;
        i += lat.length;
        continue outer;
      }
    }
    const c = word[i] ?? '';
    text += c === 'y' ? yLetter(word, i) : (SINGLE[c] ?? c);
    i++;
  }
  return text;
}

/** The folded text with every Latin word transliterated; other tokens unchanged. */
export function transliterate(f: FoldedText): FoldedText {
  let changed = false;
  const tokens: FoldToken[] = f.tokens.map((t) => {
    if (t.script !== 'latin') return t;
    changed = true;
    return { text: latinWordToCyrillic(t.text), script: 'cyrillic', start: t.start, end: t.end };
  });
  return changed ? joinTokens(tokens) : f;
}
