/**
 * Migration `0003-intel`: CT and clustering cursors, leases, feed sources with their statistics,
 * indicator sources, false-positive appeals, campaigns and their members. The indicators table
 * keeps its columns: expiry is derived from the last sighting (7 / 30 days, see
 * @ghostguard/intel DEFAULT_POLICY), so a re-sighting resets it without a write here, and the
 * `expired` status is set by the worker's sweep (intel/scheduler.ts).
 */
import type { Kysely, Migration } from 'kysely';

type AnyDb = Kysely<unknown>;

const TABLES = ['campaign_members', 'campaigns', 'appeals', 'indicator_sources', 'feed_sources', 'intel_leases', 'intel_cursors'];

export function intelMigration(): Migration {
  return {
    async up(db: AnyDb) {
      await db.schema.createTable('intel_cursors')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('position', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createTable('intel_leases')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('holder', 'text', (c) => c.notNull())
        .addColumn('until', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createTable('feed_sources')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('interval_ms', 'bigint', (c) => c.notNull())
        .addColumn('stats_json', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createTable('indicator_sources')
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('first_seen', 'text', (c) => c.notNull())
        .addColumn('last_seen', 'text', (c) => c.notNull())
        .addColumn('sightings', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('indicator_sources_pk', ['type', 'value', 'source'])
        .execute();
      await db.schema.createTable('appeals')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('contact', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('resolved_at', 'text')
        .addColumn('resolved_by', 'text')
        .addColumn('resolution', 'text')
        .execute();
      await db.schema.createIndex('appeals_status_created').on('appeals').columns(['status', 'created_at', 'id']).execute();
      await db.schema.createTable('campaigns')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('first_seen', 'text', (c) => c.notNull())
        .addColumn('last_seen', 'text', (c) => c.notNull())
        .addColumn('brand', 'text')
        .addColumn('attack', 'text')
        .addColumn('members', 'integer', (c) => c.notNull())
        .addColumn('reports', 'integer', (c) => c.notNull())
        .addColumn('scans', 'integer', (c) => c.notNull())
        .addColumn('merged_into', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('campaigns_last_seen').on('campaigns').columns(['last_seen', 'id']).execute();
      await db.schema.createTable('campaign_members')
        .addColumn('member_id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('ref_id', 'text', (c) => c.notNull())
        .addColumn('campaign_id', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('host', 'text')
        .addColumn('ip', 'text')
        .addColumn('cert', 'text')
        .addColumn('kit_json', 'text')
        .addColumn('lure', 'text')
        .addColumn('reasons', 'text', (c) => c.notNull())
        .addColumn('brand', 'text')
        .addColumn('attack', 'text')
        .addColumn('level', 'text')
        .execute();
      await db.schema.createIndex('campaign_members_campaign').on('campaign_members').columns(['campaign_id', 'at']).execute();
      await db.schema.createIndex('campaign_members_at').on('campaign_members').column('at').execute();
    },
    async down(db: AnyDb) {
      for (const t of TABLES) await db.schema.dropTable(t).ifExists().execute();
    },
  };
}
