import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeText, MAX_MESSAGE_CHARS } from './normalize.ts';
import { foldText, sourceSpan } from './fold.ts';
import { transliterate, latinWordToCyrillic } from './translit.ts';
import { guessLanguage } from './language.ts';

const fold = (s: string) => foldText(normalizeText(s).text).folded;
const lang = (s: string) => guessLanguage(s, foldText(s).tokens);

test('normalizeText: NFKC, bounds, empty, binary, lone surrogates', () => {
  assert.equal(normalizeText('ｆｕｌｌ').text, 'full');
  assert.equal(normalizeText('').problem, 'empty');
  assert.equal(normalizeText(' \u200b\n ').problem, 'empty');
  assert.equal(normalizeText('\u0000\u0001binary\u0002\u0003').problem, 'binary');
  assert.equal(normalizeText('ok \uD800 text').text, 'ok \uFFFD text');
  const huge = normalizeText('a'.repeat(MAX_MESSAGE_CHARS * 3));
  assert.equal(huge.truncated, true);
  assert.equal(huge.text.length, MAX_MESSAGE_CHARS);
  assert.equal(normalizeText(undefined as unknown as string).problem, 'empty');
});

test('fold: mixed-script words go to the script of their letters', () => {
  assert.equal(fold('WhatsАpp'), 'whatsapp'); // Cyrillic А in a Latin word
  assert.equal(fold('кoд'), 'код'); // Latin o in a Cyrillic word
  assert.equal(fold('пр0голосуй'), 'проголосуй');
  assert.equal(fold('ph0t0 c0de'), 'photo code');
  assert.equal(fold('Суретіңді ТАПТЫМ'), 'суретинди таптым'); // Kazakh letters folded
  assert.equal(fold('Ещё'), 'еще');
  assert.equal(fold('našel jsem tvoji fotku'), 'nasel jsem tvoji fotku');
});

test('fold: noise collapsed, sentence ends kept, numbers not leeted', () => {
  assert.equal(fold('Hi!!! 😱😱  look\u200b at   this'), 'hi . look at this');
  assert.equal(fold('call 4u at 10'), 'call 4u at 10');
  assert.equal(fold("I've sent it"), "i've sent it");
});

test('sourceSpan maps folded ranges back to whole source words', () => {
  const text = 'Привет, это ты на фото?';
  const f = foldText(text);
  const at = f.folded.indexOf('ты на фото');
  const span = sourceSpan(f, at, at + 'ты на фото'.length);
  assert.equal(text.slice(span.start, span.end), 'ты на фото');
});

test('transliteration of Russian and Kazakh typed in Latin letters', () => {
  assert.equal(latinWordToCyrillic('progolosuy'), 'проголосуй');
  assert.equal(latinWordToCyrillic('pozhaluysta'), 'пожалуйста');
  assert.equal(latinWordToCyrillic('tebya'), 'тебя');
  assert.equal(latinWordToCyrillic('jiberdim'), 'жибердим');
  assert.equal(transliterate(foldText('kod skin mne')).folded, 'код скин мне');
  const cyr = foldText('только кириллица');
  assert.equal(transliterate(cyr), cyr);
});

test('language guess: script, letters, stop words; und when unsure', () => {
  assert.equal(lang('Привет, как дела?'), 'ru');
  assert.equal(lang('Сәлем, қалайсың?'), 'kk');
  assert.equal(lang('Hey, I just found your photo'), 'en');
  assert.equal(lang('progolosuy za menya pozhaluysta'), 'ru');
  assert.equal(lang('क्या यह आपकी फोटो है?'), 'hi');
  assert.equal(lang('Ahoj, našel jsem tvoji fotku'), 'cs');
  assert.equal(lang('12345 !!!'), 'und');
  assert.equal(lang(''), 'und');
});
