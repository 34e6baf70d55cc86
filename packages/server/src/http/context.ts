/** What the routes need, injected by buildApp (ports, never concrete adapters). */
import type {} from '@fastify/cookie';
import type {} from '@fastify/swagger';
import type { Config } from '../config.ts';
import type { Repositories } from '../repos/index.ts';
import type { JobQueue } from '../queue/port.ts';
import type { Metrics } from '../metrics.ts';
import type { Resolver } from '../security/url-guard.ts';
import type { WriteBuffer } from '../write-buffer.ts';
import type { StoredCheck } from '../check-store.ts';

export interface AppContext {
  readonly config: Config;
  readonly repos: Repositories;
  readonly queue: JobQueue;
  readonly metrics: Metrics;
  readonly resolve: Resolver;
  /** Where POST /v1/check stores (group commit); closed with the app. */
  readonly checks: WriteBuffer<StoredCheck>;
}

/** Per-route rate limit config, or nothing when limits are switched off (benchmarks). */
export function rateLimit(perMinute: number): { rateLimit?: { max: number; timeWindow: number } } {
  return perMinute > 0 ? { rateLimit: { max: perMinute, timeWindow: 60_000 } } : {};
}
