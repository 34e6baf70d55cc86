/**
 * The tiplines' TiplineStore over the service database (SQLite or PostgreSQL), passing
 * `runTiplineStoreContract`. Reports go into the service's `reports` table (source
 * `tipline:<channel>`, no contact: a tipline report never carries a way to reach the person).
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { CaseSummary, Channel, Conversation, NewOutboxItem, OutboxItem, OutboxState, StoredReport, TiplineReport, TiplineStore } from '@ghostguard/tipline';
import type { Database } from '../db/schema.ts';
import type { DbKind } from '../db/connect.ts';
import type { TiplineOutboxTable, TiplineTables, TiplineConversationsTable } from '../tiplines/schema.ts';
import { parseJson } from './util.ts';

type Db = Kysely<Database & TiplineTables>;
const iso = (d: Date): string => d.toISOString();
/** Errors are provider messages (status lines, API error text): bounded, never bodies. */
const MAX_ERROR = 500;
const SOURCE_PREFIX = 'tipline:';

export interface KyselyTiplineStore extends TiplineStore {
  /** Retention: deletes sent and dead outbox items last touched before `before` (a dead item holds a phone number). */
  pruneOutbox(before: Date): Promise<number>;
  /** Retention: forgets conversations idle since before `before`. */
  pruneConversations(before: Date): Promise<number>;
  getOutbox(id: string): Promise<OutboxItem | undefined>;
  /** Counts by state, for /metrics and the analyst page. */
  countOutbox(): Promise<Partial<Record<OutboxState, number>>>;
}

function toItem(r: Selectable<TiplineOutboxTable>): OutboxItem {
  return {
    id: r.id,
    channel: r.channel as Channel,
    recipient: r.recipient,
    recipientHint: r.recipient_hint,
    userKey: r.user_key,
    payload: parseJson(r.payload_json),
    createdAt: new Date(r.created_at),
    state: r.state as OutboxState,
    attempts: Number(r.attempts),
    nextAttemptAt: new Date(r.next_attempt_at),
    ...(r.lease_until !== null ? { leaseUntil: new Date(r.lease_until) } : {}),
    updatedAt: new Date(r.updated_at),
    ...(r.last_error !== null ? { lastError: r.last_error } : {}),
    ...(r.provider_message_id !== null ? { providerMessageId: r.provider_message_id } : {}),
  };
}

function caseFrom(json: string | null): CaseSummary | undefined {
  const c = parseJson<Omit<CaseSummary, 'at'> & { at: string }>(json);
  return c ? { ...c, at: new Date(c.at) } : undefined;
}

function toConversation(r: Selectable<TiplineConversationsTable>): Conversation {
  const lastCase = caseFrom(r.last_case_json);
  const happened = parseJson<Conversation['happened']>(r.happened_json);
  return {
    channel: r.channel as Channel,
    userKey: r.user_key,
    ...(r.lang !== null ? { lang: r.lang as Conversation['lang'] & string } : {}),
    ...(r.last_lang !== null ? { lastLang: r.last_lang as Conversation['lastLang'] & string } : {}),
    ...(r.last_inbound_at !== null ? { lastInboundAt: new Date(r.last_inbound_at) } : {}),
    ...(lastCase ? { lastCase } : {}),
    ...(happened ? { happened } : {}),
    ...(r.group_mode !== null ? { groupMode: r.group_mode as NonNullable<Conversation['groupMode']> } : {}),
    updatedAt: new Date(r.updated_at),
  };
}

function conversationRow(c: Conversation): TiplineConversationsTable {
  return {
    channel: c.channel,
    user_key: c.userKey,
    lang: c.lang ?? null,
    last_lang: c.lastLang ?? null,
    last_inbound_at: c.lastInboundAt ? iso(c.lastInboundAt) : null,
    last_case_json: c.lastCase ? JSON.stringify({ ...c.lastCase, at: iso(c.lastCase.at) }) : null,
    happened_json: c.happened ? JSON.stringify(c.happened) : null,
    group_mode: c.groupMode ?? null,
    updated_at: iso(c.updatedAt),
  };
}

