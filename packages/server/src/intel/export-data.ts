/**
 * Indicator exports from the service's store: pages through the indicators repository, applies the
 * intel lifecycle (expiry from last sighting; false positives and allowlisted values never leave),
 * and renders one of the intel formats. The body is deterministic for the same data (generatedAt is
 * the newest sighting, not "now"), so its hash is a stable ETag a resolver can poll cheaply.
 */
import { createHash } from 'node:crypto';
import { DEFAULT_POLICY, EXPORT_CONTENT_TYPES, expireIfDue, renderExport, type ExportFormat, type ExportIndicator, type IndicatorRecord } from '@ghostguard/intel';
import type { Repositories } from '../repos/index.ts';
import type { Config } from '../config.ts';
import type { IndicatorItem } from '../repos/indicators.ts';

export interface ExportFilter {
  /** ISO time: only indicators sighted at or after it. */
  readonly since?: string;
  /** suspected | confirmed (default: both). */
  readonly status?: string;
  readonly producer?: string;
  /** RPZ zone origin. */
  readonly rpzOrigin?: string;
}

export interface RenderedExport {
  readonly body: string;
  readonly contentType: string;
  readonly etag: string;
  readonly count: number;
}

/** Exports stop at this many indicators (a national RPZ of 200k names is ~10 MB). */
const MAX_EXPORT = 200_000;
const EPOCH = '2026-01-01T00:00:00.000Z';

function toRecord(i: IndicatorItem): IndicatorRecord | undefined {
  if (i.status !== 'suspected' && i.status !== 'confirmed') return undefined;
  const ttl = i.status === 'confirmed' ? DEFAULT_POLICY.confirmedTtlMs : DEFAULT_POLICY.suspectedTtlMs;
  return { id: i.id, type: i.type, value: i.value, status: i.status, firstSeen: i.firstSeen, lastSeen: i.lastSeen, sightings: i.sightings, sources: [], expiresAt: new Date(Date.parse(i.lastSeen) + ttl).toISOString(), maxLevel: i.maxLevel };
}

export async function collectExportIndicators(repos: Repositories, f: ExportFilter, now: string): Promise<ExportIndicator[]> {
  const statuses = f.status ? [f.status] : ['confirmed', 'suspected'];
  const out: ExportIndicator[] = [];
  for (const status of statuses) {
    let cursor: string | undefined;
    do {
      const page = await repos.indicators.list({ status, limit: 500, ...(cursor ? { cursor } : {}) });
      let older = false;
      for (const item of page.items) {
        if (f.since && item.lastSeen < f.since) {
          older = true; // pages are ordered by last sighting, newest first
          break;
        }
        const r = toRecord(item);
        if (!r || expireIfDue(r, now).status === 'expired') continue;
        out.push({ id: r.id, type: r.type, value: r.value, status: r.status, firstSeen: r.firstSeen, lastSeen: r.lastSeen, sightings: r.sightings });
      }
      cursor = older || out.length >= MAX_EXPORT ? undefined : page.nextCursor;
    } while (cursor);
  }
  return out.sort((a, b) => (a.type + a.value < b.type + b.value ? -1 : 1)).slice(0, MAX_EXPORT);
}

export async function renderIndicatorExport(repos: Repositories, format: ExportFormat, f: ExportFilter = {}, now = new Date().toISOString()): Promise<RenderedExport> {
  const indicators = await collectExportIndicators(repos, f, now);
  const generatedAt = indicators.reduce((m, i) => (i.lastSeen > m ? i.lastSeen : m), EPOCH);
  const body = renderExport(format, { producer: { name: f.producer ?? 'GhostGuard' }, generatedAt, indicators, campaigns: [], tlp: 'green' }, { ...(f.rpzOrigin ? { origin: f.rpzOrigin } : {}) });
  const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`;
  return { body, contentType: EXPORT_CONTENT_TYPES[format], etag, count: indicators.length };
}

/** `ghostguard export`: opens the configured store, renders one export, closes the store. */
export async function exportFromStore(config: Config, format: ExportFormat, f: ExportFilter = {}): Promise<RenderedExport> {
  const { openDatabase } = await import('../service.ts');
  const { migrateToLatest } = await import('../db/migrations.ts');
  const { createRepositories } = await import('../repos/index.ts');
  const db = openDatabase(config);
  try {
    await migrateToLatest(db.db as never, db.kind);
    return await renderIndicatorExport(createRepositories(db.db, db.kind), format, f);
  } finally {
    await db.close();
  }
}
