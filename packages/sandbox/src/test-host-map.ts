/**
 * Tests only: `CaptureOptions.testHostMap` lets an end-to-end test give a real-looking kit host
 * name (whatsapp-verify-login.top) to a fixture server on 127.0.0.1, so the page's own URL — which
 * the detectors read — is the lookalike and not "127.0.0.1". Guarded so it can never open a door
 * that `allowLoopback` does not already open: it is refused without `allowLoopback`, and every
 * mapped address must be a loopback literal (127.0.0.0/8, ::1). Other names resolve as usual.
 */
import { lookup } from 'node:dns/promises';
import { classifyIp, type GuardOptions } from './address-guard.ts';
import { SandboxError, SANDBOX_ERRORS } from './errors.ts';
import type { CaptureOptions } from './types.ts';

const MAX_ENTRIES = 100;

export function guardOptionsFor(opts: CaptureOptions): GuardOptions {
  const allowLoopback = opts.allowLoopback === true;
  const entries = Object.entries(opts.testHostMap ?? {});
  if (entries.length === 0) return { allowLoopback };
  if (!allowLoopback) throw new SandboxError(SANDBOX_ERRORS.config, 'testHostMap is for tests and needs allowLoopback');
  if (entries.length > MAX_ENTRIES) throw new SandboxError(SANDBOX_ERRORS.config, `testHostMap: at most ${MAX_ENTRIES} names`);
  const table = new Map<string, string>();
  for (const [name, address] of entries) {
    const ip = typeof address === 'string' ? classifyIp(address) : undefined;
    if (!ip || ip.reason !== 'loopback') throw new SandboxError(SANDBOX_ERRORS.config, `testHostMap: ${String(name).slice(0, 100)} must map to a loopback address`);
    table.set(name.trim().toLowerCase().replace(/\.$/, ''), ip.address);
  }
  return {
    allowLoopback,
    resolve: async (host) => {
      const mapped = table.get(host);
      return mapped ? [mapped] : (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
    },
  };
}
