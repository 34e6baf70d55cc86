import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allowlistMatch, applySighting, confirmIndicator, createAllowlistEntry, createAppeal, expireIfDue, isExportable, LifecycleError, markFalsePositive, resolveAppeal } from './lifecycle.ts';

const D = (d: number, h = 0) => new Date(Date.UTC(2026, 0, d, h)).toISOString();

test('sightings: first/last seen, sources, worst level, expiry resets on re-sighting', () => {
  let r = applySighting(undefined, { type: 'domain', value: 'wa-vote.top', at: D(1), source: 'ct:argon', level: 'suspicious' });
  assert.equal(r.status, 'suspected');
  assert.equal(r.expiresAt, D(8));
  r = applySighting(r, { type: 'domain', value: 'wa-vote.top', at: D(5), source: 'feed:urlhaus', level: 'dangerous', brand: 'whatsapp' });
  r = applySighting(r, { type: 'domain', value: 'wa-vote.top', at: D(3), source: 'ct:argon', level: 'suspicious' });
  assert.deepEqual([r.firstSeen, r.lastSeen, r.sightings, r.sources, r.maxLevel, r.brand, r.expiresAt], [D(1), D(5), 3, ['ct:argon', 'feed:urlhaus'], 'dangerous', 'whatsapp', D(12)]);
  assert.equal(expireIfDue(r, D(11, 23)).status, 'suspected');
  const expired = expireIfDue(r, D(12));
  assert.equal(expired.status, 'expired');
  assert.equal(isExportable(r, D(12)), false);
  const revived = applySighting(expired, { type: 'domain', value: 'wa-vote.top', at: D(20), source: 'report', level: 'dangerous' });
  assert.deepEqual([revived.status, revived.expiresAt], ['suspected', D(27)]);
  const c = confirmIndicator(revived, D(21), 'kit seen');
  assert.deepEqual([c.status, c.expiresAt], ['confirmed', D(51)]);
  assert.equal(applySighting(c, { type: 'domain', value: 'wa-vote.top', at: D(40), source: 'x' }).expiresAt, D(70));
});

test('false positive sticks through re-sightings; sources are bounded', () => {
  let r = applySighting(undefined, { type: 'url', value: 'https://a.example/x', at: D(1), source: 's0' });
  r = markFalsePositive(r, 'legit site of a school contest');
  for (let i = 1; i < 50; i++) r = applySighting(r, { type: 'url', value: 'https://a.example/x', at: D(2), source: `s${i}` });
  assert.equal(r.status, 'false-positive');
  assert.equal(r.sources.length, 20);
  assert.deepEqual([r.sources[0], r.sources[19]], ['s0', 's49']);
  assert.equal(isExportable(r, D(2)), false);
});

test('allowlist entries need a reason and cover subdomains and URLs on them', () => {
  assert.throws(() => createAllowlistEntry('whatsapp.com', '  ', 'ana', D(1)), LifecycleError);
  assert.throws(() => createAllowlistEntry('', 'official', 'ana', D(1)), LifecycleError);
  const e = createAllowlistEntry('WhatsApp.com.', 'official Meta domain', 'ana', D(1));
  assert.equal(allowlistMatch({ type: 'domain', value: 'web.whatsapp.com' }, [e])?.reason, 'official Meta domain');
  assert.equal(allowlistMatch({ type: 'url', value: 'https://faq.whatsapp.com/x' }, [e])?.value, 'whatsapp.com');
  assert.equal(allowlistMatch({ type: 'domain', value: 'whatsapp.com.evil.top' }, [e]), undefined);
  assert.equal(allowlistMatch({ type: 'domain', value: 'notwhatsapp.com' }, [e]), undefined);
  assert.equal(allowlistMatch({ type: 'url', value: 'not a url' }, [e]), undefined);
});

test('appeals: analyst upholds (false positive + allowlisted with reason) or rejects; only once', () => {
  const ind = applySighting(undefined, { type: 'url', value: 'https://school-contest.example/vote', at: D(1), source: 'feed' });
  const a = createAppeal('ap1', 'https://school-contest.example/vote', 'This is our school vote page', D(2));
  const up = resolveAppeal(a, 'upheld', 'ana', 'verified with the school', D(3), ind);
  assert.equal(up.appeal.status, 'upheld');
  assert.equal(up.indicator?.status, 'false-positive');
  assert.deepEqual([up.allowlist?.value, up.allowlist?.reason], ['school-contest.example', 'appeal ap1: verified with the school']);
  assert.throws(() => resolveAppeal(up.appeal, 'rejected', 'ana', 'again', D(4)), /already resolved/);
  const rej = resolveAppeal(a, 'rejected', 'bob', 'kit confirmed by scan', D(3), ind);
  assert.equal(rej.indicator?.status, 'suspected');
  assert.equal(rej.allowlist, undefined);
  assert.throws(() => createAppeal('x', 'v', '', D(1)), /reason/);
  assert.throws(() => resolveAppeal(a, 'upheld', 'ana', '', D(3)), /reason/);
  assert.throws(() => applySighting(undefined, { type: 'domain', value: 'x.example', at: 'yesterday', source: 's' }), /not a time/);
});
