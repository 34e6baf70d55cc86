/**
 * Indicator lifecycle as pure functions (storage is the server's): sightings, sources, status,
 * expiry that resets on every re-sighting, an allowlist whose entries must say why, and appeals
 * that an analyst resolves.
 *
 * Expiry: kit domains live hours to days (THREAT.md), and a stale block breaks whoever buys the
 * domain next. A suspected indicator expires 7 days after its last sighting, a confirmed one
 * after 30; a re-sighting revives an expired indicator. An analyst's false-positive decision is
 * never undone by a feed: only an analyst changes it.
 */
export type IndicatorType = 'domain' | 'url';
export type IndicatorStatus = 'suspected' | 'confirmed' | 'false-positive' | 'expired';

export interface IndicatorRecord {
  readonly id: string;
  readonly type: IndicatorType;
  readonly value: string;
  readonly status: IndicatorStatus;
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly sightings: number;
  readonly sources: readonly string[];
  readonly expiresAt: string;
  readonly maxLevel?: string;
  readonly brand?: string;
  readonly attack?: string;
  readonly campaignIds?: readonly string[];
  readonly note?: string;
}

export interface Sighting {
  readonly type: IndicatorType;
  readonly value: string;
  readonly at: string;
  readonly source: string;
  readonly level?: string;
  readonly brand?: string;
  readonly attack?: string;
}

export interface LifecyclePolicy {
  readonly suspectedTtlMs: number;
  readonly confirmedTtlMs: number;
  /** Sources kept per indicator (the first ones and the latest). */
  readonly maxSources: number;
}

const DAY = 86_400_000;
export const DEFAULT_POLICY: LifecyclePolicy = { suspectedTtlMs: 7 * DAY, confirmedTtlMs: 30 * DAY, maxSources: 20 };

export class LifecycleError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

const LEVEL_RANK: Readonly<Record<string, number>> = { safe: 0, unknown: 1, suspicious: 2, dangerous: 3 };
const iso = (ms: number) => new Date(ms).toISOString();
const ttl = (status: IndicatorStatus, p: LifecyclePolicy) => (status === 'confirmed' ? p.confirmedTtlMs : p.suspectedTtlMs);

function parseTime(s: string, field: string): number {
  const t = Date.parse(s);
  if (!Number.isFinite(t)) throw new LifecycleError('GG_ERR_VALIDATION', `${field} is not a time`);
  return t;
}

/** A stable id from type and value (FNV-1a 32 ×2; collisions only merge two rows' ids in exports). */
export function indicatorId(type: IndicatorType, value: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  const s = `${type}:${value}`;
  for (let i = 0; i < s.length; i++) {
    a = Math.imul(a ^ s.charCodeAt(i), 0x01000193) >>> 0;
    b = Math.imul(b ^ s.charCodeAt(i), 0x5bd1e995) >>> 0;
  }
  return `ind-${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`;
}

function mergeSources(prev: readonly string[], s: string, max: number): string[] {
  if (prev.includes(s)) return [...prev];
  const next = [...prev, s];
  // Keep the first half (who saw it first) and the most recent ones.
  return next.length <= max ? next : [...next.slice(0, Math.floor(max / 2)), ...next.slice(next.length - Math.ceil(max / 2))];
}

/** Applies one sighting; returns the new record (a new one when `prev` is undefined). */
export function applySighting(prev: IndicatorRecord | undefined, s: Sighting, policy: LifecyclePolicy = DEFAULT_POLICY): IndicatorRecord {
  const at = parseTime(s.at, 'at');
  const level = s.level ?? 'suspicious';
  if (!prev) {
    return {
      id: indicatorId(s.type, s.value), type: s.type, value: s.value, status: 'suspected',
      firstSeen: iso(at), lastSeen: iso(at), sightings: 1, sources: [s.source], expiresAt: iso(at + policy.suspectedTtlMs),
      maxLevel: level, ...(s.brand ? { brand: s.brand } : {}), ...(s.attack ? { attack: s.attack } : {}),
    };
  }
  const last = Math.max(parseTime(prev.lastSeen, 'lastSeen'), at);
  const status: IndicatorStatus = prev.status === 'expired' ? 'suspected' : prev.status;
  const maxLevel = (LEVEL_RANK[level] ?? 0) > (LEVEL_RANK[prev.maxLevel ?? ''] ?? -1) ? level : prev.maxLevel;
  return {
    ...prev,
    status,
    firstSeen: iso(Math.min(parseTime(prev.firstSeen, 'firstSeen'), at)),
    lastSeen: iso(last),
    sightings: prev.sightings + 1,
    sources: mergeSources(prev.sources, s.source, policy.maxSources),
    expiresAt: iso(last + ttl(status, policy)),
    ...(maxLevel ? { maxLevel } : {}),
    ...(!prev.brand && s.brand ? { brand: s.brand } : {}),
    ...(!prev.attack && s.attack ? { attack: s.attack } : {}),
  };
}

