/**
 * The databases a contract test runs against: SQLite always; PostgreSQL on 127.0.0.1:5432 (trust
 * auth, user postgres) in a fresh database dropped afterwards. Without PostgreSQL the tests are
 * skipped with a message — except under CI, where they fail loudly.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import pg from 'pg';
import { connect, type Db } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrations.ts';
import { tempDir } from './helpers.ts';

export const PG_ADMIN_URL = process.env['GG_TEST_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface DbTarget {
  readonly name: 'sqlite' | 'postgres';
  /** Why it is skipped, when it is. */
  readonly skip?: string;
  open(): Promise<{ db: Db; url?: string; drop(): Promise<void> }>;
}

export async function postgresAvailable(): Promise<string | undefined> {
  const c = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.query('select 1');
    return undefined;
  } catch (err) {
    const why = `PostgreSQL not reachable at ${PG_ADMIN_URL.replace(/\/\/[^@/]*@/, '//')}: ${(err as Error).message}`;
    if (process.env['CI']) throw new Error(`${why} (CI is set: PostgreSQL tests must run)`, { cause: err });
    return `${why} — skipping PostgreSQL tests`;
  } finally {
    await c.end().catch(() => undefined);
  }
}

/** Creates an empty database; returns its URL and a function that drops it. */
export async function createPgDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `gg_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  return {
    url,
    async drop() {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export async function dbTargets(): Promise<DbTarget[]> {
  const pgSkip = await postgresAvailable();
  return [
    {
      name: 'sqlite',
      async open() {
        const dir = tempDir();
        const db = connect({ kind: 'sqlite', sqlitePath: join(dir, 'c.db') });
        await migrateToLatest(db.db as never, 'sqlite');
        return { db, drop: async () => rmSync(dir, { recursive: true, force: true }) };
      },
    },
    {
      name: 'postgres',
      ...(pgSkip ? { skip: pgSkip } : {}),
      async open() {
        const created = await createPgDatabase();
        const db = connect({ kind: 'postgres', databaseUrl: created.url, poolSize: 4 });
        await migrateToLatest(db.db as never, 'postgres');
        return { db, url: created.url, drop: created.drop };
      },
    },
  ];
}
