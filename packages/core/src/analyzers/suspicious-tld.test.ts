import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suspiciousTld } from './suspicious-tld.ts';
import { run, rulesOf } from './url-test-helpers.ts';

test('suspicious-tld: cheap, abused TLDs are a weak signal', () => {
  for (const h of ['winnerclose.pro', 'a.top', 'x.xyz', 'y.icu', 'z.tk']) assert.deepEqual(rulesOf(suspiciousTld, h, true), ['suspicious-tld/abused'], h);
  const [f] = run(suspiciousTld, 'winnerclose.pro', true);
  assert.ok(f && f.weight < 35);
  assert.equal(f?.message.params?.['tld'], '.pro');
});

test('suspicious-tld: ordinary TLDs, IPs and bad input', () => {
  for (const h of ['example.com', 'kaspi.kz', 'top.com', '1.2.3.4', '', 'localhost']) assert.deepEqual(rulesOf(suspiciousTld, h, true), [], h);
});
