import { test } from 'node:test';
import assert from 'node:assert/strict';
import { skeleton, scriptsOf } from './skeleton.ts';

test('skeleton: Cyrillic and Greek lookalikes fold to ASCII', () => {
  assert.equal(skeleton('аррӏе'), skeleton('apple'));
  assert.equal(skeleton('wһatsapp'), 'whatsapp');
  assert.equal(skeleton('καspi'), skeleton('kaspi'));
  assert.equal(skeleton('ｆａｃｅｂｏｏｋ'), 'facebook');
  assert.equal(skeleton('fäcebook'), 'facebook');
});

test('skeleton: digits as letters and multi-letter lookalikes', () => {
  assert.equal(skeleton('faceb00k'), 'facebook');
  assert.equal(skeleton('1nstagram'), skeleton('instagram'));
  assert.equal(skeleton('rnicrosoft'), skeleton('microsoft'));
  assert.equal(skeleton('g4sp@r'), skeleton('gaspar'));
  assert.equal(skeleton('WhatsApp.COM'), 'whatsapp.com');
  assert.notEqual(skeleton('whatsapp'), skeleton('whatsapa'));
});

test('skeleton: bounded and total on hostile input', () => {
  assert.equal(skeleton(''), '');
  assert.equal(skeleton('x'.repeat(100_000)).length, 1024);
  assert.doesNotThrow(() => skeleton('\uD800\u0000\uFFFF'));
  const t = performance.now();
  for (let i = 0; i < 10_000; i++) skeleton('www.whatsapp-verify.top');
  assert.ok(performance.now() - t < 2000);
});

test('scriptsOf: letters only, digits are neutral', () => {
  assert.deepEqual([...scriptsOf('wһatsapp')].sort(), ['cyrillic', 'latin']);
  assert.deepEqual([...scriptsOf('касса')], ['cyrillic']);
  assert.deepEqual([...scriptsOf('123-45')], []);
});
