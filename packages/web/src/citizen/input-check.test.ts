import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_INPUT_CHARS, junkRatio, prepareInput } from './input-check.ts';
import { readableReasons, scanCandidate, toneFor } from './tone.ts';

test('empty and whitespace-only input is refused as empty', () => {
  for (const s of ['', '   ', '\n\t\n']) assert.deepEqual(prepareInput(s), { ok: false, problem: 'empty' });
});

test('a 100 KB paste is refused as too long; the limit itself is accepted', () => {
  assert.deepEqual(prepareInput('a '.repeat(50_000)), { ok: false, problem: 'tooLong' });
  assert.equal(prepareInput('я'.repeat(MAX_INPUT_CHARS)).ok, true);
  assert.equal(prepareInput('я'.repeat(MAX_INPUT_CHARS + 1)).ok, false);
});

test('binary-looking text is refused; emoji and mixed scripts are not', () => {
  const bin = Array.from({ length: 400 }, (_, i) => String.fromCharCode(i % 32 === 10 ? 65 : i % 32)).join('') + '\ufffd\ufffd';
  assert.deepEqual(prepareInput(bin), { ok: false, problem: 'binary' });
  assert.deepEqual(prepareInput('PK\u0003\u0004\u0014\u0000\u0008\u0000\u0000\u0000 word'), { ok: false, problem: 'binary' });
  assert.equal(junkRatio('Сәлем! 😀 Vote for Aruzhan 🙏 https://x.top/v'), 0);
  assert.equal(prepareInput('Привет, проголосуй за мою племянницу 🙏 https://vote-kz.top/a').ok, true);
});

test('a single link is checked as a URL, a message with a link as text', () => {
  assert.deepEqual(prepareInput(' https://fb-photo.top/view?id=1 '), { ok: true, body: { url: 'https://fb-photo.top/view?id=1' } });
  assert.deepEqual(prepareInput('wa-verify.live/code'), { ok: true, body: { url: 'wa-verify.live/code' } });
  assert.deepEqual(prepareInput('Look https://x.top/a'), { ok: true, body: { text: 'Look https://x.top/a' } });
  assert.deepEqual(prepareInput('1.5'), { ok: true, body: { text: '1.5' } });
  assert.deepEqual(prepareInput('javascript:alert(1)'), { ok: true, body: { text: 'javascript:alert(1)' } });
});

test('tone: green only for a safe URL or page, never for a safe message or an unknown site', () => {
  assert.equal(toneFor('safe', 'url'), 'official');
  assert.equal(toneFor('safe', 'page'), 'official');
  assert.equal(toneFor('safe', 'message'), 'neutral');
  assert.equal(toneFor('unknown', 'url'), 'neutral');
  assert.equal(toneFor('suspicious', 'message'), 'suspicious');
  assert.equal(toneFor('dangerous', 'url'), 'dangerous');
});

test('scanCandidate prefers the checked URL and adds a scheme to a bare host', () => {
  const none = { indicators: { urls: [], domains: [], phones: [], codes: [] } };
  const one = { indicators: { urls: ['https://a.top/x'], domains: ['a.top'], phones: [], codes: [] } };
  assert.equal(scanCandidate(none, { url: 'a.top/x' }), 'http://a.top/x');
  assert.equal(scanCandidate(none, { url: 'https://a.top/x' }), 'https://a.top/x');
  assert.equal(scanCandidate(one, { text: 'see https://a.top/x' }), 'https://a.top/x');
  assert.equal(scanCandidate(none, { text: 'no link' }), null);
});

test('readableReasons drops untranslated message ids and keeps sentences', () => {
  assert.deepEqual(readableReasons(['finding.combosquat.lure-word', 'A link pretends to be WhatsApp.', ' finding.x ', 'wa.me link.']), ['A link pretends to be WhatsApp.', 'wa.me link.']);
  assert.deepEqual(readableReasons([]), []);
});
