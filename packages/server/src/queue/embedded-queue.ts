/**
 * The default queue: jobs live in the database's `jobs` table (so a restart loses none) and are
 * consumed in this process. Workers poll, and are woken at once by an enqueue in the same process.
 */
import { hostname } from 'node:os';
import type { Repositories } from '../repos/index.ts';
import { backoffMs, errorText, withTimeLimit, type JobHandlers, type JobQueue, type QueueOptions, type ScanJob } from './port.ts';

const SCAN = 'scan';

export function createEmbeddedQueue(repos: Repositories, opts: QueueOptions, log: (msg: string, extra?: object) => void = () => undefined): JobQueue {
  const workerId = `${hostname()}:${process.pid}`;
  const pollMs = opts.pollMs ?? 500;
  let stopped = false;
  const wakers = new Set<() => void>();
  const running = new Set<Promise<void>>();

  const wake = () => {
    for (const w of wakers) w();
  };
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(t);
        wakers.delete(done);
        resolve();
      };
      const t = setTimeout(done, ms);
      wakers.add(done);
    });

  async function runOne(handlers: JobHandlers): Promise<boolean> {
    const job = await repos.jobs.claim(SCAN, workerId, opts.leaseMs);
    if (!job) return false;
    const scanJob: ScanJob = { scanId: String(job.payload['scanId'] ?? '') };
    if (job.attempts > job.maxAttempts) {
      // Its workers kept dying (lease expired each time): stop trying.
      await repos.jobs.retryOrBury(job.id, job.lastError ?? 'worker lost', 0);
      await handlers.onDead(scanJob, job.lastError ?? 'worker lost repeatedly');
      return true;
    }
    try {
      await withTimeLimit(opts.jobTimeoutMs, (signal) => handlers.handle(scanJob, { attempt: job.attempts, signal }));
      await repos.jobs.complete(job.id);
    } catch (err) {
      const msg = errorText(err);
      const outcome = await repos.jobs.retryOrBury(job.id, msg, backoffMs(opts.retryBaseMs, job.attempts));
      log('job failed', { jobId: job.id, attempt: job.attempts, outcome, error: msg });
      await (outcome === 'dead' ? handlers.onDead(scanJob, msg) : handlers.onRetry(scanJob, msg));
    }
    return true;
  }

  async function loop(handlers: JobHandlers): Promise<void> {
    while (!stopped) {
      let worked = false;
      try {
        worked = await runOne(handlers);
      } catch (err) {
        // The database itself failed (locked, full): back off and try again, never crash.
        log('queue poll failed', { error: errorText(err) });
      }
      if (!worked && !stopped) await sleep(pollMs);
    }
  }

  return {
    kind: 'embedded',
    async enqueueScan(job) {
      // The scan id doubles as the job id: a second enqueue of one scan is a no-op.
      await repos.jobs.enqueue(SCAN, { scanId: job.scanId }, { maxAttempts: opts.maxAttempts, id: job.scanId });
      wake();
    },
    async startWorkers(handlers, concurrency) {
      for (let i = 0; i < concurrency; i++) {
        const p = loop(handlers).finally(() => running.delete(p));
        running.add(p);
      }
    },
    depth: () => repos.jobs.depth(),
    async ready() {
      try {
        await repos.jobs.ping();
        return true;
      } catch {
        return false;
      }
    },
    async stop() {
      stopped = true;
      wake();
      // A job still running after the grace period keeps its lease and is taken again later.
      const grace = new Promise<void>((r) => setTimeout(r, 5000).unref());
      await Promise.race([Promise.allSettled([...running]), grace]);
    },
  };
}
