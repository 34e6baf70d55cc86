/**
 * Where CT and certstream names go: normalise (lower case, `*.` stripped), drop names seen in the
 * window, score each new name with the core's domain-only mode, and hand names at or above the
 * threshold to the scan sink, at most one per registrable domain per window and under a rate
 * limit (a burst of a kit operator's 500 certificates must not become 500 browser visits).
 */
import { analyzeUrl, DANGEROUS_AT, type Level } from '@ghostguard/core';
import { getDomain } from 'tldts';
import { LruWindow, TokenBucket } from './lru-window.ts';
import { normaliseDnsName } from './cert-names.ts';

export interface NameScore {
  readonly score: number;
  readonly level: Level;
  readonly brand?: string;
  readonly attack?: string;
}

export interface ScanCandidate extends NameScore {
  readonly name: string;
  readonly registrableDomain: string;
  /** `ct:<log id>` or `certstream:<url>`. */
  readonly source: string;
  readonly seenAt: number;
}

/** Port: the server enqueues a scan job for `https://<name>/`. */
export interface ScanSink {
  submit(candidate: ScanCandidate): Promise<void> | void;
}

export interface IntakeStats {
  names: number;
  duplicates: number;
  invalid: number;
  scored: number;
  candidates: number;
  rateLimited: number;
  domainRepeats: number;
}

export interface IntakeOptions {
  readonly sink: ScanSink;
  readonly scorer?: (name: string) => NameScore;
  /** Minimum score for a scan (default: the core's "dangerous" threshold, 70). */
  readonly threshold?: number;
  readonly dedupCapacity?: number;
  readonly dedupWindowMs?: number;
  readonly scansPerMinute?: number;
  readonly burst?: number;
  readonly now?: () => number;
}

export function scoreWithCore(name: string): NameScore {
  const v = analyzeUrl(name, { domainOnly: true });
  return { score: v.score, level: v.level, ...(v.brand ? { brand: v.brand } : {}), ...(v.attack ? { attack: v.attack } : {}) };
}

const DAY = 24 * 3600 * 1000;

export class NameIntake {
  readonly stats: IntakeStats = { names: 0, duplicates: 0, invalid: 0, scored: 0, candidates: 0, rateLimited: 0, domainRepeats: 0 };
  private readonly seenNames: LruWindow;
  private readonly seenDomains: LruWindow;
  private readonly bucket: TokenBucket;
  private readonly scorer: (name: string) => NameScore;
  private readonly threshold: number;
  private readonly now: () => number;

  constructor(private readonly o: IntakeOptions) {
    this.now = o.now ?? Date.now;
    this.scorer = o.scorer ?? scoreWithCore;
    this.threshold = o.threshold ?? DANGEROUS_AT;
    const window = o.dedupWindowMs ?? DAY;
    this.seenNames = new LruWindow(o.dedupCapacity ?? 100_000, window);
    this.seenDomains = new LruWindow(Math.ceil((o.dedupCapacity ?? 100_000) / 10), window);
    const perMin = o.scansPerMinute ?? 30;
    this.bucket = new TokenBucket(perMin / 60, o.burst ?? perMin, this.now());
  }

  /** Processes the names of one certificate (or one certstream message). */
  async ingest(rawNames: readonly string[], source: string): Promise<void> {
    for (const raw of rawNames.slice(0, 1000)) {
      this.stats.names++;
      const norm = normaliseDnsName(typeof raw === 'string' ? raw : '');
      const name = norm.startsWith('*.') ? norm.slice(2) : norm;
      if (name === '' || !name.includes('.')) {
        this.stats.invalid++;
        continue;
      }
      const now = this.now();
      if (this.seenNames.checkAndAdd(name, now)) {
        this.stats.duplicates++;
        continue;
      }
      this.stats.scored++;
      const s = this.scorer(name);
      if (s.score < this.threshold) continue;
      const registrableDomain = getDomain(name) ?? name;
      if (this.seenDomains.checkAndAdd(registrableDomain, now)) {
        this.stats.domainRepeats++;
        continue;
      }
      if (!this.bucket.take(now)) {
        this.seenDomains.forget(registrableDomain);
        this.seenNames.forget(name);
        this.stats.rateLimited++;
        continue;
      }
      this.stats.candidates++;
      await this.o.sink.submit({ ...s, name, registrableDomain, source, seenAt: now });
    }
  }
}
