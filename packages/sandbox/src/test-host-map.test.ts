import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guardOptionsFor } from './test-host-map.ts';
import { checkHost } from './address-guard.ts';
import { SandboxError } from './errors.ts';

test('testHostMap: maps names to loopback only, only with allowLoopback; other names resolve as before', async () => {
  assert.deepEqual(guardOptionsFor({}), { allowLoopback: false });
  assert.deepEqual(guardOptionsFor({ allowLoopback: true, testHostMap: {} }), { allowLoopback: true });
  const g = guardOptionsFor({ allowLoopback: true, testHostMap: { 'WhatsApp-Verify-Login.top.': '127.0.0.1', 'kit.example': '::1' } });
  assert.deepEqual(await checkHost('whatsapp-verify-login.top', g), { allowed: true, host: 'whatsapp-verify-login.top', addresses: ['127.0.0.1'] });
  assert.equal((await checkHost('kit.example', g)).allowed, true);
  const refusals: [Record<string, unknown>, RegExp][] = [
    [{ testHostMap: { 'a.top': '127.0.0.1' } }, /needs allowLoopback/],
    [{ allowLoopback: true, testHostMap: { 'a.top': '10.0.0.1' } }, /loopback/],
    [{ allowLoopback: true, testHostMap: { 'a.top': '169.254.169.254' } }, /loopback/],
    [{ allowLoopback: true, testHostMap: { 'a.top': '93.184.216.34' } }, /loopback/],
    [{ allowLoopback: true, testHostMap: { 'a.top': 'localhost' } }, /loopback/],
    [{ allowLoopback: true, testHostMap: { 'a.top': 42 } }, /loopback/],
    [{ allowLoopback: true, testHostMap: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`h${i}.top`, '127.0.0.1'])) }, /at most/],
  ];
  for (const [opts, why] of refusals) assert.throws(() => guardOptionsFor(opts as never), (e: unknown) => e instanceof SandboxError && e.code === 'GG_ERR_SANDBOX_CONFIG' && why.test(e.message));
});
