/**
 * Schema migrations, in code so that they ship inside the package. They run on start
 * (`startService`) and alone (`ghostguard migrate` → `runMigrations`). Kysely's migrator takes a
 * lock, so several workers starting at once against one PostgreSQL do not race.
 */
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { DbKind } from './connect.ts';
import { tiplinesMigration } from '../tiplines/migration.ts';
import { intelMigration } from '../intel/migration.ts';

type AnyDb = Kysely<unknown>;

function initial(kind: DbKind): Migration {
  const blob = kind === 'postgres' ? 'bytea' : 'blob';
  return {
    async up(db: AnyDb) {
      await db.schema
        .createTable('submissions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('lang', 'text', (c) => c.notNull())
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('score', 'integer', (c) => c.notNull())
        .addColumn('attack', 'text')
        .addColumn('verdict_json', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('submissions_created').on('submissions').columns(['created_at', 'id']).execute();

      await db.schema
        .createTable('reports')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('text', 'text')
        .addColumn('url', 'text')
        .addColumn('happened', 'text', (c) => c.notNull())
        .addColumn('region', 'text')
        .addColumn('contact_consent', 'integer', (c) => c.notNull())
        .addColumn('contact', 'text')
        .addColumn('lang', 'text', (c) => c.notNull())
        .addColumn('level', 'text')
        .addColumn('verdict_json', 'text')
        .execute();
      await db.schema.createIndex('reports_created').on('reports').columns(['created_at', 'id']).execute();

      await db.schema
        .createTable('scans')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('finished_at', 'text')
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('error', 'text')
        .addColumn('level', 'text')
        .addColumn('verdict_json', 'text')
        .addColumn('evidence_json', 'text')
        .addColumn('has_screenshot', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('worker', 'text')
        .execute();
      await db.schema.createIndex('scans_url_created').on('scans').columns(['url', 'created_at']).execute();
      await db.schema.createIndex('scans_created').on('scans').columns(['created_at', 'id']).execute();

      await db.schema
        .createTable('screenshots')
        .addColumn('scan_id', 'text', (c) => c.primaryKey().references('scans.id').onDelete('cascade'))
        .addColumn('png', sql.raw(blob), (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('indicators')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('first_seen', 'text', (c) => c.notNull())
        .addColumn('last_seen', 'text', (c) => c.notNull())
        .addColumn('sightings', 'integer', (c) => c.notNull())
        .addColumn('max_level', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addUniqueConstraint('indicators_type_value', ['type', 'value'])
        .execute();
      await db.schema.createIndex('indicators_last_seen').on('indicators').columns(['last_seen', 'id']).execute();

      await db.schema
        .createTable('allowlist')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull().unique())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('username', 'text', (c) => c.notNull().unique())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();

      await db.schema
        .createTable('sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('api_keys')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('key_hash', 'text', (c) => c.notNull().unique())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('audit')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('details_json', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_at').on('audit').columns(['at', 'id']).execute();

      await db.schema
        .createTable('jobs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('payload_json', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('max_attempts', 'integer', (c) => c.notNull())
        .addColumn('run_at', 'text', (c) => c.notNull())
        .addColumn('lease_until', 'text')
        .addColumn('last_error', 'text')
        .addColumn('worker', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('jobs_status_run_at').on('jobs').columns(['status', 'run_at']).execute();
    },
    async down(db: AnyDb) {
      for (const t of ['jobs', 'audit', 'api_keys', 'sessions', 'users', 'allowlist', 'indicators', 'screenshots', 'scans', 'reports', 'submissions']) {
        await db.schema.dropTable(t).ifExists().execute();
      }
    },
  };
}

function provider(kind: DbKind): MigrationProvider {
  return { getMigrations: async () => ({ '0001-initial': initial(kind), '0002-tiplines': tiplinesMigration(), '0003-intel': intelMigration() }) };
}

/** Applies pending migrations; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<unknown>, kind: DbKind): Promise<string[]> {
  const migrator = new Migrator({ db, provider: provider(kind) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`migration ${failed} failed: ${String((error as Error).message ?? error)}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
