/**
 * @ghostguard/sandbox: captures a URL safely in Debian Chromium and returns PageEvidence for
 * the page analyzers in @ghostguard/core. See pool.ts (lifecycle), capture.ts (one visit),
 * egress-proxy.ts + address-guard.ts (network isolation).
 */
export { createSandboxPool, CHROMIUM_ARGS } from './pool.ts';
export type { CaptureOptions, CaptureResult, SandboxPool, PoolOptions, PoolStats, CaptureLimits } from './types.ts';
export { DEFAULT_LIMITS } from './types.ts';
export { SANDBOX_ERRORS, SandboxError } from './errors.ts';
export type { SandboxErrorCode } from './errors.ts';
export { checkHost, checkUrl, classifyIp, parseIPv4, parseIPv6 } from './address-guard.ts';
export type { BlockReason, GuardOptions, HostCheck, Resolver } from './address-guard.ts';
export { userAgentFor } from './devices.ts';
export type { DeviceName } from './devices.ts';
export { socketIoEvent } from './evidence.ts';
