import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BRANDS, brandById, brandDisplayName, brandOfDomain, isOfficialDomain } from './brands.ts';

test('brands: official infrastructure is known', () => {
  for (const d of ['whatsapp.com', 'whatsapp.net', 'wa.me', 'fbcdn.net', 'facebook.net', 'fb.me', 'cdninstagram.com', 'meta.ai',
    'threads.com', 't.me', 'telegra.ph', 'google.kz', 'googlevideo.com', 'gstatic.com', 'office.net', 'live.com',
    'kaspi.kz', 'homebank.kz', 'egov.kz', 'post.kz', 'kcell.kz', 'altel.kz', 'akorda.gov.kz']) {
    assert.ok(isOfficialDomain(d), d);
  }
  assert.equal(brandOfDomain('wa.me')?.id, 'whatsapp');
  assert.equal(brandOfDomain('AKORDA.GOV.KZ')?.id, 'egov');
});

test('brands: lookalikes and user-content platforms are not official', () => {
  for (const d of ['whatsapp.co', 'kaspi.ru', 'blogspot.com', 'googleusercontent.com', 'azurewebsites.net', 'gov.kz.evil.com', '', 'kz']) {
    assert.ok(!isOfficialDomain(d), d);
  }
});

test('brands: table is well formed', () => {
  const ids = new Set<string>();
  for (const b of BRANDS) {
    assert.ok(!ids.has(b.id), `duplicate ${b.id}`);
    ids.add(b.id);
    assert.ok(b.source.startsWith('http'), b.id);
    assert.ok(b.officialDomains.length > 0, b.id);
    for (const d of b.officialDomains) assert.match(d, /^[a-z0-9-]+(\.[a-z0-9-]+)+$/, d);
    for (const k of b.keywords) assert.ok(k.length >= 4 && k === k.toLowerCase(), k);
  }
  assert.equal(brandDisplayName('whatsapp'), 'WhatsApp');
  assert.equal(brandDisplayName('nope'), 'nope');
  assert.equal(brandById('kaspi')?.category, 'bank');
});
