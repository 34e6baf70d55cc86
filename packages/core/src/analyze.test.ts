import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage, analyzeUrl } from './analyze.ts';
import { isUserContentHost } from './rules/hosting.ts';

test('official domains are safe, but publish-anything hosts on them are not vouched for', () => {
  assert.equal(analyzeUrl('https://www.whatsapp.com/').level, 'safe');
  assert.equal(analyzeUrl('https://faq.whatsapp.com/general/security').level, 'safe');
  for (const u of ['https://sites.google.com/view/whatsapp-verify', 'https://docs.google.com/forms/d/e/x/viewform', 'https://telegra.ph/Premium-gift-11-29', 'https://x-y.sharepoint.com/doc']) {
    assert.notEqual(analyzeUrl(u).level, 'safe', u);
  }
  assert.ok(isUserContentHost('abc.googleusercontent.com'));
  assert.ok(!isUserContentHost('google.com'));
  assert.ok(!isUserContentHost(''));
});

test('the userinfo trick is never safe', () => {
  assert.notEqual(analyzeUrl('https://whatsapp.com@evil.top/').level, 'safe');
});

test('a message with an official link and nothing else is safe; with an unknown link it is unknown', () => {
  assert.equal(analyzeMessage('The new features are here: https://www.whatsapp.com/').level, 'safe');
  assert.equal(analyzeMessage('look at the menu https://example.org/menu').level, 'unknown');
});

test('untrusted input never throws: non-strings, huge, control characters', () => {
  for (const x of [undefined, null, 42, {}, 'x'.repeat(10_000_000), '\u0000\uD800\uDFFF\uFFFF', 'http://[::1', 'https://' + 'a.'.repeat(500) + 'com']) {
    const v = analyzeUrl(x as unknown as string);
    assert.ok(['safe', 'unknown', 'suspicious', 'dangerous'].includes(v.level));
    const m = analyzeMessage(x as unknown as string);
    assert.ok(['safe', 'unknown', 'suspicious', 'dangerous'].includes(m.level));
  }
});
