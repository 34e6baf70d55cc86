import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boundedDistance, classifyTypo, isBitflip, areKeyboardNeighbours } from './edit-distance.ts';

test('boundedDistance: OSA distance within the bound, max+1 beyond it', () => {
  assert.equal(boundedDistance('whatsapp', 'whatsapp', 2), 0);
  assert.equal(boundedDistance('whatsap', 'whatsapp', 2), 1);
  assert.equal(boundedDistance('whtasapp', 'whatsapp', 2), 1); // transposition counts once
  assert.equal(boundedDistance('instabam', 'instagram', 2), 2);
  assert.equal(boundedDistance('kitten', 'sitting', 1), 2);
  assert.equal(boundedDistance('abc', 'abcdefgh', 2), 3);
});

test('boundedDistance: bounded work on long or hostile input', () => {
  assert.equal(boundedDistance('a'.repeat(100), 'a'.repeat(100), 2), 3); // over 64 chars: never compared
  assert.equal(boundedDistance('', '', 1), 0);
  assert.equal(boundedDistance('', 'ab', 1), 2);
});

test('classifyTypo: names the kind of single edit', () => {
  assert.equal(classifyTypo('whatsaap', 'whatsapp'), 'repetition');
  assert.equal(classifyTypo('whatssapp', 'whatsapp'), 'repetition');
  assert.equal(classifyTypo('whatsap', 'whatsapp'), 'omission');
  assert.equal(classifyTypo('whatdapp', 'whatsapp'), 'keyboard');
  assert.equal(classifyTypo('fakebook', 'facebook'), 'bitflip');
  assert.equal(classifyTypo('whtasapp', 'whatsapp'), 'transposition');
  assert.equal(classifyTypo('whatpapp', 'whatsapp'), 'edit');
});

test('keyboard and bit-flip helpers', () => {
  assert.ok(areKeyboardNeighbours('s', 'd'));
  assert.ok(!areKeyboardNeighbours('s', 'p'));
  assert.ok(isBitflip('c', 'k'));
  assert.ok(!isBitflip('c', 'c'));
  assert.ok(!isBitflip('a', 'A')); // uppercase is not a hostname character
});
