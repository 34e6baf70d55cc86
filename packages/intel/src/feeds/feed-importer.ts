/**
 * Scheduled feed imports. Each source has its own interval; a tick imports the sources that are
 * due. Fetches are conditional (ETag / Last-Modified → 304 costs nothing), MISP feeds only fetch
 * events newer than the last import. Per-source statistics and reputation go through a port.
 *
 * Reputation is the Beta-posterior mean of "an indicator from this source was confirmed" with a
 * prior of strength 10 around the configured prior: (confirmed + 10·prior) / (confirmed + fp + 10).
 * A new source sits at its prior; 30 false positives against 0 confirmations move a 0.7 prior to
 * 0.18. Consumers use it to rank, not to delete.
 */
import { getBytes, DEFAULT_RETRY, type FetchLike, type RetryPolicy } from '../ct/http.ts';
import { parseFeedText, type FeedFormat } from './parsers.ts';
import { parseMispEvent, parseMispManifest } from './misp-feed.ts';
import type { FeedIndicator } from './normalise.ts';

export interface FeedSource {
  readonly id: string;
  readonly url: string;
  readonly format: FeedFormat;
  readonly intervalMs: number;
  /** Prior belief that an indicator of this source is right (0..1), default 0.7. */
  readonly prior?: number;
}

export interface FeedStats {
  readonly sourceId: string;
  /** Of the last successful import. */
  readonly fetched: number;
  readonly new: number;
  readonly duplicates: number;
  readonly malformed: number;
  readonly totalNew: number;
  readonly imports: number;
  readonly failures: number;
  readonly lastAttemptAt?: string;
  readonly lastSuccessAt?: string;
  readonly lastFailureAt?: string;
  readonly lastError?: string;
  readonly etag?: string;
  readonly lastModified?: string;
  /** MISP: newest event timestamp imported. */
  readonly cursor?: number;
  readonly confirmed: number;
  readonly falsePositives: number;
  readonly reputation: number;
}

export interface FeedStatsStore {
  get(sourceId: string): Promise<FeedStats | undefined>;
  put(stats: FeedStats): Promise<void>;
}

export interface FeedSighting extends FeedIndicator {
  readonly source: string;
  readonly reputation: number;
}

/** Port: records a sighting; says whether the indicator was new. */
export interface FeedIndicatorSink {
  sight(s: FeedSighting): Promise<'new' | 'duplicate'>;
}

export interface FeedDeps {
  readonly fetch: FetchLike;
  readonly stats: FeedStatsStore;
  readonly sink: FeedIndicatorSink;
  readonly now?: () => number;
  readonly retry?: RetryPolicy;
  /** Bytes per fetched file; PhishTank's JSON dump is ~60 MB uncompressed. */
  readonly maxBytes?: number;
  /** MISP events per import (the rest come next time). */
  readonly maxMispEvents?: number;
}

export function reputation(prior: number, confirmed: number, falsePositives: number): number {
  const p = Math.min(1, Math.max(0, prior));
  return (confirmed + 10 * p) / (confirmed + falsePositives + 10);
}

export function emptyStats(source: FeedSource): FeedStats {
  const prior = source.prior ?? 0.7;
  return { sourceId: source.id, fetched: 0, new: 0, duplicates: 0, malformed: 0, totalNew: 0, imports: 0, failures: 0, confirmed: 0, falsePositives: 0, reputation: prior };
}

export function memoryFeedStatsStore(): FeedStatsStore & { all(): FeedStats[] } {
  const m = new Map<string, FeedStats>();
  return { get: async (id) => m.get(id), put: async (s) => void m.set(s.sourceId, s), all: () => [...m.values()] };
}

/** Analyst feedback on an indicator that came from `source`. */
export async function recordFeedOutcome(store: FeedStatsStore, source: FeedSource, outcome: 'confirmed' | 'false-positive'): Promise<FeedStats> {
  const s = (await store.get(source.id)) ?? emptyStats(source);
  const confirmed = s.confirmed + (outcome === 'confirmed' ? 1 : 0);
  const falsePositives = s.falsePositives + (outcome === 'false-positive' ? 1 : 0);
  const next = { ...s, confirmed, falsePositives, reputation: reputation(source.prior ?? 0.7, confirmed, falsePositives) };
  await store.put(next);
  return next;
}

interface Parsed {
  indicators: FeedIndicator[];
  records: number;
  malformed: number;
  etag?: string;
  lastModified?: string;
  cursor?: number;
  notModified?: boolean;
}

const decode = (b: Uint8Array) => new TextDecoder().decode(b);