/** What a tipline report keeps besides the reports columns, in verdict_json (a summary, not a Verdict). */
interface ReportSummary {
  readonly source: 'tipline';
  readonly kind: TiplineReport['kind'];
  readonly level: TiplineReport['level'];
  readonly attack?: string;
}

function outboxStore(db: Db, kind: DbKind): Pick<KyselyTiplineStore, 'enqueue' | 'claimDue' | 'markSent' | 'markRetry' | 'markDead' | 'requeue' | 'listOutbox' | 'getOutbox' | 'pruneOutbox' | 'countOutbox'> {
  return {
    async enqueue(item: NewOutboxItem) {
      const at = iso(item.createdAt);
      const row = {
        id: randomUUID(), channel: item.channel, recipient: item.recipient, recipient_hint: item.recipientHint, user_key: item.userKey,
        payload_json: JSON.stringify(item.payload ?? null), state: 'pending', attempts: 0, next_attempt_at: at, lease_until: null,
        created_at: at, updated_at: at, last_error: null, provider_message_id: null,
      };
      await db.insertInto('tipline_outbox').values(row).execute();
      return toItem(row);
    },

    async claimDue(now, limit, leaseMs) {
      if (limit <= 0) return [];
      const t = iso(now);
      // One statement: on SQLite it is its own transaction (writers are serialised); on
      // PostgreSQL, SKIP LOCKED lets concurrent senders (several API processes) take disjoint rows.
      let due = db
        .selectFrom('tipline_outbox')
        .select('id')
        .where((eb) => eb.or([
          eb.and([eb('state', '=', 'pending'), eb('next_attempt_at', '<=', t)]),
          eb.and([eb('state', '=', 'sending'), eb('lease_until', '<=', t)]),
        ]))
        .orderBy('created_at')
        .orderBy('id')
        .limit(limit);
      if (kind === 'postgres') due = due.forUpdate().skipLocked();
      const rows = await db
        .updateTable('tipline_outbox')
        .set((eb) => ({ state: 'sending', attempts: eb('attempts', '+', 1), lease_until: iso(new Date(now.getTime() + leaseMs)), updated_at: t }))
        .where('id', 'in', (eb) => eb.selectFrom(due.as('d')).select('d.id'))
        .returningAll()
        .execute();
      // RETURNING order is unspecified: oldest first, as the contract asks.
      return rows.map(toItem).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));
    },

    async markSent(id, at, providerMessageId) {
      // The recipient (a phone number) is needed only until the reply has gone.
      await db.updateTable('tipline_outbox')
        .set({ state: 'sent', recipient: '', lease_until: null, updated_at: iso(at), ...(providerMessageId ? { provider_message_id: providerMessageId.slice(0, 200) } : {}) })
        .where('id', '=', id).execute();
    },

    async markRetry(id, error, nextAttemptAt, at) {
      await db.updateTable('tipline_outbox')
        .set({ state: 'pending', last_error: error.slice(0, MAX_ERROR), next_attempt_at: iso(nextAttemptAt), lease_until: null, updated_at: iso(at) })
        .where('id', '=', id).execute();
    },

    async markDead(id, error, at) {
      await db.updateTable('tipline_outbox')
        .set({ state: 'dead', last_error: error.slice(0, MAX_ERROR), lease_until: null, updated_at: iso(at) })
        .where('id', '=', id).execute();
    },

    async requeue(id, at) {
      const r = await db.updateTable('tipline_outbox')
        .set({ state: 'pending', next_attempt_at: iso(at), updated_at: iso(at) })
        .where('id', '=', id).where('state', '=', 'dead')
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },

    async listOutbox(filter = {}) {
      let q = db.selectFrom('tipline_outbox').selectAll();
      if (filter.state) q = q.where('state', '=', filter.state);
      const limit = Math.max(1, Math.min(filter.limit ?? 100, 1000));
      const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
      return rows.map(toItem);
    },

    async getOutbox(id) {
      const r = await db.selectFrom('tipline_outbox').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toItem(r) : undefined;
    },

    async pruneOutbox(before) {
      const r = await db.deleteFrom('tipline_outbox').where('state', 'in', ['sent', 'dead']).where('updated_at', '<', iso(before)).executeTakeFirst();
      return Number(r.numDeletedRows);
    },

    async countOutbox() {
      const rows = await db.selectFrom('tipline_outbox').select(['state', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('state').execute();
      return Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
    },
  };
}

