/** Deletes what is older than the configured retention; runs on start and then periodically. */
import type { Config } from './config.ts';
import type { Repositories } from './repos/index.ts';
import { nowIso } from './repos/util.ts';

export interface RetentionResult {
  readonly submissions: number;
  readonly reports: number;
  readonly scans: number;
  readonly audit: number;
  readonly jobs: number;
  readonly sessions: number;
}

const DAY = 86_400_000;

export async function enforceRetention(repos: Repositories, config: Config, nowMs: number = Date.now()): Promise<RetentionResult> {
  const before = (days: number) => nowIso(nowMs - days * DAY);
  return {
    submissions: await repos.submissions.deleteOlderThan(before(config.RETENTION_SUBMISSIONS_DAYS)),
    reports: await repos.reports.deleteOlderThan(before(config.RETENTION_REPORTS_DAYS)),
    scans: await repos.scans.deleteOlderThan(before(config.RETENTION_SCANS_DAYS)),
    audit: await repos.audit.deleteOlderThan(before(config.RETENTION_AUDIT_DAYS)),
    // Finished jobs are bookkeeping only: a week is enough to debug a failure.
    jobs: await repos.jobs.deleteFinishedOlderThan(before(7)),
    sessions: await repos.users.deleteExpiredSessions(nowIso(nowMs)),
  };
}

/** Starts the periodic job; returns a stop function. Errors are reported, never thrown. */
export function scheduleRetention(repos: Repositories, config: Config, onResult: (r: RetentionResult | Error) => void): () => void {
  const run = () => enforceRetention(repos, config).then(onResult, (e: unknown) => onResult(e instanceof Error ? e : new Error(String(e))));
  void run();
  const t = setInterval(run, config.RETENTION_INTERVAL_MINUTES * 60_000);
  t.unref();
  return () => clearInterval(t);
}
