import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cell, query, when } from './analyst-api.ts';

test('query keeps only set params and encodes them', () => {
  assert.equal(query({}), '');
  assert.equal(query({ q: '', level: undefined }), '');
  assert.equal(query({ q: 'a b&c=d', level: 'dangerous' }), '?q=a+b%26c%3Dd&level=dangerous');
});

test('cell reads the first usable key and never throws on odd rows', () => {
  assert.equal(cell({ a: '', b: 'x' }, 'a', 'b'), 'x');
  assert.equal(cell({ n: 0 }, 'n'), '0');
  assert.equal(cell({ h: ['entered-code', 'lost-money'] }, 'h'), 'entered-code, lost-money');
  assert.equal(cell({ o: { nested: true }, e: [] }, 'o', 'e', 'missing'), '—');
});

test('when formats ISO dates and passes other text through', () => {
  assert.notEqual(when('2026-01-08T10:00:00Z'), '2026-01-08T10:00:00Z');
  assert.equal(when('not a date'), 'not a date');
  assert.equal(when('—'), '—');
});
