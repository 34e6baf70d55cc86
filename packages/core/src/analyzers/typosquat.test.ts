import { test } from 'node:test';
import assert from 'node:assert/strict';
import { typosquat } from './typosquat.ts';
import { run, rulesOf } from './url-test-helpers.ts';

test('typosquat: classic typos of long brand names', () => {
  assert.deepEqual(rulesOf(typosquat, 'whatsap.com'), ['typosquat/omission']);
  assert.deepEqual(rulesOf(typosquat, 'whatsaap.com'), ['typosquat/repetition']);
  assert.deepEqual(rulesOf(typosquat, 'whatdapp.com'), ['typosquat/keyboard']);
  assert.deepEqual(rulesOf(typosquat, 'instagarm.com'), ['typosquat/edit-distance']);
  assert.deepEqual(rulesOf(typosquat, 'faceb00k.com'), ['typosquat/lookalike-letters']);
  assert.deepEqual(rulesOf(typosquat, 'rnicrosoft-login.com'), ['typosquat/lookalike-letters']);
  // 'c' (0x63) and 'k' (0x6b) differ by one bit: bit-squatting.
  assert.deepEqual(rulesOf(typosquat, 'fakebook.com'), ['typosquat/bitflip']);
});

test('typosquat: findings name the brand and are strong', () => {
  const [f] = run(typosquat, 'https://whatsaap-verify.com/');
  assert.equal(f?.brand, 'whatsapp');
  assert.ok((f?.weight ?? 0) >= 70);
  assert.equal(f?.message.id, 'finding.typosquat.repetition');
  assert.equal(f?.attack, 'ghostpairing');
});

test('typosquat: short names never get edit distance; official domains never flagged', () => {
  for (const h of ['fv.com', 'wz.me', 'ig.com', 'mera.com', 'olz.kz']) assert.deepEqual(rulesOf(typosquat, h, true), [], h);
  for (const h of ['whatsapp.com', 'facebook.com', 'fbcdn.net', 'kaspi.kz', 'googlevideo.com']) assert.deepEqual(rulesOf(typosquat, h, true), [], h);
});

test('typosquat: real words near short names are not typos (measured on top-100k)', () => {
  for (const h of ['mail.ru', 'tmall.com', 'pcloud.com', 'airtel.in', 'cell.com', 'chargepoint.com', 'email.cz']) {
    assert.deepEqual(rulesOf(typosquat, h, true), [], h);
  }
  // 5-letter names off their home suffix: a typo is noted but weak alone (below suspicious).
  const [f] = run(typosquat, 'kasspi.ru', true);
  assert.ok(f && f.weight < 35);
  // Home-suffix leniency stops where real names begin: a dropped first letter, a changed
  // first/last letter that is no sound-alike (salyk.kz is the tax service), hyphen parts.
  for (const h of ['mail.com', 'salyk.kz', 'ymail.com', 'email.com', 'att-mail.com', 'apple-wd.com', 'ego.ru', 'egv.com']) {
    assert.ok(run(typosquat, h, true).every((x) => x.weight < 35), h);
  }
});

test('typosquat: on the brand’s own suffix a typo copies the whole address (ccTLD context)', () => {
  for (const h of ['kasspi.kz', 'kasp.kz', 'caspi.kz', 'akspi.kz', 'kcll.kz', 'aplpe.com', 'telegrma.org', 'egv.kz', 'ego.kz', 'thresds.net']) {
    const [f] = run(typosquat, h, true);
    assert.ok(f && f.weight >= 35, `${h}: ${f?.weight}`);
  }
  assert.equal(run(typosquat, 'kasspi.kz', true)[0]?.brand, 'kaspi');
  assert.equal(run(typosquat, 'egv.kz', true)[0]?.brand, 'egov');
});

test('typosquat: a typo next to a lure word is strong', () => {
  const [f] = run(typosquat, 'kasspi-bonus.com', true);
  assert.equal(f?.brand, 'kaspi');
  assert.ok((f?.weight ?? 0) >= 60);
  assert.ok((run(typosquat, 'kasspi-shop.ru', true)[0]?.weight ?? 100) < 35);
});

test('typosquat: a brand word that misspells a longer name or doubles a letter', () => {
  assert.deepEqual(rulesOf(typosquat, 'halykbak.kz', true), ['typosquat/omission']);
  assert.equal(run(typosquat, 'halykbakn.kz', true)[0]?.message.params?.['keyword'], 'halykbank');
  assert.deepEqual(rulesOf(typosquat, 'kaspii.kz', true), ['typosquat/repetition']);
  assert.deepEqual(rulesOf(typosquat, 'googlee.com', true), ['typosquat/repetition']);
  // The brand itself, or the brand next to other letters, is not a typo.
  for (const h of ['kaspi.ru', 'apples.com', 'kaspi-red.top', 'halyk-bank.kz', 'telegramm.de']) assert.deepEqual(rulesOf(typosquat, h, true), [], h);
});

test('typosquat: hostile input', () => {
  assert.deepEqual(rulesOf(typosquat, ''), []);
  assert.deepEqual(rulesOf(typosquat, 'x'.repeat(5000) + '.com'), []);
  assert.deepEqual(rulesOf(typosquat, '\u0000\u0001\u0002'), []);
});
