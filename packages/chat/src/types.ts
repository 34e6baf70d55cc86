/**
 * The vocabulary of chat-export scanning. Pure data: no I/O, runs in Node and in browsers.
 */
import type { Level, Verdict } from '@ghostguard/core';

export type ExportFormat = 'whatsapp-txt' | 'whatsapp-zip' | 'telegram-json';

/** What a message is: only `text` messages go through the engine. */
export type MessageKind = 'text' | 'media' | 'system' | 'deleted';

export interface ChatMessage {
  /** Chat name (the export's file name or Telegram chat name); '' when unknown. */
  readonly chat: string;
  /**
   * Wall-clock time as written in the export, `YYYY-MM-DDTHH:MM:SS`, with no zone: exports
   * carry none (WhatsApp writes the phone's local time). '' when unknown.
   */
  readonly time: string;
  /** Display name or number as in the export; '' for system messages. */
  readonly sender: string;
  readonly text: string;
  readonly kind: MessageKind;
  /** 1-based line of the message header in the export (WhatsApp), or index in the chat (Telegram). */
  readonly line: number;
  readonly attachment?: string;
  /** Links the export gave separately (Telegram text_entities hrefs). */
  readonly links?: readonly string[];
  /** Whether the sender is a saved contact (true: a name; false: a bare number), when the export tells. */
  readonly senderKnown?: boolean;
}

/** Something that could not be read; the rest is still scanned. */
export interface ParseIssue {
  readonly line: number;
  readonly reason: string;
  /** A short redacted excerpt, when it helps. */
  readonly excerpt?: string;
}

/** One scanned message as it goes into the JSON report (text redacted). */
export interface ScannedMessage {
  readonly chat: string;
  readonly time: string;
  readonly sender: string;
  readonly text: string;
  readonly kind: MessageKind;
  readonly line: number;
  readonly level: Level;
  readonly score: number;
  readonly attack?: string;
  readonly findings: readonly ScannedFinding[];
}

export interface ScannedFinding {
  readonly rule: string;
  readonly severity: string;
  readonly attack?: string;
  /** Rendered in the report language. */
  readonly reason: string;
}

/** A flagged message kept for the report, with its verdict. */
export interface FlaggedMessage extends ScannedMessage {
  readonly verdict: Verdict;
  /** Sequence number of the message in the whole scan (0-based). */
  readonly seq: number;
  readonly codeRequest: boolean;
  readonly links: readonly string[];
}

export type Confidence = 'low' | 'medium' | 'high';

export type SignalKind = 'same-lure-many-chats' | 'repeated-lure' | 'money-after-lure' | 'language-change';

/** A sign that a participant's account was taken over. */
export interface TakeoverSignal {
  readonly kind: SignalKind;
  readonly sender: string;
  readonly confidence: Confidence;
  /** Report-string id and parameters (rendered in kk/ru/en by report/strings.ts). */
  readonly explanation: { readonly id: string; readonly params: Readonly<Record<string, string | number>> };
  /** Sequence numbers of the messages behind the signal. */
  readonly messages: readonly number[];
  readonly chats: readonly string[];
}

export interface LevelCounts {
  safe: number;
  unknown: number;
  suspicious: number;
  dangerous: number;
}

export interface ChatSummary {
  readonly chat: string;
  messages: number;
  textMessages: number;
  media: number;
  system: number;
  levels: LevelCounts;
  codeRequests: number;
  first: string;
  last: string;
}

export interface SenderSummary {
  readonly sender: string;
  messages: number;
  levels: LevelCounts;
  chats: number;
  /** Messages per language (core's guess, else the script). */
  languages: Record<string, number>;
}

export interface IndicatorSet {
  /** Domains of links in flagged messages (lookalike, kit, unknown hosts). */
  readonly domains: readonly string[];
  readonly urls: readonly string[];
}

export interface ScanReport {
  readonly format: ExportFormat | 'unknown';
  readonly lang: string;
  readonly totals: { messages: number; text: number; media: number; system: number; deleted: number; levels: LevelCounts };
  readonly chats: readonly ChatSummary[];
  readonly senders: readonly SenderSummary[];
  readonly flagged: readonly FlaggedMessage[];
  /** Flagged messages not kept (bound on memory): counted only. */
  readonly flaggedDropped: number;
  readonly signals: readonly TakeoverSignal[];
  readonly indicators: IndicatorSet;
  readonly issues: readonly ParseIssue[];
  readonly issuesDropped: number;
}
