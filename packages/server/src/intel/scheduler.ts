/**
 * The worker role's intel jobs: CT polling (RFC 6962 and static logs every CT_POLL_SECONDS,
 * certstream pushed), feed imports (each source on its own interval), and campaign clustering +
 * indicator expiry every CAMPAIGN_CLUSTER_SECONDS. CT polling, feeds and clustering each run
 * under a lease, so several worker processes against one PostgreSQL do the work once; the
 * certstream socket runs in every worker (its duplicates die in the scan reuse window).
 */
import {
  NameIntake, createRfc6962Log, createStaticCtLog, importDueFeeds, pollLogs, startCertstream,
  type CertstreamHandle, type FeedSource, type FetchLike, type LogPollResult, type PollableLog, type RetryPolicy,
} from '@ghostguard/intel';
import type { Config } from '../config.ts';
import type { Repositories } from '../repos/index.ts';
import type { JobQueue } from '../queue/port.ts';
import type { Resolver } from '../security/url-guard.ts';
import { createScanSink } from './scan-sink.ts';
import { clusterNewMembers, type ClusterResult } from './cluster-job.ts';
import { createFeedSink } from './feed-sink.ts';
import { ctLogId, feedId } from './config.ts';

export interface IntelLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface IntelWorkerDeps {
  readonly config: Config;
  readonly repos: Repositories;
  readonly queue: JobQueue;
  readonly resolve: Resolver;
  readonly log: IntelLog;
  /** Lease holder name (host:pid). */
  readonly holder: string;
  readonly fetch?: FetchLike;
  readonly retry?: RetryPolicy;
  /** Tests only: the page visited for a CT name (default https://<name>/). */
  readonly scanUrlFor?: (name: string) => string;
  /** false: no timers or sockets; the caller drives the *Once methods (tests). Default true. */
  readonly autoStart?: boolean;
}

export interface IntelWorker {
  /** What runs, for the start-up log and /metrics. */
  readonly summary: { ct: string[]; certstream: string[]; feeds: string[] };
  pollCtOnce(): Promise<LogPollResult[]>;
  importFeedsOnce(): Promise<number>;
  clusterOnce(): Promise<ClusterResult | undefined>;
  stop(): Promise<void>;
}

