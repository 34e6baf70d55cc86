/** Small helpers shared by the repositories (no SQL here beyond the LIKE escape). */
import { randomUUID } from 'node:crypto';
import { sql, type RawBuilder, type SqlBool } from 'kysely';

export const nowIso = (ms: number = Date.now()): string => new Date(ms).toISOString();
export const newId = (): string => randomUUID();

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
