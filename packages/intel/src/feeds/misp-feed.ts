/**
 * MISP feeds (the "MISP Feed" format): `<feed>/manifest.json` maps event UUIDs to a summary with
 * a `timestamp`; each event is `<feed>/<uuid>.json` = `{ "Event": { ..., "Attribute": [...],
 * "Object": [{ "name", "Attribute": [...] }] } }`. Only events newer than the last import are
 * fetched. Attribute types taken: url, link (when http), domain, hostname, domain|ip (domain part).
 */
import type { FeedIndicator } from './normalise.ts';
import { domainIndicator, feedTime, urlIndicator } from './normalise.ts';

export interface MispManifestEntry {
  readonly uuid: string;
  readonly timestamp: number;
  readonly info: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseMispManifest(text: string): { entries: MispManifestEntry[]; malformed: number } {
  let m: unknown;
  try {
    m = JSON.parse(text);
  } catch {
    return { entries: [], malformed: 1 };
  }
  if (typeof m !== 'object' || m === null || Array.isArray(m)) return { entries: [], malformed: 1 };
  const entries: MispManifestEntry[] = [];
  let malformed = 0;
  for (const [uuid, v] of Object.entries(m as Record<string, unknown>)) {
    const ts = Number((v as { timestamp?: unknown })?.timestamp);
    if (!UUID.test(uuid) || !Number.isFinite(ts)) {
      malformed++;
      continue;
    }
    const info = (v as { info?: unknown }).info;
    entries.push({ uuid: uuid.toLowerCase(), timestamp: ts, info: typeof info === 'string' ? info.slice(0, 300) : '' });
  }
  return { entries: entries.sort((a, b) => a.timestamp - b.timestamp), malformed };
}

interface MispAttribute {
  type?: unknown;
  value?: unknown;
  timestamp?: unknown;
}

function attributeIndicator(a: MispAttribute, target: string | undefined): FeedIndicator | undefined | null {
  if (typeof a.type !== 'string' || typeof a.value !== 'string') return undefined;
  const extra = { ...(feedTime(Number(a.timestamp)) ? { reportedAt: feedTime(Number(a.timestamp)) } : {}), ...(target ? { target } : {}) };
  switch (a.type) {
    case 'url':
      return urlIndicator(a.value, extra);
    case 'link':
      return /^https?:\/\//i.test(a.value) ? urlIndicator(a.value, extra) : null;
    case 'domain':
    case 'hostname':
      return domainIndicator(a.value, extra);
    case 'domain|ip':
      return domainIndicator(a.value.split('|')[0] ?? '', extra);
    default:
      return null; // a type we do not import (ip-dst, email, ...) is not malformed
  }
}

export function parseMispEvent(text: string): { indicators: FeedIndicator[]; records: number; malformed: number } {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { indicators: [], records: 0, malformed: 1 };
  }
  const ev = (doc as { Event?: { Attribute?: unknown; Object?: unknown; info?: unknown } } | null)?.Event;
  if (!ev || typeof ev !== 'object') return { indicators: [], records: 0, malformed: 1 };
  const attrs: MispAttribute[] = [];
  if (Array.isArray(ev.Attribute)) attrs.push(...(ev.Attribute as MispAttribute[]));
  if (Array.isArray(ev.Object)) {
    for (const o of ev.Object as { Attribute?: unknown }[]) if (Array.isArray(o?.Attribute)) attrs.push(...(o.Attribute as MispAttribute[]));
  }
  const target = typeof ev.info === 'string' ? ev.info.slice(0, 100) : undefined;
  const indicators: FeedIndicator[] = [];
  let malformed = 0;
  for (const a of attrs.slice(0, 100_000)) {
    const ind = attributeIndicator(a ?? {}, target);
    if (ind) indicators.push(ind);
    else if (ind === undefined) malformed++;
  }
  return { indicators, records: attrs.length, malformed };
}