/** Runs `fn` every `ms` (first run after `firstMs`); runs never overlap; errors are logged, never thrown. */
function every(ms: number, firstMs: number, fn: () => Promise<unknown>, onError: (e: unknown) => void): { stop(): Promise<void> } {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const run = () => {
    running = fn().catch(onError).finally(() => {
      if (!stopped) timer = setTimeout(run, ms);
    });
  };
  timer = setTimeout(run, firstMs);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/** The RFC 6962 and static-ct-api logs of CT_LOGS (certstream entries are sockets, started apart). */
function pollableLogs(config: Config, fetchFn: FetchLike, log: IntelLog, retryPolicy: RetryPolicy | undefined): PollableLog[] {
  const retry = retryPolicy ? { retry: retryPolicy } : {};
  return config.CT_LOGS.flatMap((l) => {
    const id = ctLogId(l);
    const onMalformed = (index: number, error: string) => log.warn({ log: id, index, error }, 'malformed CT entry skipped');
    if (l.type === 'rfc6962') return [createRfc6962Log({ id, url: l.url, fetch: fetchFn, onMalformed, ...retry })];
    if (l.type === 'static') return [createStaticCtLog({ id, url: l.url, fetch: fetchFn, onMalformed, ...retry })];
    return [];
  });
}

/** Says at start-up what runs and what is off (and how to turn it on). */
function announce(summary: IntelWorker['summary'], pollSeconds: number, log: IntelLog): void {
  if (summary.ct.length + summary.certstream.length === 0) log.info({}, 'CT monitoring is off (set CT_LOGS to a JSON list of {url, type: rfc6962|static|certstream})');
  else log.info({ logs: summary.ct, certstream: summary.certstream, pollSeconds }, 'CT monitoring on');
  if (summary.feeds.length === 0) log.info({}, 'phishing feed imports are off (set FEEDS to a JSON list of {url, format, intervalMinutes})');
  else log.info({ feeds: summary.feeds }, 'phishing feed imports on');
}

const defaultFetch: FetchLike = (url, init) => fetch(url, { ...init, redirect: 'follow' });

interface IntelJobs extends Omit<IntelWorker, 'stop'> {
  readonly intake: NameIntake;
  readonly feeds: readonly FeedSource[];
  register(): Promise<void>;
}

/** The jobs, each runnable once (under its lease); timers are startIntelWorker's. */
function createIntelJobs(d: IntelWorkerDeps): IntelJobs {
  const { config, repos, log } = d;
  const fetchFn = d.fetch ?? defaultFetch;
  const sink = createScanSink({
    repos, queue: d.queue, resolve: d.resolve, allowLoopback: config.SANDBOX_ALLOW_LOOPBACK, reuseMinutes: config.SCAN_REUSE_MINUTES,
    ...(d.scanUrlFor ? { scanUrlFor: d.scanUrlFor } : {}),
    onEvent: (event, name, detail) => log.info({ event, name, ...(detail ? { detail: detail.slice(0, 200) } : {}) }, 'ct candidate'),
  });
  const intake = new NameIntake({ sink, scansPerMinute: config.CT_SCANS_PER_MINUTE });
  const retry = d.retry ? { retry: d.retry } : {};
  const logs = pollableLogs(config, fetchFn, log, d.retry);
  const feeds: FeedSource[] = config.FEEDS.map((f) => ({ id: feedId(f), url: f.url, format: f.format, intervalMs: f.intervalMinutes * 60_000, ...(f.prior !== undefined ? { prior: f.prior } : {}) }));
  const feedStats = repos.intel.state.feedStats();
  const feedDeps = { fetch: fetchFn, stats: feedStats, sink: createFeedSink(repos), ...retry };
  const leaseMs = (seconds: number) => Math.max(60_000, seconds * 3000);

  const pollCtOnce = async (): Promise<LogPollResult[]> => {
    if (logs.length === 0 || !(await repos.intel.state.tryLease('ct-poll', d.holder, leaseMs(config.CT_POLL_SECONDS)))) return [];
    const res = await pollLogs({ logs, cursors: repos.intel.state.ctCursors(), intake, onError: (id, err) => log.warn({ log: id, err: String(err).slice(0, 300) }, 'CT poll failed') });
    const read = res.reduce((n, r) => n + r.entries, 0);
    if (read > 0) log.info({ logs: res.map((r) => ({ log: r.logId, from: r.from, to: r.to })), intake: intake.stats, scans: sink.stats }, 'CT poll');
    return res;
  };
  const importFeedsOnce = async (): Promise<number> => {
    if (feeds.length === 0 || !(await repos.intel.state.tryLease('feeds', d.holder, leaseMs(60)))) return 0;
    const done = await importDueFeeds(feeds, feedDeps);
    for (const s of done) log.info({ feed: s.sourceId, new: s.new, duplicates: s.duplicates, malformed: s.malformed, failures: s.failures, ...(s.lastError ? { error: s.lastError } : {}) }, 'feed import');
    return done.length;
  };
  const clusterOnce = async (): Promise<ClusterResult | undefined> => {
    if (!(await repos.intel.state.tryLease('cluster', d.holder, leaseMs(config.CAMPAIGN_CLUSTER_SECONDS)))) return undefined;
    const r = await clusterNewMembers(repos);
    if (r.members > 0) log.info({ ...r }, 'campaign clustering');
    const x = await repos.intel.indicators.sweepExpiry();
    if (x.expired + x.revived > 0) log.info(x, 'indicator expiry');
    return r;
  };

  const summary = {
    ct: logs.map((l) => l.id),
    certstream: config.CT_LOGS.filter((l) => l.type === 'certstream').map((l) => ctLogId(l)),
    feeds: feeds.map((f) => f.id),
  };
  return { summary, pollCtOnce, importFeedsOnce, clusterOnce, intake, feeds, register: async () => void (await Promise.all(feeds.map((f) => feedStats.register(f)))) };
}

export function startIntelWorker(d: IntelWorkerDeps): IntelWorker {
  const { config, log } = d;
  const jobs = createIntelJobs(d);
  const onError = (what: string) => (e: unknown) => log.error({ err: String(e).slice(0, 300) }, `${what} failed`);
  const loops: { stop(): Promise<void> }[] = [];
  const streams: CertstreamHandle[] = [];
  if (d.autoStart !== false) {
    loops.push(every(config.CAMPAIGN_CLUSTER_SECONDS * 1000, 1000, jobs.clusterOnce, onError('clustering')));
    if (jobs.summary.ct.length > 0) loops.push(every(config.CT_POLL_SECONDS * 1000, 0, jobs.pollCtOnce, onError('CT poll')));
    if (jobs.feeds.length > 0) {
      void jobs.register().catch(onError('feed registration'));
      loops.push(every(60_000, 500, jobs.importFeedsOnce, onError('feed import')));
    }
    for (const l of config.CT_LOGS.filter((x) => x.type === 'certstream')) {
      streams.push(startCertstream({ url: l.url, intake: jobs.intake, onError: (e) => log.warn({ certstream: ctLogId(l), err: String(e).slice(0, 300) }, 'certstream error') }));
    }
  }
  announce(jobs.summary, config.CT_POLL_SECONDS, log);
  return {
    summary: jobs.summary,
    pollCtOnce: jobs.pollCtOnce,
    importFeedsOnce: jobs.importFeedsOnce,
    clusterOnce: jobs.clusterOnce,
    async stop() {
      await Promise.all([...loops.map((l) => l.stop()), ...streams.map((s) => s.close())]);
    },
  };
}
