import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from './types.ts';
import { buildVerdict, combineScore, levelFor } from './verdict.ts';

const f = (weight: number, extra: Partial<Finding> = {}): Finding => ({
  analyzer: 'x',
  rule: `x/w${weight}`,
  severity: 'medium',
  message: { id: 'finding.x' },
  evidence: [],
  weight,
  ...extra,
});

test('noisy-OR: weak signals add up, one strong signal decides, nothing exceeds 100', () => {
  assert.equal(combineScore([]), 0);
  assert.equal(combineScore([f(20), f(20)]), 36);
  assert.equal(combineScore([f(80)]), 80);
  assert.equal(combineScore([f(100), f(100)]), 100);
  assert.equal(combineScore([f(-5), f(250)]), 100, 'weights are clamped');
});

test('levels: thresholds and the quiet level', () => {
  assert.equal(levelFor(70, 'unknown'), 'dangerous');
  assert.equal(levelFor(35, 'unknown'), 'suspicious');
  assert.equal(levelFor(34, 'unknown'), 'unknown');
  assert.equal(levelFor(0, 'safe'), 'safe');
});

test('the most specific attack among strong findings wins; its advice is included in canonical order', () => {
  const v = buildVerdict({
    kind: 'message',
    quietLevel: 'safe',
    findings: [f(80, { attack: 'brand-impersonation', brand: 'whatsapp' }), f(60, { attack: 'ghostpairing', advice: ['warn-contacts'] })],
  });
  assert.equal(v.level, 'dangerous');
  assert.equal(v.attack, 'ghostpairing');
  assert.equal(v.brand, 'whatsapp');
  assert.ok(v.advice.includes('check-linked-devices'));
  assert.ok(v.advice.indexOf('never-enter-number-or-code') < v.advice.indexOf('report-police'));
  assert.equal(v.findings[0]!.weight, 80, 'findings sorted strongest first');
});

test('a weak attack far below the strongest does not name the verdict', () => {
  const v = buildVerdict({ kind: 'url', quietLevel: 'unknown', findings: [f(90, { attack: 'credential-phishing' }), f(20, { attack: 'ghostpairing' })] });
  assert.equal(v.attack, 'credential-phishing');
});

test('quiet verdicts carry no attack; unknown gets the caution advice; forced safe scores 0', () => {
  const quiet = buildVerdict({ kind: 'url', quietLevel: 'unknown', findings: [f(10, { attack: 'scam' })] });
  assert.equal(quiet.level, 'unknown');
  assert.equal(quiet.attack, undefined);
  assert.deepEqual(quiet.advice, ['unknown-site-caution']);
  const safe = buildVerdict({ kind: 'url', quietLevel: 'unknown', findings: [f(10)], forceLevel: 'safe' });
  assert.equal(safe.level, 'safe');
  assert.equal(safe.score, 0);
});

test('flagged verdicts drop the generic caution, and "official site only" when a specific story is named', () => {
  const v = buildVerdict({
    kind: 'message',
    quietLevel: 'safe',
    findings: [f(90, { attack: 'ghostpairing', advice: ['unknown-site-caution', 'official-domain-only', 'check-linked-devices'] })],
  });
  assert.ok(!v.advice.includes('unknown-site-caution'));
  assert.ok(!v.advice.includes('official-domain-only'));
  const cred = buildVerdict({ kind: 'url', quietLevel: 'unknown', findings: [f(90, { attack: 'credential-phishing' })] });
  assert.ok(cred.advice.includes('official-domain-only'));
});
