import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STRINGS, UI_LANGS, format, pickLang, plainText, splitUiWords, translate } from './strings.ts';
import { en } from './en.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const uiWordCount = (s: string) => splitUiWords(s).filter((x) => x.ui).length;

test('every UI key exists, non-empty, in kk, ru and en', () => {
  const keys = Object.keys(en);
  assert.ok(keys.length > 150, `only ${keys.length} keys`);
  for (const lang of UI_LANGS) {
    const table = STRINGS[lang] as Record<string, string>;
    assert.deepEqual(Object.keys(table).sort(), [...keys].sort(), `${lang} key set differs from en`);
    for (const k of keys) {
      const v = table[k];
      assert.equal(typeof v, 'string', `${lang}.${k}`);
      assert.ok((v ?? '').trim().length > 0, `${lang}.${k} is empty`);
    }
  }
});

test('placeholders and UI-word markers match across languages', () => {
  for (const [k, v] of Object.entries(en)) {
    for (const lang of ['kk', 'ru'] as const) {
      const other = (STRINGS[lang] as Record<string, string>)[k] ?? '';
      assert.deepEqual(placeholders(other), placeholders(v), `${lang}.${k} placeholders`);
      assert.equal(uiWordCount(other), uiWordCount(v), `${lang}.${k} [[ui words]] count`);
      assert.ok(!/\[\[|\]\]/.test(plainText(other)), `${lang}.${k} has an unbalanced [[ marker`);
    }
  }
});

test('kk and ru are translated, not copied from English', () => {
  let same = 0;
  for (const [k, v] of Object.entries(en)) {
    if (v === (STRINGS.ru as Record<string, string>)[k] && v.length > 12) same++;
    if (v === (STRINGS.kk as Record<string, string>)[k] && v.length > 12) same++;
  }
  assert.ok(same <= 4, `${same} long strings identical to English`);
});

test('recovery guide uses WhatsApp’s own words for Linked devices in each language', () => {
  assert.match(STRINGS.ru['recovery.linked.1'], /\[\[Связанные устройства\]\]/);
  assert.match(STRINGS.kk['recovery.linked.1'], /\[\[Байланыстырылған құрылғылар\]\]/);
  assert.match(STRINGS.en['recovery.linked.1'], /\[\[Linked devices\]\]/);
  for (const lang of UI_LANGS) assert.match(STRINGS[lang]['recovery.sms.4'], /Lost\/Stolen: Please deactivate my account/);
});

test('pickLang: stored choice, then browser languages, then Russian', () => {
  assert.equal(pickLang('en', ['kk-KZ']), 'en');
  assert.equal(pickLang(null, ['de-DE', 'kk-KZ', 'ru']), 'kk');
  assert.equal(pickLang('xx', ['ru_RU']), 'ru');
  assert.equal(pickLang(undefined, ['EN-gb']), 'en');
  assert.equal(pickLang(null, []), 'ru');
  assert.equal(pickLang('<script>', ['', '-', '💥']), 'ru');
});

test('format fills known placeholders and leaves unknown ones visible', () => {
  assert.equal(format('{n} of {max}', { n: 3, max: 10 }), '3 of 10');
  assert.equal(format('{n} of {max}', { n: 3 }), '3 of {max}');
  assert.equal(format('plain'), 'plain');
  assert.equal(translate('en', 'check.counter', { n: 1, max: 2 }), '1 of 2 characters');
});

test('splitUiWords keeps text around markers and tolerates broken markup', () => {
  assert.deepEqual(splitUiWords('Open [[Settings]] → [[Linked devices]].'), [
    { ui: false, text: 'Open ' },
    { ui: true, text: 'Settings' },
    { ui: false, text: ' → ' },
    { ui: true, text: 'Linked devices' },
    { ui: false, text: '.' },
  ]);
  assert.deepEqual(splitUiWords(''), []);
  assert.deepEqual(splitUiWords('a [[b'), [{ ui: false, text: 'a [[b' }]);
  assert.equal(plainText('x'.repeat(100_000) + '[[y]]').length, 100_001);
});
