import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brandInPath } from './brand-in-path.ts';
import { run, rulesOf } from './url-test-helpers.ts';

test('brand-in-path: official domain or brand word in a foreign path', () => {
  assert.deepEqual(rulesOf(brandInPath, 'https://x.weebly.com/www.facebook.com/login'), ['brand-in-path/official-domain']);
  assert.deepEqual(rulesOf(brandInPath, 'https://evil.top/whatsapp/verify'), ['brand-in-path/brand-and-lure']);
  assert.deepEqual(rulesOf(brandInPath, 'https://news.example/tech/whatsapp-update-explained'), ['brand-in-path/brand-and-lure']);
  assert.deepEqual(rulesOf(brandInPath, 'https://news.example/whatsapp'), ['brand-in-path/brand-word']);
  assert.ok(run(brandInPath, 'https://news.example/whatsapp').every((f) => f.weight < 35));
});

test('brand-in-path: skipped in domain-only mode, on official sites and for bad input', () => {
  assert.deepEqual(rulesOf(brandInPath, 'evil.top', true), []);
  assert.deepEqual(rulesOf(brandInPath, 'https://www.facebook.com/whatsapp/verify'), []);
  assert.deepEqual(rulesOf(brandInPath, 'https://x.com/%E0%A4%A'), []);
  assert.deepEqual(rulesOf(brandInPath, 'https://x.com/' + 'whatsapp/'.repeat(2000)).length <= 1, true);
});
