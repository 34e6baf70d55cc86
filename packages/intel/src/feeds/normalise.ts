/**
 * Feed values become indicators: URLs parsed with WHATWG URL (http/https only), host lower-cased,
 * fragment and query dropped — victims' addresses, phone numbers and tokens travel in query
 * strings (`?email=`, `?phone=`), and blocking works on host + path. Domains are validated as
 * DNS names. Anything else is malformed.
 */
import { normaliseDnsName } from '../ct/cert-names.ts';

export type IndicatorType = 'domain' | 'url';

export interface FeedIndicator {
  readonly type: IndicatorType;
  readonly value: string;
  /** The feed's own time for it (ISO), when it gives one. */
  readonly reportedAt?: string;
  /** What the feed says is targeted (PhishTank `target`, URLhaus `threat`, MISP tags). */
  readonly target?: string;
}

const MAX_URL = 2048;

export function normaliseUrl(raw: string): string | undefined {
  const s = raw.trim();
  if (s.length === 0 || s.length > MAX_URL || /[\s\u0000-\u001f]/.test(s)) return undefined;
  let u: URL;
  try {
    u = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(s) ? s : `http://${s}`);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
  if (u.hostname === '' || u.username !== '' || u.password !== '') return undefined;
  u.hash = '';
  u.search = '';
  return u.href;
}

export function urlIndicator(raw: string, extra: Omit<FeedIndicator, 'type' | 'value'> = {}): FeedIndicator | undefined {
  const value = normaliseUrl(raw);
  return value ? { type: 'url', value, ...extra } : undefined;
}

export function domainIndicator(raw: string, extra: Omit<FeedIndicator, 'type' | 'value'> = {}): FeedIndicator | undefined {
  const n = normaliseDnsName(raw);
  const value = n.startsWith('*.') ? n.slice(2) : n;
  return value && value.includes('.') ? { type: 'domain', value, ...extra } : undefined;
}

/** An ISO time from a feed's date field (`2026-01-02 03:04:05`, ISO, or unix seconds), if valid. */
export function feedTime(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v) && v > 0) return new Date(v * 1000).toISOString();
  if (typeof v !== 'string' || v.trim() === '') return undefined;
  const s = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(v.trim()) ? v.trim().replace(' ', 'T') + 'Z' : v.trim();
  const t = Date.parse(s);
  return Number.isFinite(t) ? new Date(t).toISOString() : undefined;
}