export function createKyselyTiplineStore(base: Kysely<Database>, kind: DbKind): KyselyTiplineStore {
  const db: Db = base.withTables<TiplineTables>();
  return {
    async claimMessage(channel, messageId, at) {
      // Insert-or-ignore: the primary key (channel, message_id) decides, atomically, on both databases.
      const r = await db.insertInto('tipline_messages')
        .values({ channel, message_id: messageId.slice(0, 200), at: iso(at) })
        .onConflict((oc) => oc.columns(['channel', 'message_id']).doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0n) > 0;
    },

    async pruneMessages(before) {
      const r = await db.deleteFrom('tipline_messages').where('at', '<', iso(before)).executeTakeFirst();
      return Number(r.numDeletedRows);
    },

    ...outboxStore(db, kind),

    async getConversation(channel, userKey) {
      const r = await db.selectFrom('tipline_conversations').selectAll().where('channel', '=', channel).where('user_key', '=', userKey).executeTakeFirst();
      return r ? toConversation(r) : undefined;
    },

    async saveConversation(c) {
      const row = conversationRow(c);
      const { channel: _c, user_key: _u, ...update } = row;
      await db.insertInto('tipline_conversations').values(row)
        .onConflict((oc) => oc.columns(['channel', 'user_key']).doUpdateSet(update))
        .execute();
    },

    async pruneConversations(before) {
      const r = await db.deleteFrom('tipline_conversations').where('updated_at', '<', iso(before)).executeTakeFirst();
      return Number(r.numDeletedRows);
    },

    async addReport(r: TiplineReport) {
      const id = randomUUID();
      const summary: ReportSummary = { source: 'tipline', kind: r.kind, level: r.level, ...(r.attack ? { attack: r.attack } : {}) };
      await db.insertInto('reports').values({
        id, created_at: iso(r.createdAt), text: r.text ?? null, url: r.url ?? null, happened: r.happened.join(','),
        region: null, contact_consent: 0, contact: null, lang: r.lang, level: r.level,
        verdict_json: JSON.stringify(summary), source: `${SOURCE_PREFIX}${r.channel}`,
      }).execute();
      return id;
    },

    async listReports(limit = 100) {
      const rows = await db.selectFrom('reports').selectAll()
        .where('source', 'like', `${SOURCE_PREFIX}%`)
        .orderBy('created_at', 'desc').orderBy('id', 'desc')
        .limit(Math.max(1, Math.min(limit, 1000)))
        .execute();
      return rows.map((row): StoredReport => {
        const s = parseJson<Partial<ReportSummary>>(row.verdict_json) ?? {};
        return {
          id: row.id,
          channel: String(row.source).slice(SOURCE_PREFIX.length) as Channel,
          lang: row.lang as StoredReport['lang'],
          kind: s.kind === 'image' ? 'image' : 'text',
          ...(row.text !== null ? { text: row.text } : {}),
          ...(row.url !== null ? { url: row.url } : {}),
          level: (row.level ?? s.level ?? 'unknown') as StoredReport['level'],
          ...(s.attack ? { attack: s.attack } : {}),
          happened: row.happened ? (row.happened.split(',') as StoredReport['happened'] & string[]) : [],
          createdAt: new Date(row.created_at),
        };
      });
    },
  };
}

