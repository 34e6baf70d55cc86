import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMessageSubject } from './message-subject.ts';
import { analyzeMessage } from '../analyze.ts';

test('subject: text, folded, language, links, phones, codes', () => {
  const s = createMessageSubject('Привет, это ты на фото? http://fb-photo.top/view +7 701 123 45 67 код 123-456', { senderKnown: true });
  assert.equal(s.type, 'message');
  assert.equal(s.language, 'ru');
  assert.ok(s.folded.startsWith('привет это ты на фото .'), s.folded);
  assert.ok(!s.folded.includes('fb')); // links are masked out of the words
  assert.deepEqual(s.urls.map((u) => u.url), ['http://fb-photo.top/view']);
  assert.deepEqual(s.phones.map((p) => p.redacted), ['+7 7** *** ** 67']);
  assert.deepEqual(s.codes.map((c) => c.redacted), ['###-###']);
  assert.equal(s.senderKnown, true);
  const all = s.redactedSlice(0, s.text.length);
  assert.ok(!all.includes('123 45 67') && !all.includes('123-456'), all);
});

test('subject: bad input never throws', () => {
  assert.equal(createMessageSubject('').problem, 'empty');
  assert.equal(createMessageSubject('\u0000\u0001\u0002\u0003\u0004junk').problem, 'binary');
  assert.equal(createMessageSubject('\u0000\u0001\u0002\u0003\u0004junk').folded, '');
  const lone = createMessageSubject('\uDC00\uD800 это фото моё \uD83D');
  assert.ok(lone.folded.includes('фото'));
  const huge = createMessageSubject('это ты на фото? '.repeat(100_000));
  assert.equal(huge.truncated, true);
  assert.ok(huge.text.length <= 65_536);
  assert.equal(createMessageSubject(42 as unknown as string).text, '42');
});

/** Deterministic PRNG (mulberry32) so a failure is reproducible from the seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['фото', 'код', 'code', ' ', '.', '[.]', 'hxxp://', 'http://a.top/', '+7 701', '123-456', 'ABCD-2345', 'ә', 'WhatsАpp', '@', '0', '\u200b', '😱', '\n', 'ё', "'", '(', ')', 'по ошибке', 'vote for my', '-', '१'];

test('fuzz: random bytes, unicode and pieces never throw and stay fast (seeded)', () => {
  const next = rng(20260108);
  const started = Date.now();
  for (let n = 0; n < 400; n++) {
    let s = '';
    const len = Math.floor(next() * 300);
    for (let i = 0; i < len; i++) {
      const r = next();
      if (r < 0.4) s += String.fromCharCode(Math.floor(next() * 0x10000));
      else if (r < 0.5) s += String.fromCharCode(Math.floor(next() * 0x80));
      else s += PIECES[Math.floor(next() * PIECES.length)] ?? '';
    }
    const v = analyzeMessage(s);
    assert.ok(['safe', 'unknown', 'suspicious', 'dangerous'].includes(v.level));
    assert.ok(!v.findings.some((f) => f.rule === 'engine/analyzer-failed'), JSON.stringify(v.findings));
  }
  assert.ok(Date.now() - started < 20_000, 'fuzz took too long');
});

test('hostile long inputs finish in bounded time', () => {
  const cases = ['a '.repeat(40_000), 'код '.repeat(20_000), 'vote '.repeat(20_000) + 'for', '1-'.repeat(40_000), 'hxxp://a[.]'.repeat(6000), 'x.'.repeat(40_000)];
  for (const c of cases) {
    const t = Date.now();
    analyzeMessage(c);
    assert.ok(Date.now() - t < 3000, `slow on ${c.slice(0, 12)}: ${Date.now() - t} ms`);
  }
});
