import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ADVICE_TEXTS } from '../advice/texts.ts';
import { ADVICE_ORDER } from '../verdict.ts';
import { SUPPORTED_UI_LANGS } from '../types.ts';
import { catalogFor, catalogLanguages } from './catalog.ts';
import { renderAdvice, renderMessage, renderVerdict } from './render.ts';
import { analyzeMessage, analyzeUrl } from '../analyze.ts';

test('every UI language has every message id that English has, and no empty text', () => {
  const en = Object.keys(catalogFor('en'));
  assert.ok(en.length > 20);
  for (const lang of SUPPORTED_UI_LANGS) {
    const c = catalogFor(lang);
    const missing = en.filter((k) => !(k in c));
    assert.deepEqual(missing, [], `${lang} lacks ${missing.join(', ')}`);
    for (const [k, v] of Object.entries(c)) assert.ok(v.trim().length > 0, `${lang}:${k} is empty`);
  }
  for (const l of SUPPORTED_UI_LANGS) assert.ok(catalogLanguages().includes(l));
});

test('placeholders agree across languages', () => {
  const en = catalogFor('en');
  const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');
  for (const lang of SUPPORTED_UI_LANGS) {
    const c = catalogFor(lang);
    for (const [k, v] of Object.entries(en)) if (c[k] !== undefined) assert.equal(names(c[k]), names(v), `${lang}:${k}`);
  }
});

test('every advice id is written in every UI language, short enough for a phone', () => {
  for (const lang of SUPPORTED_UI_LANGS) {
    for (const id of ADVICE_ORDER) {
      const a = ADVICE_TEXTS[lang]?.[id];
      assert.ok(a, `${lang} lacks advice ${id}`);
      assert.ok(a.title.length <= 70, `${lang}:${id} title too long`);
      assert.ok(a.steps.length >= 1 && a.steps.length <= 4, `${lang}:${id} steps`);
      for (const s of a.steps) assert.ok(s.length <= 240, `${lang}:${id} step too long: ${s}`);
    }
  }
});

test('WhatsApp UI words are the localised ones', () => {
  assert.match(renderAdvice('check-linked-devices', 'ru').steps.join(' '), /Связанные устройства/);
  assert.match(renderAdvice('check-linked-devices', 'kk').steps.join(' '), /Байланыстырылған құрылғылар/);
  assert.match(renderAdvice('check-linked-devices', 'en').steps.join(' '), /Linked devices/);
});

test('rendering: unknown ids fall back to English, then to the id; params are filled', () => {
  assert.equal(renderMessage({ id: 'no.such.id' }, 'kk'), 'no.such.id');
  assert.equal(renderMessage({ id: 'finding.engine.unsupported-input', params: { problem: 'binary' } }, 'xx'), 'This input could not be fully checked (binary).');
});

test('every finding the engine emits on varied inputs has a text in kk, ru and en', () => {
  const inputs = [
    'Привет, это ты на фото? https://fb-photo-view.top/album',
    'Hi! Would you mind voting for my niece? https://vote-kids.xyz/final',
    'Сізге код жіберілді, оны айтып жіберіңізші',
    'WhatsApp: ваш аккаунт будет заблокирован. Подтвердите номер: https://whatsapp-verify.top/confirm',
    'Mum, this is my new number, send me 50000 tenge to this card urgently',
    '\u0000\u0001binary',
  ];
  const urls = ['https://faceb00k.com/login', 'http://3232235777/', 'javascript:alert(1)', 'https://facebook.com@evil.top/', 'https://bit.ly/abc'];
  const verdicts = [...inputs.map((t) => analyzeMessage(t)), ...urls.map((u) => analyzeUrl(u))];
  for (const v of verdicts) {
    for (const lang of SUPPORTED_UI_LANGS) {
      const r = renderVerdict(v, lang, { maxReasons: 100 });
      for (const reason of r.reasons) assert.doesNotMatch(reason, /^finding\./, `untranslated ${reason} in ${lang}`);
      assert.doesNotMatch(r.headline, /^level\./);
      assert.doesNotMatch(r.summary, /^(attack|level)\./);
    }
  }
});
