import { test } from 'node:test';
import assert from 'node:assert/strict';
import { homoglyph } from './homoglyph.ts';
import { run, rulesOf } from './url-test-helpers.ts';

test('homoglyph: whole-script Cyrillic lookalike, unicode and punycode forms', () => {
  assert.deepEqual(rulesOf(homoglyph, 'https://аррӏе.com/'), ['homoglyph/lookalike-characters']);
  assert.deepEqual(rulesOf(homoglyph, 'xn--80ak6aa92e.com', true), ['homoglyph/lookalike-characters']);
});

test('homoglyph: one Cyrillic letter in a Latin name is also mixed script', () => {
  const fs = run(homoglyph, 'wһatsapp-login.com');
  assert.deepEqual(fs.map((f) => f.rule), ['homoglyph/lookalike-characters', 'homoglyph/mixed-script']);
  assert.equal(fs[0]?.brand, 'whatsapp');
  assert.ok((fs[0]?.weight ?? 0) >= 80);
});

test('homoglyph: ordinary IDN and ASCII hosts are fine', () => {
  for (const h of ['президент.рф', 'касса.kz', 'münchen.de', 'example.com', 'whatsapp.com']) assert.deepEqual(rulesOf(homoglyph, h, true), [], h);
});

test('homoglyph: hostile input', () => {
  assert.deepEqual(rulesOf(homoglyph, '\uD800'), []);
  assert.deepEqual(rulesOf(homoglyph, 'а'.repeat(300) + '.com'), []);
});
