import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fnv64Hex, pageFingerprints, simhash64 } from './fingerprints.ts';

test('FNV-1a 64 matches the reference vectors', () => {
  // Reference values from the FNV specification test suite (draft-eastlake-fnv).
  assert.equal(fnv64Hex(''), 'cbf29ce484222325');
  assert.equal(fnv64Hex('a'), 'af63dc4c8601ec8c');
  assert.equal(fnv64Hex('foobar'), '85944171f73967e8');
});

const kit = (host: string, words: string) => `<html><head><link rel="icon" href="https://${host}/assets/fav.ico"></head><body>
  <div class="wrap box-12"><h1>${words}</h1><input type="tel"></div><script src="https://${host}/js/app.js?v=3"></script><script>init()</script></body></html>`;

test('the same kit on two domains has the same DOM, script and favicon keys and close simhash', () => {
  const a = pageFingerprints(kit('a.top', 'Verify your account to view the photo now please'), 'https://a.top/');
  const b = pageFingerprints(kit('b.live', 'Verify your account to view the photo now'), 'https://b.live/');
  assert.equal(a.domHash, b.domHash);
  assert.deepEqual(a.scriptHashes, b.scriptHashes);
  assert.equal(a.faviconHash, b.faviconHash);
  const bits = (BigInt(`0x${a.textSimhash}`) ^ BigInt(`0x${b.textSimhash}`)).toString(2).replace(/0/g, '').length;
  assert.ok(bits <= 12, `hamming ${bits}`);
  const other = pageFingerprints('<html><body><table><tr><td>Quarterly report of the steel industry</td></tr></table></body></html>', '');
  assert.notEqual(other.domHash, a.domHash);
});

test('empty input gives empty fingerprints', () => {
  assert.deepEqual(pageFingerprints('', ''), { domHash: '', scriptHashes: [], faviconHash: '', textSimhash: '' });
  assert.equal(simhash64('  '), '');
});
