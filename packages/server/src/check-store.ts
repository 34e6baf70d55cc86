/**
 * Where POST /v1/check puts what it stores: a write buffer (group commit) in front of the
 * submissions and indicators repositories. See write-buffer.ts for the guarantees and
 * docs/server.md ("Storing checks") for the trade-off between speed and the crash window.
 */
import type { FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import type { Repositories } from './repos/index.ts';
import type { NewSubmission } from './repos/submissions.ts';
import type { Sighting } from './repos/indicators.ts';
import { WriteBuffer } from './write-buffer.ts';

export interface StoredCheck {
  /** Redacted content and verdict; `createdAt` is the time of the request, not of the write. */
  readonly submission: NewSubmission;
  readonly sightings: readonly Sighting[];
}

export interface CheckStoreEvents {
  /** A flush failed; its checks are kept and retried. */
  onError?(err: unknown, items: number): void;
  /** A check the database refuses on its own (not an outage) was dropped. */
  onDrop?(err: unknown): void;
}

/** In-memory size of a check, roughly: JS strings are UTF-16, 2 bytes a code unit. */
function bytesOf(c: StoredCheck): number {
  const s = c.submission;
  let n = 256 + 2 * (s.content.length + (s.verdictJson?.length ?? 0));
  for (const x of c.sightings) n += 64 + 2 * x.value.length;
  return n;
}

export function createCheckStore(repos: Repositories, config: Config, events: CheckStoreEvents = {}): WriteBuffer<StoredCheck> {
  return new WriteBuffer<StoredCheck>({
    write: (items) =>
      repos.transaction(async (r) => {
        await r.submissions.insertMany(items.map((i) => i.submission));
        const sightings = items.flatMap((i) => i.sightings);
        if (sightings.length > 0) await r.indicators.recordSightings(sightings);
      }),
    flushMs: config.STORAGE_FLUSH_MS,
    maxBatch: config.STORAGE_BATCH_MAX,
    maxPending: Math.max(config.STORAGE_BUFFER_MAX, config.STORAGE_BATCH_MAX),
    maxBytes: config.STORAGE_BUFFER_MAX_MB * 1_048_576,
    bytesOf,
    durable: config.STORAGE_DURABLE_WRITES,
    ...(events.onError ? { onError: events.onError } : {}),
    ...(events.onDrop ? { onDrop: (err: unknown) => events.onDrop?.(err) } : {}),
  });
}

const stores = new WeakMap<FastifyInstance, WriteBuffer<StoredCheck>>();

/** The check store of an app built by buildApp (tests flush it; /metrics reads its size). */
export function checkStoreOf(app: FastifyInstance): WriteBuffer<StoredCheck> | undefined {
  return stores.get(app);
}

export function attachCheckStore(app: FastifyInstance, store: WriteBuffer<StoredCheck>): void {
  stores.set(app, store);
}
