/**
 * @ghostguard/tipline — the Telegram bot and the WhatsApp Cloud API tipline.
 * The service registers the webhook plugins and implements TiplineStore over its database
 * (and runs `runTiplineStoreContract` against it).
 */
export { tiplineConfigFromEnv, userKeyOf, DEFAULT_GRAPH_VERSION } from './config.ts';
export type { TiplineConfig, WhatsAppConfig, TelegramConfig, ChannelState } from './config.ts';
export type { TiplineStore, Channel, Conversation, CaseSummary, OutboxItem, OutboxState, NewOutboxItem, TiplineReport, StoredReport } from './store.ts';
export { createMemoryStore } from './memory-store.ts';
export { runTiplineStoreContract } from './store-contract.ts';
export type { StoreUnderTest } from './store-contract.ts';
export { OutboxWorker, SendError } from './outbox.ts';
export type { OutboxOptions } from './outbox.ts';
export { RateLimiter } from './rate-limit.ts';
export { Dialogue, textCommand } from './dialogue.ts';
export type { DialogueEvent, Command } from './dialogue.ts';
export { answerText, answerImage, answerHappened, formatVerdict } from './respond.ts';
export type { Answer, Reply, ReplyButton } from './respond.ts';
export { TEXTS, LANGUAGE_NAMES } from './texts.ts';
export type { Happened, TiplineTexts } from './texts.ts';
export { redact, redactRecipient } from './redact.ts';
export { WhatsAppTipline, createWhatsAppTipline, SERVICE_WINDOW_MS } from './whatsapp/tipline.ts';
export type { WhatsAppTiplineOptions, EventResult } from './whatsapp/tipline.ts';
export { whatsappWebhookPlugin } from './whatsapp/webhook.ts';
export type { WhatsAppWebhookOptions } from './whatsapp/webhook.ts';
export { signBody, verifySignature } from './whatsapp/signature.ts';
export { TelegramTipline, createTelegramTipline } from './telegram/bot.ts';
export type { TelegramTiplineOptions } from './telegram/bot.ts';
export { telegramWebhookPlugin } from './telegram/webhook.ts';
export type { TelegramWebhookOptions } from './telegram/webhook.ts';
