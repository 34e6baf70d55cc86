import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomness } from './url-randomness.ts';

test('randomness: machine-made labels', () => {
  assert.equal(randomness('a60d31c2').why, 'hex');
  assert.equal(randomness('kx0tmr9z').why, 'digit-mix');
  assert.equal(randomness('xkqzvbtw').why, 'consonant-run');
  assert.equal(randomness('zzzzzzz').random, true);
});

test('randomness: words people pick are not random', () => {
  for (const w of ['facebook', 'strengths', 'schwarz', 'google', 'kaspi', 'abcdef', 'deadbeef', 'fight2win']) {
    assert.equal(randomness(w).random, false, w);
  }
});

test('randomness: bad input', () => {
  for (const w of ['', 'ab', 'a-b-c-d-e', 'ЖЖЖЖЖЖЖЖ', '\u0000'.repeat(10), 'x'.repeat(100_000)]) {
    assert.equal(randomness(w).random, w.startsWith('x'), w.slice(0, 10));
  }
});
