/**
 * Latin ↔ Cyrillic lookalikes and leetspeak, for folding a mixed-script word into one script.
 *
 * Lures are typed (or machine-generated) with letters from the other script to dodge filters:
 * "WhatsАpp" (Cyrillic А), "кoд" (Latin o), "ph0t0". We fold per word, towards the script
 * that most of the word's letters are in, so "кoд" becomes Cyrillic "код" and "WhatsАpp"
 * Latin "whatsapp". Hand-written from the Unicode confusables list (UTS #39, confusables.txt)
 * restricted to lower-case letters that look alike in common phone fonts; the `confusables`
 * package folds everything to ASCII, which would destroy Cyrillic words, so it is not used here.
 */

/** Latin (lower case, after lowercasing the word) → Cyrillic lookalike. */
export const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', i: 'і', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у',
  // Digits inside a Cyrillic word are leetspeak for these letters ("пр0голосуй", "к0д").
  '0': 'о', '3': 'з', '4': 'ч', '6': 'б',
};

/** Cyrillic (lower case) → Latin lookalike. */
export const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ј: 'j', ѕ: 's', һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l',
};

/** Digits and symbols used as letters inside Latin words ("c0de", "ph0t0", "v0te"). */
export const LATIN_LEET: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's',
};

/**
 * Letters folded after the script decision, so that informal spellings meet the patterns:
 * ё is written е; Kazakh letters are often typed with their Russian neighbours on phones
 * without a Kazakh layout (ә→а, қ→к, ң→н, і→и ...); Ukrainian and Uzbek Cyrillic likewise.
 */
export const CYRILLIC_FOLD: Readonly<Record<string, string>> = {
  ё: 'е', ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и',
  ї: 'и', є: 'е', ґ: 'г', ў: 'у', ҳ: 'х', ъ: 'ъ',
};

/** Latin letters that do not decompose under NFD but have a plain base letter. */
export const LATIN_FOLD: Readonly<Record<string, string>> = {
  ß: 'ss', ł: 'l', ø: 'o', đ: 'd', ı: 'i', æ: 'ae', œ: 'oe', ħ: 'h', ŧ: 't',
};
