import { request } from '../api.ts';

/**
 * Analyst endpoints (docs/api-contract.md). List items are typed loosely on purpose: the
 * console shows what the server sends and degrades to "—" for a field it does not have.
 */
export interface User {
  readonly username: string;
  readonly role: string;
}
export interface Session {
  readonly user: User;
  readonly csrfToken: string;
}
export type Row = Readonly<Record<string, unknown>>;
export interface Page<T = Row> {
  readonly items: readonly T[];
  readonly nextCursor?: string;
}

export type IndicatorStatus = 'suspected' | 'confirmed' | 'false-positive' | 'allowlisted';
export interface Indicator {
  readonly id: string;
  readonly type: 'domain' | 'url';
  readonly value: string;
  readonly status: IndicatorStatus;
  readonly firstSeen?: string;
  readonly lastSeen?: string;
  readonly sightings?: number;
}

export function query(params: Readonly<Record<string, string | undefined>>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const analystApi = {
  login: (username: string, password: string) => request<Session>('POST', '/v1/auth/login', { username, password }),
  me: () => request<Session>('GET', '/v1/auth/me'),
  logout: () => request<unknown>('POST', '/v1/auth/logout', {}),
  list: (path: string, params: Readonly<Record<string, string | undefined>>) => request<Page>('GET', `/v1/analyst/${path}${query(params)}`),
  scan: (id: string) => request<Row>('GET', `/v1/analyst/scans/${encodeURIComponent(id)}`),
  indicators: (params: Readonly<Record<string, string | undefined>>) => request<Page<Indicator>>('GET', `/v1/analyst/indicators${query(params)}`),
  confirm: (id: string, note?: string) => request<unknown>('POST', `/v1/analyst/indicators/${encodeURIComponent(id)}/confirm`, note ? { note } : {}),
  falsePositive: (id: string, reason: string) => request<unknown>('POST', `/v1/analyst/indicators/${encodeURIComponent(id)}/false-positive`, { reason }),
  allowlist: (value: string, reason: string) => request<unknown>('POST', '/v1/analyst/allowlist', { value, reason }),
};

/** A readable value from a loosely typed row: strings as-is, numbers, arrays joined, else "—". */
export function cell(row: Row, ...keys: string[]): string {
  for (const k of keys) {
    const v = row[k];
    if (typeof v === 'string' && v) return v;
    if (typeof v === 'number') return String(v);
    if (Array.isArray(v) && v.length) return v.map(String).join(', ');
  }
  return '—';
}

/** ISO time → short local time; anything else is shown as it came. */
export function when(v: string): string {
  const d = new Date(v);
  return Number.isNaN(d.getTime()) || v === '—' ? v : d.toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' });
}
