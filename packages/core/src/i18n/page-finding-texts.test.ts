import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PAGE_FINDING_TEXTS } from './page-finding-texts.ts';
import { analyzePage } from '../analyze-page.ts';

test('every page finding text exists in kk, ru and en with the same placeholders', () => {
  const en = PAGE_FINDING_TEXTS['en'] ?? {};
  for (const lang of ['kk', 'ru']) {
    const cat = PAGE_FINDING_TEXTS[lang] ?? {};
    assert.deepEqual(Object.keys(cat).sort(), Object.keys(en).sort(), lang);
    for (const [id, t] of Object.entries(en)) {
      const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      assert.deepEqual(ph(cat[id] ?? ''), ph(t), `${lang} ${id}`);
    }
  }
});

test('the findings of a kit page all have a text', () => {
  const html = `<title>WhatsApp</title><h1>WhatsApp</h1><p>Подтвердите аккаунт. Введите номер телефона</p><input type=tel>
    <p>Ваш код <b>4F7K-9QZ2</b>. Введите этот код в WhatsApp</p><script>s.emit('start_number',1);s.on('code',f);io()</script>`;
  const v = analyzePage(html, 'https://wa-check.top/');
  const en = PAGE_FINDING_TEXTS['en'] ?? {};
  for (const f of v.findings) if (f.analyzer.startsWith('page-')) assert.ok(en[f.message.id], f.message.id);
  assert.ok(v.findings.length >= 3);
});