async function fetchText(source: FeedSource, deps: FeedDeps, prev: FeedStats): Promise<Parsed> {
  const headers: Record<string, string> = {};
  if (prev.etag) headers['if-none-match'] = prev.etag;
  if (prev.lastModified) headers['if-modified-since'] = prev.lastModified;
  const r = await getBytes(deps.fetch, source.url, deps.maxBytes ?? 128 * 1024 * 1024, deps.retry ?? DEFAULT_RETRY, headers);
  const meta = { ...(r.headers.get('etag') ? { etag: r.headers.get('etag') ?? '' } : {}), ...(r.headers.get('last-modified') ? { lastModified: r.headers.get('last-modified') ?? '' } : {}) };
  if (r.status === 304) return { indicators: [], records: 0, malformed: 0, notModified: true, ...meta };
  return { ...parseFeedText(source.format as Exclude<FeedFormat, 'misp'>, decode(r.body)), ...meta };
}

async function fetchMisp(source: FeedSource, deps: FeedDeps, prev: FeedStats): Promise<Parsed> {
  const base = source.url.replace(/\/manifest\.json$/, '').replace(/\/+$/, '');
  const retry = deps.retry ?? DEFAULT_RETRY;
  const man = parseMispManifest(decode((await getBytes(deps.fetch, `${base}/manifest.json`, 64 * 1024 * 1024, retry)).body));
  const fresh = man.entries.filter((e) => e.timestamp > (prev.cursor ?? 0)).slice(0, deps.maxMispEvents ?? 200);
  const out: Parsed = { indicators: [], records: 0, malformed: man.malformed, ...(prev.cursor !== undefined ? { cursor: prev.cursor } : {}) };
  for (const e of fresh) {
    const ev = parseMispEvent(decode((await getBytes(deps.fetch, `${base}/${e.uuid}.json`, 32 * 1024 * 1024, retry)).body));
    out.indicators.push(...ev.indicators);
    out.records += ev.records;
    out.malformed += ev.malformed;
    out.cursor = e.timestamp;
  }
  return out;
}

/** Imports one source now; never throws (failures are recorded in its statistics). */
export async function importFeed(source: FeedSource, deps: FeedDeps): Promise<FeedStats> {
  const now = new Date((deps.now ?? Date.now)()).toISOString();
  const prev = (await deps.stats.get(source.id)) ?? emptyStats(source);
  try {
    const p = source.format === 'misp' ? await fetchMisp(source, deps, prev) : await fetchText(source, deps, prev);
    let fresh = 0;
    let dup = 0;
    const seen = new Set<string>();
    for (const ind of p.indicators) {
      const key = `${ind.type}:${ind.value}`;
      if (seen.has(key)) {
        dup++;
        continue;
      }
      seen.add(key);
      if ((await deps.sink.sight({ ...ind, source: source.id, reputation: prev.reputation })) === 'new') fresh++;
      else dup++;
    }
    const next: FeedStats = {
      ...prev,
      ...(p.notModified ? {} : { fetched: p.indicators.length, new: fresh, duplicates: dup, malformed: p.malformed }),
      totalNew: prev.totalNew + fresh,
      imports: prev.imports + 1,
      lastAttemptAt: now,
      lastSuccessAt: now,
      ...(p.etag ? { etag: p.etag } : {}),
      ...(p.lastModified ? { lastModified: p.lastModified } : {}),
      ...(p.cursor !== undefined ? { cursor: p.cursor } : {}),
    };
    await deps.stats.put(next);
    return next;
  } catch (err) {
    const next: FeedStats = { ...prev, failures: prev.failures + 1, lastAttemptAt: now, lastFailureAt: now, lastError: String(err).slice(0, 300) };
    await deps.stats.put(next);
    return next;
  }
}

/** Imports every source whose interval has passed since its last attempt. */
export async function importDueFeeds(sources: readonly FeedSource[], deps: FeedDeps): Promise<FeedStats[]> {
  const now = (deps.now ?? Date.now)();
  const out: FeedStats[] = [];
  for (const s of sources) {
    const st = await deps.stats.get(s.id);
    const last = st?.lastAttemptAt ? Date.parse(st.lastAttemptAt) : -Infinity;
    if (now - last >= s.intervalMs) out.push(await importFeed(s, deps));
  }
  return out;
}

/** Runs importDueFeeds every `tickMs` until stopped; ticks never overlap. */
export function startFeedScheduler(sources: readonly FeedSource[], deps: FeedDeps, tickMs = 60_000, onError?: (e: unknown) => void): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    running = importDueFeeds(sources, deps).catch((e: unknown) => onError?.(e)).finally(() => (busy = false));
  }, tickMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
