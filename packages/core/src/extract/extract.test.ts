import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractLinks } from './urls.ts';
import { extractPhones } from './phones.ts';
import { extractCodes } from './codes.ts';

test('links: plain, bare domains, trailing punctuation, defanged', () => {
  const t = 'see fb-photo.top/view, or (https://x.com/a?b=1). And hxxps://evil[.]top/p and kaspi.kz!';
  const urls = extractLinks(t).urls;
  assert.deepEqual(urls.map((u) => u.url), ['http://fb-photo.top/view', 'https://x.com/a?b=1', 'https://evil.top/p', 'http://kaspi.kz']);
  for (const u of urls) assert.equal(t.slice(u.start, u.end), u.raw);
  assert.equal(urls[2]?.defanged, true);
  assert.deepEqual(extractLinks('no links here. Really.').urls, []);
  assert.equal(extractLinks('mail me: a@b.kz').urls.length, 0);
  assert.equal(extractLinks('mail me: a@b.kz').masks.length, 1);
});

test('phones: KZ/RU forms and international, always redacted', () => {
  const t = 'Call +7 701 123 45 67 or 8 (777) 123-45-89, 87011234512, +44 20 7946 0958';
  const p = extractPhones(t);
  assert.deepEqual(p.map((x) => x.redacted), ['+7 7** *** ** 67', '+7 7** *** ** 89', '+7 7** *** ** 12', '+44 2** *** ** 58']);
  for (const x of p) assert.ok(!x.redacted.includes('123'));
  assert.deepEqual(extractPhones('in 2024-2025 we paid 150000'), []);
});

test('codes: pairing and 6-digit shapes, no ordinary words or amounts', () => {
  const c = extractCodes('Code: K7PQ-2M9X, SMS code 123-456, and 654321', []);
  assert.deepEqual(c.map((x) => [x.kind, x.redacted]), [['pairing', 'XXXX-XXXX'], ['numeric', '###-###'], ['numeric', '######']]);
  assert.deepEqual(extractCodes('WHATEVER HAPPENS, BIRTHDAY PARTY at 19:00', []), []);
  assert.deepEqual(extractCodes('price 150 000 тг or 250000 тг', []), []);
  assert.equal(extractCodes('код 123 456', [])[0]?.redacted, '### ###');
  assert.equal(extractCodes('ABCD2345', [])[0]?.kind, 'pairing'); // letters and digits
});
