/**
 * Tables of the tiplines (migration `tiplines` in ./migration.ts). Kept beside the tipline code
 * and merged into the repositories' type with `Kysely.withTables`, so that db/schema.ts stays the
 * core service's. Same conventions: ISO-8601 UTC text times, JSON as text.
 *
 * Privacy: no table holds a phone number or chat id except `tipline_outbox.recipient`, and only
 * until the reply is sent (then ''); conversations are keyed by a keyed hash (`user_key`).
 */
export type TiplineMessagesTable = {
  channel: string;
  /** WhatsApp message id or Telegram update id: deduplicates redeliveries. */
  message_id: string;
  at: string;
};

export type TiplineOutboxTable = {
  id: string;
  channel: string;
  /** WhatsApp wa_id while the reply waits; '' once sent. */
  recipient: string;
  recipient_hint: string;
  user_key: string;
  payload_json: string;
  state: string; // pending | sending | sent | dead
  attempts: number;
  next_attempt_at: string;
  lease_until: string | null;
  created_at: string;
  updated_at: string;
  last_error: string | null;
  provider_message_id: string | null;
};

export type TiplineConversationsTable = {
  channel: string;
  user_key: string;
  lang: string | null;
  last_lang: string | null;
  last_inbound_at: string | null;
  /** CaseSummary (already redacted by the tipline) as JSON. */
  last_case_json: string | null;
  /** JSON array; null when never set (kept apart from an empty list). */
  happened_json: string | null;
  group_mode: string | null;
  updated_at: string;
};

export type TiplineTables = {
  tipline_messages: TiplineMessagesTable;
  tipline_outbox: TiplineOutboxTable;
  tipline_conversations: TiplineConversationsTable;
};