/** Expired when its time has come (suspected and confirmed only). */
export function expireIfDue(r: IndicatorRecord, now: string): IndicatorRecord {
  if ((r.status === 'suspected' || r.status === 'confirmed') && parseTime(now, 'now') >= parseTime(r.expiresAt, 'expiresAt')) return { ...r, status: 'expired' };
  return r;
}

export function confirmIndicator(r: IndicatorRecord, now: string, note?: string, policy: LifecyclePolicy = DEFAULT_POLICY): IndicatorRecord {
  const base = Math.max(parseTime(now, 'now'), parseTime(r.lastSeen, 'lastSeen'));
  return { ...r, status: 'confirmed', expiresAt: iso(base + policy.confirmedTtlMs), ...(note ? { note: note.slice(0, 500) } : {}) };
}

export function markFalsePositive(r: IndicatorRecord, reason: string): IndicatorRecord {
  return { ...r, status: 'false-positive', note: requireReason(reason) };
}

/** Indicators that go into blocklists and threat-intel exports right now. */
export function isExportable(r: IndicatorRecord, now: string): boolean {
  const s = expireIfDue(r, now).status;
  return s === 'suspected' || s === 'confirmed';
}

// ---- allowlist ----

export interface AllowlistEntry {
  readonly value: string;
  readonly reason: string;
  readonly actor: string;
  readonly createdAt: string;
}

function requireReason(reason: string): string {
  const r = typeof reason === 'string' ? reason.trim() : '';
  if (r.length < 3) throw new LifecycleError('GG_ERR_VALIDATION', 'a reason is required');
  return r.slice(0, 500);
}

export function createAllowlistEntry(value: string, reason: string, actor: string, now: string): AllowlistEntry {
  const v = value.trim().toLowerCase().replace(/\.$/, '');
  if (v === '' || v.length > 2048) throw new LifecycleError('GG_ERR_VALIDATION', 'value is required');
  return { value: v, reason: requireReason(reason), actor, createdAt: iso(parseTime(now, 'now')) };
}

function hostOf(r: { type: IndicatorType; value: string }): string {
  if (r.type === 'domain') return r.value.toLowerCase();
  try {
    return new URL(r.value).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** The entry that covers an indicator: same value, or its host is the entry's domain or below it. */
export function allowlistMatch(r: { type: IndicatorType; value: string }, entries: readonly AllowlistEntry[]): AllowlistEntry | undefined {
  const host = hostOf(r);
  return entries.find((e) => e.value === r.value.toLowerCase() || (host !== '' && (host === e.value || host.endsWith(`.${e.value}`))));
}

// ---- appeals ----

export type AppealStatus = 'open' | 'upheld' | 'rejected';

export interface Appeal {
  readonly id: string;
  readonly value: string;
  readonly reason: string;
  readonly status: AppealStatus;
  readonly createdAt: string;
  readonly resolvedAt?: string;
  readonly resolvedBy?: string;
  readonly resolution?: string;
}

export function createAppeal(id: string, value: string, reason: string, now: string): Appeal {
  const v = value.trim();
  if (v === '' || v.length > 2048) throw new LifecycleError('GG_ERR_VALIDATION', 'value is required');
  return { id, value: v, reason: requireReason(reason).slice(0, 2000), status: 'open', createdAt: iso(parseTime(now, 'now')) };
}

/**
 * An analyst's decision. Upheld: the indicator becomes a false positive and its value goes on the
 * allowlist with the appeal as the reason; rejected: nothing changes but the appeal.
 */
export function resolveAppeal(a: Appeal, decision: 'upheld' | 'rejected', analyst: string, note: string, now: string, indicator?: IndicatorRecord): { appeal: Appeal; indicator?: IndicatorRecord; allowlist?: AllowlistEntry } {
  if (a.status !== 'open') throw new LifecycleError('GG_ERR_CONFLICT', 'appeal already resolved');
  const resolution = requireReason(note);
  const appeal: Appeal = { ...a, status: decision, resolvedAt: iso(parseTime(now, 'now')), resolvedBy: analyst, resolution };
  if (decision === 'rejected') return { appeal, ...(indicator ? { indicator } : {}) };
  const reason = `appeal ${a.id}: ${resolution}`;
  return {
    appeal,
    ...(indicator ? { indicator: markFalsePositive(indicator, reason) } : {}),
    allowlist: createAllowlistEntry(indicator ? hostOf(indicator) || a.value : a.value, reason, analyst, now),
  };
}
