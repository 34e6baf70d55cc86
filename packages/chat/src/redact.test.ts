import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redactSender, redactText } from './redact.ts';

test('phone numbers keep only the first two and last two digits', () => {
  assert.equal(redactText('звони +7 (701) 234-56-78 или 8 777 123 45 67'), 'звони +7 (7**) ***-**-78 или 8 7** *** ** 67');
  assert.equal(redactSender('+7 701 555 12 34', true), '+7 7** *** ** 34');
  assert.equal(redactSender('Мама', false), 'Мама');
});

test('codes become their shape; amounts, dates and words stay', () => {
  assert.equal(redactText('код 482-913, ещё 551204, и ABCD-EFGH и 7KQ2MZ4P'), 'код ###-###, ещё ######, и XXXX-XXXX и XXXXXXXX');
  assert.equal(redactText('займи 40 000 тенге, 150000 тг, 01.03.2026 в 10:00, WHATSAPP'), 'займи 40 000 тенге, 150000 тг, 01.03.2026 в 10:00, WHATSAPP');
});

test('hostile and huge input does not break it', () => {
  assert.equal(redactText(''), '');
  const big = '1'.repeat(1_000_000);
  assert.equal(redactText(big), big, 'a 1M-digit run is not a phone');
  assert.equal(redactText('\u0000\uFFFD+7 701 234 56 78'), '\u0000\uFFFD+7 7** *** ** 78');
});
