/**
 * The queue on PostgreSQL: pg-boss 10 (SKIP LOCKED fetches, so many worker processes share
 * the work and each job runs once; expired jobs are retried by its maintenance).
 */
import PgBoss from 'pg-boss';
import { errorText, withTimeLimit, type JobHandlers, type JobQueue, type QueueOptions, type ScanJob } from './port.ts';

const SCAN = 'scan';
const SCAN_DEAD = 'scan-dead';

export async function createPgBossQueue(
  connectionString: string,
  opts: QueueOptions,
  log: (msg: string, extra?: object) => void = () => undefined,
): Promise<JobQueue> {
  const boss = new PgBoss({
    connectionString,
    max: 4,
    // Expired (worker died) jobs are noticed by maintenance: keep the interval short enough.
    maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.round(opts.leaseMs / 2000))),
  });
  boss.on('error', (err: unknown) => log('pg-boss error', { error: errorText(err) }));
  await boss.start();
  const expireInSeconds = Math.max(1, Math.ceil(opts.leaseMs / 1000));
  const retry = { retryLimit: opts.maxAttempts - 1, retryDelay: Math.max(0, Math.round(opts.retryBaseMs / 1000)), retryBackoff: opts.retryBaseMs > 0 };
  await boss.createQueue(SCAN_DEAD, { name: SCAN_DEAD });
  await boss.createQueue(SCAN, { name: SCAN, ...retry, expireInSeconds, deadLetter: SCAN_DEAD });
  let started = false;

  return {
    kind: 'pg-boss',
    async enqueueScan(job: ScanJob) {
      // The scan id is the job id: pg-boss ignores a second insert of one id.
      await boss.send(SCAN, { scanId: job.scanId }, { id: job.scanId, singletonKey: job.scanId });
    },
    async startWorkers(handlers: JobHandlers, concurrency: number) {
      started = true;
      for (let i = 0; i < concurrency; i++) {
        let workerId = '';
        workerId = await boss.work<ScanJob>(SCAN, { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: Math.max(0.5, (opts.pollMs ?? 1000) / 1000) }, async (jobs) => {
          for (const job of jobs) {
            const attempt = job.retryCount + 1;
            try {
              await withTimeLimit(opts.jobTimeoutMs, (signal) => handlers.handle(job.data, { attempt, signal }));
            } catch (err) {
              const msg = errorText(err);
              await (job.retryCount >= job.retryLimit ? handlers.onDead(job.data, msg) : handlers.onRetry(job.data, msg));
              throw err;
            } finally {
              // pg-boss 10 sleeps a full polling interval after every fetch; with one job per
              // fetch that caps a slot at one job per interval. A worker that just finished a job
              // asks for the next one at once instead.
              if (workerId) boss.notifyWorker(workerId);
            }
          }
        });
      }
    },
    // States sort created < retry < active < completed: "before completed" is the backlog.
    depth: async () => (await boss.getQueueSize(SCAN, { before: 'completed' })) ?? 0,
    async ready() {
      try {
        await boss.getQueueSize(SCAN);
        return true;
      } catch {
        return false;
      }
    },
    async stop() {
      await boss.stop({ graceful: started, wait: true, timeout: 5000 });
    },
  };
}
