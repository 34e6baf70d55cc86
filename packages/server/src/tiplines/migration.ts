/**
 * Migration of the tiplines: message ids (dedup), the outbox, conversations, and a `source`
 * column on reports so that analysts see which channel a report came from
 * (`tipline:whatsapp`, `tipline:telegram`; null = the web form).
 */
import type { Kysely, Migration } from 'kysely';

type AnyDb = Kysely<unknown>;

export function tiplinesMigration(): Migration {
  return {
    async up(db: AnyDb) {
      await db.schema
        .createTable('tipline_messages')
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('message_id', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('tipline_messages_pk', ['channel', 'message_id'])
        .execute();
      await db.schema.createIndex('tipline_messages_at').on('tipline_messages').column('at').execute();

      await db.schema
        .createTable('tipline_outbox')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('recipient', 'text', (c) => c.notNull())
        .addColumn('recipient_hint', 'text', (c) => c.notNull())
        .addColumn('user_key', 'text', (c) => c.notNull())
        .addColumn('payload_json', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('lease_until', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('last_error', 'text')
        .addColumn('provider_message_id', 'text')
        .execute();
      await db.schema.createIndex('tipline_outbox_due').on('tipline_outbox').columns(['state', 'next_attempt_at']).execute();
      await db.schema.createIndex('tipline_outbox_created').on('tipline_outbox').columns(['created_at', 'id']).execute();

      await db.schema
        .createTable('tipline_conversations')
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('user_key', 'text', (c) => c.notNull())
        .addColumn('lang', 'text')
        .addColumn('last_lang', 'text')
        .addColumn('last_inbound_at', 'text')
        .addColumn('last_case_json', 'text')
        .addColumn('happened_json', 'text')
        .addColumn('group_mode', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('tipline_conversations_pk', ['channel', 'user_key'])
        .execute();
      await db.schema.createIndex('tipline_conversations_updated').on('tipline_conversations').column('updated_at').execute();

      await db.schema.alterTable('reports').addColumn('source', 'text').execute();
    },
    async down(db: AnyDb) {
      await db.schema.alterTable('reports').dropColumn('source').execute();
      for (const t of ['tipline_conversations', 'tipline_outbox', 'tipline_messages']) await db.schema.dropTable(t).ifExists().execute();
    },
  };
}
