import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tldSwap } from './tld-swap.ts';
import { run, rulesOf } from './url-test-helpers.ts';

test('tld-swap: the brand name under a foreign TLD', () => {
  for (const h of ['whatsapp.co', 'facebook.top', 'kaspi.ru', 'instagram.com.kz']) assert.deepEqual(rulesOf(tldSwap, h, true), ['tld-swap/brand-label'], h);
  const [f] = run(tldSwap, 'whatsapp.co', true);
  assert.ok((f?.weight ?? 0) >= 70);
  assert.equal(f?.message.params?.['brand'], 'whatsapp');
});

test('tld-swap: official TLDs of the brand are not swaps', () => {
  for (const h of ['google.kz', 'google.com.br', 'apple.com.cn', 'kaspi.kz', 'kaspi.com', 'whatsapp.net']) assert.deepEqual(rulesOf(tldSwap, h, true), [], h);
});

test('tld-swap: ordinary-word names and short names weigh little', () => {
  const [t] = run(tldSwap, 'telegram.com', true);
  assert.ok(t && t.weight < 35);
  const [s] = run(tldSwap, 'olx.top', true);
  assert.equal(s?.rule, 'tld-swap/short-name');
  assert.ok(s && s.weight < 35);
});

test('tld-swap: hostile input', () => {
  assert.deepEqual(rulesOf(tldSwap, ''), []);
  assert.deepEqual(rulesOf(tldSwap, 'whatsapp'), []);
});
