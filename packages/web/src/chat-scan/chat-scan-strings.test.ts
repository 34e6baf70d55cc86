import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CHAT_SCAN_STRINGS, chatScanText } from './chat-scan-strings.ts';

test('chat-scan strings: every key in kk, ru and en, no empty text, placeholders kept', () => {
  const keys = Object.keys(CHAT_SCAN_STRINGS.en).sort();
  for (const lang of ['kk', 'ru'] as const) {
    assert.deepEqual(Object.keys(CHAT_SCAN_STRINGS[lang]).sort(), keys, lang);
    for (const k of keys) {
      const en = CHAT_SCAN_STRINGS.en[k as keyof typeof CHAT_SCAN_STRINGS.en];
      const t = CHAT_SCAN_STRINGS[lang][k as keyof typeof CHAT_SCAN_STRINGS.en];
      assert.ok(t.trim() !== '', `${lang}.${k}`);
      assert.deepEqual([...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort(), [...en.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort(), `${lang}.${k} placeholders`);
    }
  }
  assert.equal(chatScanText('ru', 'scanning', { percent: 40, messages: 1200 }), 'Проверяем… 40% (1200 сообщений)');
  assert.equal(chatScanText('xx', 'cancel'), 'Stop');
});

test('export how-to names the WhatsApp menu path on Android and iPhone in every language', () => {
  for (const lang of ['kk', 'ru', 'en'] as const) {
    assert.match(CHAT_SCAN_STRINGS[lang]['how.android'], /⋮/);
    assert.match(CHAT_SCAN_STRINGS[lang]['how.iphone'], /iPhone/);
  }
});

test('the page has no network code: no fetch, XHR, beacon, WebSocket or form post', () => {
  const src = readFileSync(new URL('./chat-scan-page.tsx', import.meta.url), 'utf8');
  for (const bad of [/\bfetch\s*\(/, /XMLHttpRequest/, /sendBeacon/, /WebSocket/, /<form\b/, /EventSource/]) assert.doesNotMatch(src, bad);
  assert.match(src, /scanChatFile\(file/);
});
