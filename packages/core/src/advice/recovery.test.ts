import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isHappened, recoveryAdvice } from './recovery.ts';

test('a typed code: log out linked devices first, then re-register, then tell others', () => {
  const a = recoveryAdvice(['entered-code']);
  assert.equal(a[0], 'check-linked-devices');
  assert.ok(a.indexOf('reregister-with-sms') < a.indexOf('warn-contacts'));
  assert.ok(a.includes('report-police'));
});

test('nothing reported means prevention only; money adds the bank', () => {
  assert.deepEqual(recoveryAdvice([]), recoveryAdvice(['none']));
  assert.ok(!recoveryAdvice([]).includes('check-linked-devices'));
  assert.ok(recoveryAdvice(['lost-money']).includes('report-bank'));
});

test('a Telegram lure swaps the WhatsApp steps for ending sessions', () => {
  const a = recoveryAdvice(['entered-code'], 'telegram-session-theft');
  assert.equal(a[0], 'telegram-terminate-sessions');
  assert.ok(!a.includes('check-linked-devices') && !a.includes('reregister-with-sms'));
});

test('isHappened accepts only known answers', () => {
  assert.ok(isHappened('entered-number'));
  for (const x of ['', 'ENTERED-CODE', '__proto__', 'x'.repeat(10_000)]) assert.ok(!isHappened(x));
});
