import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REPORT_CONTACTS, safeHref } from './report-contacts.ts';

test('Kazakhstan comes first with police 102', () => {
  const kz = REPORT_CONTACTS[0];
  assert.equal(kz?.country, 'KZ');
  assert.ok(kz?.channels.some((c) => c.value === '102' && c.href === 'tel:102'));
});

test('every entry has a unique country code, channels and a source', () => {
  const seen = new Set<string>();
  for (const c of REPORT_CONTACTS) {
    assert.match(c.country, /^[A-Z]{2}$/);
    assert.ok(!seen.has(c.country), `duplicate ${c.country}`);
    seen.add(c.country);
    assert.ok(c.channels.length > 0, c.country);
    assert.match(c.source, /https:\/\//, `${c.country} has no source URL`);
    for (const ch of c.channels) assert.equal(safeHref(ch.href), ch.href, `${c.country} ${ch.value} link rejected`);
  }
});

test('safeHref refuses script, data and odd links', () => {
  for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'http://x.com', 'tel:abc', 'https://x.com/"><', ' tel:102']) {
    assert.equal(safeHref(bad), undefined, bad);
  }
  assert.equal(safeHref(undefined), undefined);
  assert.equal(safeHref('tel:102'), 'tel:102');
});
