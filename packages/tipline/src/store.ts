/**
 * The persistence port of the tiplines. The service implements it over its database (Kysely);
 * `createMemoryStore` is the laptop/test implementation; `runTiplineStoreContract` is the test
 * suite every implementation must pass.
 *
 * Privacy: conversations are keyed by a keyed hash of the user id (`userKey`), never the id or
 * phone number; the outbox keeps the raw recipient only until the message is sent (then '').
 */
import type { Lang, Level } from '@ghostguard/core';
import type { Happened } from './texts.ts';

export type Channel = 'telegram' | 'whatsapp';
export type OutboxState = 'pending' | 'sending' | 'sent' | 'dead';

export interface NewOutboxItem {
  readonly channel: Channel;
  /** Delivery address (WhatsApp wa_id). Cleared when sent. */
  readonly recipient: string;
  /** Redacted form for analysts (`7*******12`). */
  readonly recipientHint: string;
  /** Keyed hash of the user: lets the sender look up the 24-hour window. */
  readonly userKey: string;
  /** The channel's message body (JSON-serialisable). */
  readonly payload: unknown;
  readonly createdAt: Date;
}

export interface OutboxItem extends NewOutboxItem {
  readonly id: string;
  readonly state: OutboxState;
  /** Send attempts started so far. */
  readonly attempts: number;
  /** When a pending item may next be tried. */
  readonly nextAttemptAt: Date;
  /** While `sending`: when the claim expires (a crashed sender's items are taken again). */
  readonly leaseUntil?: Date;
  readonly updatedAt: Date;
  readonly lastError?: string;
  readonly providerMessageId?: string;
}

/** What the last checked case was, redacted, so that buttons and /report can refer to it. */
export interface CaseSummary {
  readonly kind: 'text' | 'image';
  readonly text?: string;
  readonly url?: string;
  readonly level: Level;
  readonly attack?: string;
  readonly score: number;
  readonly at: Date;
}

export interface Conversation {
  readonly channel: Channel;
  readonly userKey: string;
  /** Chosen with /language (or a language button). */
  readonly lang?: Lang;
  /** Language of the last answer (detected from the text): used for buttons and commands. */
  readonly lastLang?: Lang;
  /** Last message *from* the person: the WhatsApp 24-hour customer-service window starts here. */
  readonly lastInboundAt?: Date;
  readonly lastCase?: CaseSummary;
  readonly happened?: readonly Happened[];
  /** Group chats: when to speak ('dangerous' default, 'suspicious', 'off'). */
  readonly groupMode?: 'dangerous' | 'suspicious' | 'off';
  readonly updatedAt: Date;
}

export interface TiplineReport {
  readonly channel: Channel;
  readonly lang: Lang;
  readonly kind: 'text' | 'image';
  /** Redacted text of the case (phones and codes removed). */
  readonly text?: string;
  readonly url?: string;
  readonly level: Level;
  readonly attack?: string;
  readonly happened: readonly Happened[];
  readonly createdAt: Date;
}

export interface StoredReport extends TiplineReport {
  readonly id: string;
}

export interface TiplineStore {
  /** Records a delivered message/update id; false when it was already recorded (a redelivery). */
  claimMessage(channel: Channel, messageId: string, at: Date): Promise<boolean>;
  /** Forgets message ids recorded before `before`; returns how many. */
  pruneMessages(before: Date): Promise<number>;

  enqueue(item: NewOutboxItem): Promise<OutboxItem>;
  /**
   * Takes up to `limit` items that are due: `pending` with nextAttemptAt ≤ now, or `sending`
   * with an expired lease. Each becomes `sending` with leaseUntil = now + leaseMs and
   * attempts + 1. Oldest first. Two concurrent callers never get the same item.
   */
  claimDue(now: Date, limit: number, leaseMs: number): Promise<OutboxItem[]>;
  markSent(id: string, at: Date, providerMessageId?: string): Promise<void>;
  /** Back to `pending`, to be tried at `nextAttemptAt`. */
  markRetry(id: string, error: string, nextAttemptAt: Date, at: Date): Promise<void>;
  /** Given up: stays visible to analysts (listOutbox({ state: 'dead' })) and can be requeued. */
  markDead(id: string, error: string, at: Date): Promise<void>;
  /** An analyst's "try again": a dead item becomes pending now; false if not dead. */
  requeue(id: string, at: Date): Promise<boolean>;
  /** Newest first. */
  listOutbox(filter?: { readonly state?: OutboxState; readonly limit?: number }): Promise<OutboxItem[]>;

  getConversation(channel: Channel, userKey: string): Promise<Conversation | undefined>;
  saveConversation(conversation: Conversation): Promise<void>;

  addReport(report: TiplineReport): Promise<string>;
  listReports(limit?: number): Promise<StoredReport[]>;
}
