/**
 * The tiplines inside the service: configuration from the environment (a channel without its
 * variables is off and says so), the Kysely store, the WhatsApp and Telegram adapters, their
 * webhook routes, and retention of what the tiplines keep.
 */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import {
  createTelegramTipline,
  createWhatsAppTipline,
  telegramWebhookPlugin,
  tiplineConfigFromEnv,
  whatsappWebhookPlugin,
  type TelegramTipline,
  type TiplineConfig,
  type WhatsAppTipline,
} from '@ghostguard/tipline';
import type { Database } from '../db/schema.ts';
import type { DbKind } from '../db/connect.ts';
import { createKyselyTiplineStore, type KyselyTiplineStore } from '../repos/tipline-store.ts';
import type { ImageChecker } from '../image-check.ts';

export interface Tiplines {
  readonly config: TiplineConfig;
  readonly store: KyselyTiplineStore;
  readonly whatsapp?: WhatsAppTipline;
  readonly telegram?: TelegramTipline;
}

export interface TiplineSetupOptions {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly db: Kysely<Database>;
  readonly kind: DbKind;
  readonly images: ImageChecker;
  /** Operational messages (never message content: the adapters log only error text). */
  readonly log: (msg: string) => void;
  readonly onReport?: (channel: 'whatsapp' | 'telegram', id: string) => void;
}

export function createTiplines(o: TiplineSetupOptions): Tiplines {
  const config = tiplineConfigFromEnv(o.env);
  const store = createKyselyTiplineStore(o.db, o.kind);
  const common = { store, userKeySecret: config.userKeySecret, image: o.images.tiplineOptions, log: o.log };
  const whatsapp = config.whatsapp.on
    ? createWhatsAppTipline({
        ...common, config: config.whatsapp.config,
        ...(o.onReport ? { onReport: (id: string) => o.onReport?.('whatsapp', id) } : {}),
        outbox: { onError: (item, err) => o.log(`whatsapp outbox: item ${item.id} attempt ${item.attempts}: ${String((err as Error)?.message ?? err).slice(0, 200)}`) },
      })
    : undefined;
  const tg = config.telegramWebhook.on ? config.telegramWebhook.config : undefined;
  const telegram = tg
    ? createTelegramTipline({ ...common, token: tg.token, apiUrl: tg.apiUrl, ...(o.onReport ? { onReport: (id: string) => o.onReport?.('telegram', id) } : {}) })
    : undefined;
  return { config, store, ...(whatsapp ? { whatsapp } : {}), ...(telegram ? { telegram } : {}) };
}

/**
 * The webhook routes, each an encapsulated plugin (not fastify-plugin): the WhatsApp one reads
 * raw bytes for its signature in its own scope. No session, CSRF or global rate limit applies:
 * the callers are Meta and Telegram, authenticated by signature and by secret header. The
 * WhatsApp plugin starts the outbox timer when the server is ready and stops it on close.
 */
export async function registerTiplineWebhooks(app: FastifyInstance, t: Tiplines): Promise<void> {
  const wa = t.config.whatsapp;
  if (t.whatsapp && wa.on) {
    await app.register(whatsappWebhookPlugin, { tipline: t.whatsapp, appSecret: wa.config.appSecret, verifyToken: wa.config.verifyToken });
  }
  const tg = t.config.telegramWebhook;
  if (t.telegram && tg.on && tg.config.webhookSecret) {
    await app.register(telegramWebhookPlugin, { tipline: t.telegram, secretToken: tg.config.webhookSecret });
  }
}

const DAY = 86_400_000;
/** Message ids only deduplicate redeliveries (WhatsApp retries for up to 7 days). */
export const MESSAGE_ID_RETENTION_DAYS = 7;
/** Sent replies and given-up ones (which still hold a phone number) go after a week. */
export const OUTBOX_RETENTION_DAYS = 7;

export interface TiplineRetentionResult {
  readonly messages: number;
  readonly outbox: number;
  readonly conversations: number;
}

export async function enforceTiplineRetention(store: KyselyTiplineStore, conversationDays: number, nowMs = Date.now()): Promise<TiplineRetentionResult> {
  return {
    messages: await store.pruneMessages(new Date(nowMs - MESSAGE_ID_RETENTION_DAYS * DAY)),
    outbox: await store.pruneOutbox(new Date(nowMs - OUTBOX_RETENTION_DAYS * DAY)),
    conversations: await store.pruneConversations(new Date(nowMs - conversationDays * DAY)),
  };
}

/** Runs on start and then daily; errors are reported, never thrown. Returns a stop function. */
export function scheduleTiplineRetention(store: KyselyTiplineStore, conversationDays: number, onResult: (r: TiplineRetentionResult | Error) => void): () => void {
  const run = () => enforceTiplineRetention(store, conversationDays).then(onResult, (e: unknown) => onResult(e instanceof Error ? e : new Error(String(e))));
  void run();
  const timer = setInterval(run, DAY);
  timer.unref();
  return () => clearInterval(timer);
}
