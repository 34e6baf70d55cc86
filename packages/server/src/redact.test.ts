import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redactDeep, redactText, redactUrl } from './redact.ts';

test('phone numbers keep only the first and last two digits', () => {
  const out = redactText('call me +7 701 234 56 78 or 8(701)2345678 now');
  assert.ok(!out.includes('234 56'), out);
  assert.match(out, /\+7 \*\*\* \*\*\* \*\* 78/);
  assert.ok(!/2345678/.test(out));
});

test('pairing and SMS codes are reduced to their shape', () => {
  assert.equal(redactText('enter code K7PQ-2M9X in WhatsApp'), 'enter code XXXX-XXXX in WhatsApp');
  assert.equal(redactText('code: 7KQ2M9XP'), 'code: XXXXXXXX');
  assert.equal(redactText('your code 123-456'), 'your code ###-###');
  assert.equal(redactText('код 482913'), 'код ######');
});

test('ordinary words in capitals and short numbers survive', () => {
  assert.equal(redactText('REGISTER NOW for 12 people'), 'REGISTER NOW for 12 people');
});

test('urls lose phone numbers but keep short ids and their host', () => {
  assert.equal(redactUrl('http://169.254.169.254/latest/meta-data/'), 'http://169.254.169.254/latest/meta-data/');
  assert.equal(redactUrl('http://[::ffff:127.0.0.1]:8080/x'), 'http://[::ffff:127.0.0.1]:8080/x');
  assert.equal(redactUrl('https://x.pro/v/AB12CD34?p=+77012345678'), 'https://x.pro/v/AB12CD34?p=+7********78');
});

test('bad input: empty, huge, binary, deep objects', () => {
  assert.equal(redactText(''), '');
  const huge = '+77012345678 '.repeat(50_000);
  const t = Date.now();
  assert.ok(!redactText(huge).includes('7012345'));
  assert.ok(Date.now() - t < 3000);
  const bin = String.fromCharCode(...Array.from({ length: 512 }, (_, i) => i % 256));
  assert.equal(typeof redactText(bin), 'string');
  const deep = redactDeep({ a: [{ b: 'code 123456', sha256: '123456' }], n: 5 });
  assert.deepEqual(deep, { a: [{ b: 'code ######', sha256: '123456' }], n: 5 });
});

test('deep redaction keeps URL hosts and ports but removes phone numbers from their paths', () => {
  const out = redactDeep({ finalUrl: 'http://127.0.0.1:41234/album/view?phone=+77011234567', note: 'call +7 701 123 45 67' });
  assert.equal(out.finalUrl.startsWith('http://127.0.0.1:41234/album/view?phone='), true);
  assert.doesNotMatch(out.finalUrl, /77011234567/);
  assert.doesNotMatch(out.note, /123 45/);
});

test('deep redaction is copy-on-write: clean values come back as the same object, the input is never changed', () => {
  const clean = { level: 'dangerous', findings: [{ rule: 'lure/vote', evidence: [{ value: 'проголосуй' }] }], advice: ['warn-contacts'] };
  assert.equal(redactDeep(clean), clean);
  const dirty = { findings: [{ rule: 'x', evidence: [{ value: 'код 482913' }, { value: 'ok' }] }], other: { a: 'b' } };
  const before = JSON.stringify(dirty);
  const out = redactDeep(dirty);
  assert.notEqual(out, dirty);
  assert.equal(out.findings[0]?.evidence[0]?.value, 'код ######');
  assert.equal(out.findings[0]?.evidence[1], dirty.findings[0]?.evidence[1], 'untouched branches are shared');
  assert.equal(out.other, dirty.other);
  assert.equal(JSON.stringify(dirty), before, 'input unchanged');
});

test('digit-free text is returned unchanged without scanning (and text with digits still is scanned)', () => {
  const s = 'ВВЕДИТЕ КОД ИЗ СМС, REGISTER NOW';
  assert.equal(redactText(s), s);
  assert.equal(redactUrl('https://wa-verify.top/confirm?p=abc'), 'https://wa-verify.top/confirm?p=abc');
  // Non-ASCII digits are not what the patterns match, so the fast path changes nothing for them.
  assert.equal(redactText('код ٤٨٢٩١٣'), 'код ٤٨٢٩١٣');
  assert.equal(redactText('x 482913'), 'x ######');
});
