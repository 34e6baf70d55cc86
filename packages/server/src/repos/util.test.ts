import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newTimeOrderedId } from './util.ts';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test('time-ordered ids are RFC 9562 version 7 UUIDs, unique, sorted by their millisecond', () => {
  const ids = Array.from({ length: 10_000 }, (_, i) => newTimeOrderedId(1_700_000_000_000 + Math.floor(i / 10)));
  assert.ok(ids.every((id) => V7.test(id)), ids.find((id) => !V7.test(id)));
  assert.equal(new Set(ids).size, ids.length);
  for (let i = 10; i < ids.length; i += 10) assert.ok((ids[i - 1] ?? '') < (ids[i] ?? ''), `${ids[i - 1]} < ${ids[i]}`);
  assert.equal(newTimeOrderedId(0x0123456789ab).slice(0, 13), '01234567-89ab');
});

test('bad times fall back or clamp instead of throwing', () => {
  for (const ms of [Number.NaN, Infinity, -Infinity]) assert.match(newTimeOrderedId(ms), V7);
  assert.equal(newTimeOrderedId(-5).slice(0, 13), '00000000-0000');
  assert.equal(newTimeOrderedId(2 ** 60).slice(0, 13), 'ffffffff-ffff');
  assert.equal(newTimeOrderedId(Date.parse('not a date')).length, 36);
});
