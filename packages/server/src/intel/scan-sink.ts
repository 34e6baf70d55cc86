/**
 * Where CT names that score high go: a scan job through the same path as POST /v1/scans (URL
 * guard, reuse window, queue), so a name announced by three logs is visited once. The CT
 * sighting is recorded as a source of the domain (`ct:<log>`); the indicator itself is born only
 * when the scan flags the page — a name alone never reaches a blocklist.
 */
import type { ScanCandidate, ScanSink } from '@ghostguard/intel';
import type { Repositories } from '../repos/index.ts';
import type { JobQueue } from '../queue/port.ts';
import type { Resolver } from '../security/url-guard.ts';
import { checkScanUrl } from '../security/url-guard.ts';
import { nowIso } from '../repos/util.ts';

export interface ScanSinkDeps {
  readonly repos: Repositories;
  readonly queue: JobQueue;
  readonly resolve: Resolver;
  readonly allowLoopback: boolean;
  readonly reuseMinutes: number;
  /** The page to visit for a name (default `https://<name>/`: the certificate was issued for TLS). */
  readonly scanUrlFor?: (name: string) => string;
  readonly onEvent?: (event: 'queued' | 'reused' | 'refused' | 'failed', name: string, detail?: string) => void;
}

export interface SinkStats {
  queued: number;
  reused: number;
  refused: number;
  failed: number;
}

export function createScanSink(d: ScanSinkDeps): ScanSink & { readonly stats: SinkStats } {
  const stats: SinkStats = { queued: 0, reused: 0, refused: 0, failed: 0 };
  const urlFor = d.scanUrlFor ?? ((name: string) => `https://${name}/`);
  return {
    stats,
    async submit(c: ScanCandidate) {
      let url: string;
      try {
        url = await checkScanUrl(urlFor(c.name), { allowLoopback: d.allowLoopback, resolve: d.resolve });
      } catch (err) {
        // A name that resolves into a private network is someone's internal host, not a kit.
        stats.refused++;
        d.onEvent?.('refused', c.name, (err as Error).message);
        return;
      }
      await d.repos.intel.indicators.noteSources([{ type: 'domain', value: c.name, source: c.source, at: new Date(c.seenAt).toISOString() }]);
      const { scan, reused } = await d.repos.scans.createOrReuse(url, nowIso(Date.now() - d.reuseMinutes * 60_000));
      if (reused) {
        stats.reused++;
        d.onEvent?.('reused', c.name);
        return;
      }
      try {
        await d.queue.enqueueScan({ scanId: scan.id });
        stats.queued++;
        d.onEvent?.('queued', c.name, scan.id);
      } catch (err) {
        stats.failed++;
        await d.repos.scans.fail(scan.id, 'could not be queued').catch(() => undefined);
        d.onEvent?.('failed', c.name, (err as Error).message);
      }
    },
  };
}
