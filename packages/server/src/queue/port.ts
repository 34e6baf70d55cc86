/** The queue port: the embedded SQL-table queue and pg-boss both implement it. */

export interface ScanJob {
  readonly scanId: string;
}

export interface JobContext {
  /** 1 for the first try. */
  readonly attempt: number;
  /** Aborted when the per-job time limit is reached. */
  readonly signal: AbortSignal;
}

export interface JobHandlers {
  handle(job: ScanJob, ctx: JobContext): Promise<void>;
  /** The job failed and will run again later. */
  onRetry(job: ScanJob, error: string): Promise<void>;
  /** The job failed for the last time (dead-letter state). */
  onDead(job: ScanJob, error: string): Promise<void>;
}

export interface QueueOptions {
  readonly maxAttempts: number;
  readonly retryBaseMs: number;
  readonly jobTimeoutMs: number;
  readonly leaseMs: number;
  readonly pollMs?: number;
}

export interface JobQueue {
  readonly kind: 'embedded' | 'pg-boss';
  /** Idempotent per scan id: enqueueing one scan twice yields one job. */
  enqueueScan(job: ScanJob): Promise<void>;
  startWorkers(handlers: JobHandlers, concurrency: number): Promise<void>;
  depth(): Promise<number>;
  ready(): Promise<boolean>;
  stop(): Promise<void>;
}

export class JobTimeoutError extends Error {
  constructor(ms: number) {
    super(`job exceeded its time limit of ${ms} ms`);
    this.name = 'JobTimeoutError';
  }
}

/** Runs `fn` with an AbortSignal that fires after `ms`; rejects with JobTimeoutError then. */
export async function withTimeLimit<T>(ms: number, fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const ac = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      ac.abort();
      reject(new JobTimeoutError(ms));
    }, ms);
  });
  try {
    return await Promise.race([fn(ac.signal), limit]);
  } finally {
    clearTimeout(timer);
  }
}

/** Exponential backoff with ±20% jitter so that retries of a burst do not arrive together. */
export function backoffMs(baseMs: number, attempt: number): number {
  const exp = baseMs * 2 ** Math.max(0, attempt - 1);
  return Math.round(exp * (0.8 + Math.random() * 0.4));
}

export function errorText(err: unknown): string {
  return (err instanceof Error ? `${err.name}: ${err.message}` : String(err)).slice(0, 500);
}
