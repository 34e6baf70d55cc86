import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../analyze.ts';
import { createMessageSubject } from '../subjects/message-subject.ts';
import { linkPreviewMismatch } from './link-preview-mismatch.ts';
import { brandMentionLink } from './brand-mention-link.ts';

test('a Facebook preview on a non-Meta domain is dangerous', () => {
  const v = analyzeMessage('Hey http://fb-photo-view.top/p/123', { preview: { title: 'Facebook', description: 'See photos on Facebook' } });
  assert.equal(v.level, 'dangerous');
  assert.ok(v.findings.some((f) => f.rule === 'link-preview-mismatch/brand' && f.brand === 'facebook'));
});

test('a preview that matches the link’s own brand (or Meta family) is fine', () => {
  const s = createMessageSubject('look https://www.facebook.com/photo/1', { preview: { siteName: 'Facebook' } });
  assert.deepEqual(linkPreviewMismatch.analyze(s, {}), []);
  const wa = createMessageSubject('https://chat.whatsapp.com/AbC', { preview: { title: 'WhatsApp Group Invite', siteName: 'Facebook' } });
  assert.deepEqual(linkPreviewMismatch.analyze(wa, {}), []);
  assert.deepEqual(linkPreviewMismatch.analyze(createMessageSubject('no link', { preview: { title: 'Facebook' } }), {}), []);
  const huge = createMessageSubject('x http://a.top', { preview: { title: 'x'.repeat(1_000_000) } });
  assert.deepEqual(linkPreviewMismatch.analyze(huge, {}), []);
});

test('brand named in text with a foreign link is a weak signal only', () => {
  const s = createMessageSubject('WhatsApp support: http://wa-help.top/x');
  const f = brandMentionLink.analyze(s, {});
  assert.equal(f[0]?.brand, 'whatsapp');
  assert.ok((f[0]?.weight ?? 100) < 35);
  assert.deepEqual(brandMentionLink.analyze(createMessageSubject('скачай ватсап https://www.whatsapp.com/download'), {}), []);
});
