import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brandSubdomain } from './brand-subdomain.ts';
import { run, rulesOf } from './url-test-helpers.ts';

test('brand-subdomain: official domain spelled in front of a foreign one', () => {
  for (const h of ['facebook.com.photo-view.top', 'www.whatsapp.com-verify.xyz', 'appleid.apple.com.secure-login.services', 'login.microsoftonline.com.evil.com', 'support-appleid-apple.com-info.me']) {
    const [f] = run(brandSubdomain, h, true);
    assert.equal(f?.rule, 'brand-subdomain/official-domain', h);
    assert.ok((f?.weight ?? 0) >= 80, h);
  }
  assert.equal(run(brandSubdomain, 'facebook.com.photo-view.top', true)[0]?.attack, 'ghostpairing');
});

test('brand-subdomain: brand as a whole subdomain label', () => {
  assert.deepEqual(rulesOf(brandSubdomain, 'whatsapp.evil-site.ru', true), ['brand-subdomain/foreign-domain']);
  assert.deepEqual(rulesOf(brandSubdomain, 'account.outlook.options.work', true), ['brand-subdomain/foreign-domain']);
});

test('brand-subdomain: the brand’s own subdomains and platforms are fine', () => {
  for (const h of ['web.whatsapp.com', 'm.facebook.com', 'login.microsoftonline.com', 'mail.google.com', 'www.gov.kz']) {
    assert.deepEqual(rulesOf(brandSubdomain, h, true), [], h);
  }
  assert.deepEqual(rulesOf(brandSubdomain, '', true), []);
  assert.deepEqual(rulesOf(brandSubdomain, 'a.'.repeat(120) + 'com', true), []);
});
