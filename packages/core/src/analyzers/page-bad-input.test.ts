import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzePage, analyzePageEvidence } from '../analyze-page.ts';
import type { PageEvidence } from '../subjects/page-evidence.ts';

const problems = (html: string): string[] => analyzePage(html, 'https://x.example.com/').findings
  .filter((f) => f.rule === 'engine/unsupported-input').map((f) => String(f.message.params?.['problem']));

test('empty and whitespace HTML → unknown, "empty"', () => {
  assert.deepEqual(problems(''), ['empty']);
  assert.deepEqual(problems('   \n '), ['empty']);
  assert.equal(analyzePage('', '').level, 'unknown');
});

test('binary junk → unknown, "binary"', () => {
  let junk = '';
  for (let i = 0; i < 5000; i++) junk += String.fromCharCode((i * 7919) % 256);
  assert.deepEqual(problems(junk), ['binary']);
});

test('non-string input does not throw', () => {
  assert.doesNotThrow(() => analyzePage(undefined as unknown as string, 42 as unknown as string));
  assert.doesNotThrow(() => analyzePageEvidence({} as PageEvidence));
});

test('10 MB page is truncated with a finding, in bounded time', () => {
  const html = '<html><body>' + '<p>Lorem ipsum dolor sit amet, WhatsApp.</p>'.repeat(250_000) + '</body></html>';
  const t = performance.now();
  const found = problems(html);
  assert.ok(found.includes('truncated'));
  assert.ok(performance.now() - t < 5000, 'took too long');
});

test('100k nested tags and 300k stray close tags: no stack overflow, bounded time', () => {
  const html = '<div>'.repeat(100_000) + 'x' + '</span>'.repeat(300_000);
  const t = performance.now();
  const found = problems(html.slice(0, 1_990_000));
  assert.ok(found.includes('too-deep'));
  assert.ok(performance.now() - t < 3000, 'took too long');
});

test('broken HTML still yields fields', () => {
  const v = analyzePage('<html><title>Face<b>book</title><body><form><input type=tel name=phone<p>Введите номер телефона', 'https://x.example.com/');
  assert.equal(v.kind, 'page');
  assert.ok(['unknown', 'suspicious', 'dangerous'].includes(v.level));
});

test('hostile attribute and script sizes are bounded', () => {
  const html = `<div class="${'a '.repeat(500_000)}">x</div><script>${'var _0x1234=1;'.repeat(100_000)}</script>`;
  assert.doesNotThrow(() => analyzePage(html, 'https://x.example.com/'));
});
