import { test } from 'node:test';
import assert from 'node:assert/strict';
import { URL_FINDING_TEXTS } from './url-finding-texts.ts';
import { analyzeUrl } from '../analyze.ts';
import { renderVerdict } from './render.ts';

/** Inputs that make every URL analyzer emit each of its rules at least once. */
const SAMPLES = [
  'whatsap.com', 'whatsaap.com', 'whatdapp.com', 'fakebook.com', 'instagarm.com', 'faceb00k.com', 'kasspi.kz',
  'https://аррӏе.com', 'wһatsapp-login.com', 'whatsapp.co', 'olx.top', 'whatsapp-verify.top', 'outlookweb006.weebly.com',
  'kaspi-bank.kz', 'kaspi-kz.com', '29831-icloud.com', 'appleinsider.com', 'facebook.com.photo-view.top', 'whatsapp.evil-site.ru',
  'login.google-mail.example.com', 'https://x.weebly.com/www.facebook.com/login', 'https://evil.example/whatsapp/verify',
  'https://news.example/whatsapp', 'bit.ly/x', 'a.ngrok-free.app', 'x.pages.dev', 'winnerclose.pro/home/final2',
  'javascript:alert(1)', 'data:text/html,x', 'http://1.2.3.4/', 'http://3232235777/', 'https://a@evil.com/',
  'https://example.com:8443/', 'kx0tmr9z.webwave.dev', 'a.b.c.d.example.com', 'https://example.com/' + 'a'.repeat(9000),
];

test('url finding texts: every emitted message id exists in en, ru and kk', () => {
  const ids = new Set<string>();
  for (const u of SAMPLES) for (const f of analyzeUrl(u).findings) if (f.analyzer !== 'engine') ids.add(f.message.id);
  assert.ok(ids.size >= 30, `only ${ids.size} ids exercised`);
  for (const lang of ['en', 'ru', 'kk']) {
    for (const id of ids) assert.ok(URL_FINDING_TEXTS[lang]?.[id], `${lang} lacks ${id}`);
  }
});

test('url finding texts: the three languages have the same ids and no unfilled braces after render', () => {
  const en = Object.keys(URL_FINDING_TEXTS['en'] ?? {}).sort();
  assert.deepEqual(Object.keys(URL_FINDING_TEXTS['ru'] ?? {}).sort(), en);
  assert.deepEqual(Object.keys(URL_FINDING_TEXTS['kk'] ?? {}).sort(), en);
  for (const u of SAMPLES) {
    const v = analyzeUrl(u);
    for (const lang of ['en', 'ru', 'kk']) {
      for (const r of renderVerdict(v, lang, { maxReasons: 20 }).reasons) assert.ok(!/\{\w+\}/.test(r), `${lang}: ${r}`);
    }
  }
  const ru = renderVerdict(analyzeUrl('whatsap.com'), 'ru').reasons[0] ?? '';
  assert.match(ru, /whatsapp\.com/);
});
