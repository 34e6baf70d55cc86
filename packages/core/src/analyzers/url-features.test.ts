import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createUrlSubject } from '../subjects/url-subject.ts';
import { urlFeatures } from './url-features.ts';

test('urlFeatures: zones of a hostname', () => {
  const f = urlFeatures(createUrlSubject('login.whatsapp-verify.top', { domainOnly: true }));
  assert.equal(f.regIndex, 1);
  assert.deepEqual([...new Set(f.tokens.map((t) => t.zone))].sort(), ['reg', 'sub']);
  assert.equal(f.hits[0]?.k.brand.id, 'whatsapp');
  assert.equal(f.hits[0]?.separate, true);
  const hosted = urlFeatures(createUrlSubject('kaspi-bonus.netlify.app', { domainOnly: true }));
  assert.ok(hosted.tokens.every((t) => t.zone === 'account'));
  assert.equal(hosted.hosting?.suffix, 'netlify.app');
});

test('urlFeatures: the memo answers for the right subject when subjects interleave', () => {
  const a = createUrlSubject('facebook-photo.top', { domainOnly: true });
  const b = createUrlSubject('example.com', { domainOnly: true });
  const fa = urlFeatures(a);
  const fb = urlFeatures(b);
  assert.notEqual(fa, fb);
  assert.equal(urlFeatures(a), fa);
  assert.equal(urlFeatures(b).hits.length, 0);
  assert.equal(urlFeatures(a).hits[0]?.k.brand.id, 'facebook');
});

test('urlFeatures: bad input gives empty features', () => {
  for (const x of ['', '\u0000\u0001', 'http://1.2.3.4/', 'javascript:alert(1)', `${'a'.repeat(70)}.com`]) {
    const f = urlFeatures(createUrlSubject(x));
    assert.equal(f.tokens.length, 0, x.slice(0, 20));
    assert.equal(f.hits.length, 0);
  }
});
