import { test } from 'node:test';
import assert from 'node:assert/strict';
import { combosquat } from './combosquat.ts';
import { run, rulesOf } from './url-test-helpers.ts';

test('combosquat: brand + lure word is strong, Meta + photo/vote/verify is GhostPairing', () => {
  for (const h of ['whatsapp-verify.top', 'fb-photo-view.xyz', 'meta-support-secure.com', 'whatsappverify.com', 'gmailaccountloginnew.com']) {
    const [f] = run(combosquat, h, true);
    assert.equal(f?.rule, 'combosquat/lure-word', h);
    assert.ok((f?.weight ?? 0) >= 70, h);
  }
  assert.equal(run(combosquat, 'whatsapp-verify.top', true)[0]?.attack, 'ghostpairing');
  assert.equal(run(combosquat, 'fb-photo-view.xyz', true)[0]?.brand, 'facebook');
  assert.equal(run(combosquat, 'kaspi-login.com', true)[0]?.attack, 'brand-impersonation');
});

test('combosquat: brand on free hosting, hyphenated names, junk', () => {
  assert.deepEqual(rulesOf(combosquat, 'outlookweb006.weebly.com', true), ['combosquat/hosted-brand']);
  // The bare brand as the account name is the same trick (`kaspi.netlify.app`)...
  for (const h of ['kaspi.netlify.app', 'whatsapp.vercel.app', 'halyk.web.app']) {
    const [f] = run(combosquat, h, true);
    assert.equal(f?.rule, 'combosquat/hosted-brand', h);
    assert.ok((f?.weight ?? 0) >= 35, h);
  }
  // ...but GitHub organisation pages and the brand's own platform are where its teams publish.
  for (const h of ['facebook.github.io', 'googleblog.blogspot.com', 'google-developers.appspot.com']) {
    assert.ok(run(combosquat, h, true).every((f) => f.weight < 20), h);
  }
  assert.deepEqual(rulesOf(combosquat, 'kaspi-bank.kz', true), ['combosquat/hyphenated']);
  assert.deepEqual(rulesOf(combosquat, '29831-icloud.com', true), ['combosquat/brand-junk']);
});

test('combosquat: the real address with its dot hyphenated or dropped', () => {
  for (const h of ['kaspi-kz.com', 'post-kz.top', 'whatsappcom.live', 'tele2-kz.com', 'kasp1-kz.com']) {
    const [f] = run(combosquat, h, true);
    assert.equal(f?.rule, 'combosquat/brand-domain', h);
    assert.ok((f?.weight ?? 0) >= 35, h);
  }
  assert.equal(run(combosquat, 'post-kz.top', true)[0]?.brand, 'kazpost');
  // Domain hacks and plain words are no brand address: telegra.ph, live.com.
  assert.deepEqual(rulesOf(combosquat, 'telegraph.co.uk', true), []);
  assert.deepEqual(rulesOf(combosquat, 'livecom.net', true), []);
});

test('combosquat: a short name glued to sign-in, delivery or payment words', () => {
  for (const h of ['fblogin.com', 'metaverify.net', 'loginfb.com', 'postkzdelivery.com', 'wasecurelogin.com']) {
    const [f] = run(combosquat, h, true);
    assert.equal(f?.rule, 'combosquat/lure-word', h);
    assert.ok((f?.weight ?? 0) >= 35, h);
  }
  // Glued to other words, or to prize and vote words, it is an ordinary name.
  for (const h of ['walottery.com', 'talentinsta.com', 'metacritic.com', 'fbiverify.com', 'waterlogin.com']) {
    assert.ok(run(combosquat, h, true).every((f) => f.weight < 35), h);
  }
});

test('combosquat: an ordinary-word brand is strong on its own suffix only', () => {
  assert.equal(run(combosquat, 'e-gov.kz', true)[0]?.rule, 'combosquat/hyphenated');
  assert.ok((run(combosquat, 'e-gov.kz', true)[0]?.weight ?? 0) >= 35);
  assert.ok(run(combosquat, 'e-gov.in', true).every((f) => f.weight < 35));
});

test('combosquat: fan and news sites with a brand word stay weak', () => {
  for (const h of ['appleinsider.com', 'online-instagram.com', 'pinkpineapple.co.jp']) {
    assert.ok(run(combosquat, h, true).every((f) => f.weight < 35), h);
  }
  // Short names inside other words are not brands: `wa` in `water`, `fb` in `fbi`.
  assert.deepEqual(rulesOf(combosquat, 'water-login.com', true), []);
  assert.deepEqual(rulesOf(combosquat, 'post-tracker.ru', true), []);
});

test('combosquat: official domains and hostile input', () => {
  assert.deepEqual(rulesOf(combosquat, 'business.facebook.com', true), []);
  assert.deepEqual(rulesOf(combosquat, '', true), []);
  assert.deepEqual(rulesOf(combosquat, '-'.repeat(60) + '.com', true), []);
});
