/** Opens the configured database: SQLite (WAL, busy timeout) or PostgreSQL (pool). */
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { Database } from './schema.ts';

export type DbKind = 'sqlite' | 'postgres';

export interface Db {
  readonly kind: DbKind;
  readonly db: Kysely<Database>;
  close(): Promise<void>;
}

export interface ConnectOptions {
  readonly kind: DbKind;
  readonly sqlitePath?: string;
  readonly databaseUrl?: string;
  /** How long a writer waits for a lock before SQLITE_BUSY (ms). */
  readonly busyTimeoutMs?: number;
  readonly poolSize?: number;
}

export function connect(opts: ConnectOptions): Db {
  if (opts.kind === 'postgres') {
    if (!opts.databaseUrl) throw new Error('DATABASE_URL missing');
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 10 });
    // An idle client that loses its connection must not crash the process.
    pool.on('error', () => undefined);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { kind: 'postgres', db, close: () => db.destroy() };
  }
  const file = opts.sqlitePath ?? ':memory:';
  const sqlite = new SqliteDatabase(file, { timeout: opts.busyTimeoutMs ?? 5000 });
  // WAL lets readers run beside one writer; NORMAL sync is durable across process crashes
  // (only an OS crash can lose the last commits), and ~10x cheaper per insert than FULL.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { kind: 'sqlite', db, close: () => db.destroy() };
}
