/**
 * Language guess for a short message: script first, then letters only one language uses,
 * then stop words (in folded form: Kazakh letters folded to Russian ones, accents dropped).
 * Russian and Kazakh typed in Latin letters count as ru / kk. 'und' when the evidence is thin.
 */
import type { FoldToken } from './fold.ts';

const STOP_WORDS: Readonly<Record<string, string>> = {
  en: 'the a an and to you i is it in my me for this that of your on have be are just can please hi hey what do will with so was im i\'m i\'ve don\'t at',
  ru: 'и в не на я что это ты мне как за с по а но меня пожалуйста привет да нет он она так вы все если когда уже только или для от до из у же бы тебя мой моя твой твое',
  kk: 'жане бул мен сиз сен ол бир да де ме ма уши ушин емес бар жок кандай кайда рахмет салем калайсын ия гой сизге маган сага осы кодты',
  uk: 'що це як привит будь ласка мене та який яка тебе дуже',
  uz: 'va bu men siz sen uchun bilan emas ham salom iltimos ovoz bering menga sizga',
  de: 'und der die das ich du nicht ist ein eine mit bitte hallo wir sie es zu auf fur mal einmal schnell dein deine',
  es: 'el la de que y en los las un una por para es mi tu hola esta este con no se mira foto',
  pt: 'o a de que e do da em um uma para com nao meu minha voce ola oi no na por',
  it: 'il la di che e un una per non mi ti ciao sono ho questo della con',
  ro: 'si de la ce pe un o este cu nu pentru mea meu te rog salut buna',
  pl: 'i w nie na to jest sie z ze do czy ja ty moja mojego prosze czesc jak co',
  cs: 'a je to se na v ze jsem jsi tvoji tvou ahoj prosim muj moje neni co jak by',
  fr: 'le la les de et un une est je tu pour pas que ta ton mon ma bonjour salut vous',
  'ru-latn': 'privet eto ty ya menya mne na za pozhaluysta pojaluysta pozhalujsta kak chto shto tebya tvoe tvoyo tvoyu nu vot drug prosto ochen seychas srochno dengi',
  'kk-latn': 'salem sizge sen sizdin men kalaysyn qalaisyn rakhmet rahmet jane zhane bul ushin kodty suret suretindi dauys',
};

/** Languages by index: scores live in a small typed array instead of a Map per message. */
const LANGS: readonly string[] = Object.keys(STOP_WORDS);
const LANG_INDEX: ReadonlyMap<string, number> = new Map(LANGS.map((l, i) => [l, i]));

const LEXICON: ReadonlyMap<string, readonly number[]> = (() => {
  const m = new Map<string, number[]>();
  LANGS.forEach((lang, i) => {
    for (const w of (STOP_WORDS[lang] ?? '').split(' ')) m.set(w, [...(m.get(w) ?? []), i]);
  });
  return m;
})();

/** Letters that (among our languages) only one language uses: strong evidence. */
const LETTER_HINTS: readonly (readonly [RegExp, string])[] = [
  [/[әғқңөұүһ]/i, 'kk'],
  [/[їєґ]/i, 'uk'],
  [/[řěůťď]/i, 'cs'],
  [/[ąęłśźż]/i, 'pl'],
  [/[ßäöü]/i, 'de'],
  [/[ñ¿¡]/i, 'es'],
  [/[ãõ]/i, 'pt'],
  [/[șțş]|ă/i, 'ro'],
  [/[èêëœ]/i, 'fr'],
  [/\b[og]['ʻ‘’]/i, 'uz'],
];

/** One test before the ten above: most messages have none of these letters. */
const ANY_HINT = /[әғқңөұүһїєґřěůťďąęłśźżßäöüñ¿¡ãõșțşăèêëœӘҒҚҢӨҰҮҺЇЄҐŘĚŮŤĎĄĘŁŚŹŻÄÖÜÑÃÕȘȚŞĂÈÊËŒ'ʻ‘’]/;
const DEVANAGARI = /[\u0900-\u097f]/;
/** Letters scanned for hints: a prefix is enough to judge a language. */
const HINT_SAMPLE = 2000;

function scriptCounts(tokens: readonly FoldToken[]): { cyr: number; lat: number } {
  let cyr = 0, lat = 0;
  for (const t of tokens) {
    if (t.script === 'cyrillic') cyr += t.text.length;
    else if (t.script === 'latin') lat += t.text.length;
  }
  return { cyr, lat };
}

export function guessLanguage(text: string, tokens: readonly FoldToken[]): string {
  const sample = text.length > HINT_SAMPLE ? text.slice(0, HINT_SAMPLE) : text;
  if (DEVANAGARI.test(sample)) return 'hi';
  const { cyr, lat } = scriptCounts(tokens);
  if (cyr === 0 && lat === 0) return 'und';
  // Scores by language index; `order` keeps first-scored order, which breaks ties (as a Map did).
  const score = new Int32Array(LANGS.length);
  const order: number[] = [];
  const add = (i: number, by: number): void => {
    if (score[i] === 0) order.push(i);
    score[i] = (score[i] ?? 0) + by;
  };
  if (ANY_HINT.test(sample)) {
    for (const [re, lang] of LETTER_HINTS) if (re.test(sample)) add(LANG_INDEX.get(lang) ?? 0, 3);
  }
  const limit = Math.min(tokens.length, 400);
  for (let i = 0; i < limit; i++) {
    const t = tokens[i];
    if (t === undefined || (t.script !== 'latin' && t.script !== 'cyrillic')) continue;
    const langs = LEXICON.get(t.text);
    if (langs !== undefined) for (const l of langs) add(l, 1);
  }
  const cyrillicText = cyr > lat;
  let best = 'und', bestScore = 0, second = 0;
  for (const i of order) {
    const l = LANGS[i] ?? 'und';
    const s = score[i] ?? 0;
    const isCyrLang = l === 'ru' || l === 'kk' || l === 'uk';
    if (isCyrLang !== cyrillicText) continue;
    if (s > bestScore) {
      second = bestScore;
      best = l;
      bestScore = s;
    } else if (s > second) second = s;
  }
  if (best.endsWith('-latn')) best = best.slice(0, 2);
  // Cyrillic with no other evidence is far more often Russian than anything else here.
  if (bestScore === 0) return cyrillicText ? 'ru' : 'und';
  if (bestScore === second && bestScore < 2) return cyrillicText ? 'ru' : 'und';
  return best;
}
