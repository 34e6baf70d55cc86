/**
 * Tipline configuration from the environment (issue 6 §4). A channel without its settings is
 * off, and `describe()` says why, for the start-up log. Secrets never appear in `describe()`
 * or in error messages.
 */
import { createHash } from 'node:crypto';

export interface WhatsAppConfig {
  readonly appSecret: string;
  readonly verifyToken: string;
  readonly accessToken: string;
  readonly phoneNumberId: string;
  /** Base URL of the Graph API (tests and staging point it elsewhere). */
  readonly graphUrl: string;
  readonly apiVersion: string;
  /** Approved template for replies outside the 24-hour window; without it those wait as dead. */
  readonly templateName?: string;
  readonly templateLangs: Readonly<Record<string, string>>;
}

export interface TelegramConfig {
  readonly token: string;
  /** Required for the webhook; long polling (`ghostguard telegram`) does not need it. */
  readonly webhookSecret?: string;
  readonly apiUrl: string;
}

export type ChannelState<C> = { readonly on: true; readonly config: C } | { readonly on: false; readonly reason: string };

export interface TiplineConfig {
  readonly whatsapp: ChannelState<WhatsAppConfig>;
  readonly telegram: ChannelState<TelegramConfig>;
  /** The Telegram webhook route is on only with a webhook secret. */
  readonly telegramWebhook: ChannelState<TelegramConfig>;
  /** Key for hashing user ids into store keys (TIPLINE_USER_KEY_SECRET, else derived from the channel secrets). */
  readonly userKeySecret: string;
  describe(): string[];
}

type Env = Readonly<Record<string, string | undefined>>;

/** Graph API version used for the messages and media endpoints (Cloud API, 2025–26). */
export const DEFAULT_GRAPH_VERSION = 'v21.0';

function httpUrl(value: string | undefined, fallback: string): string | undefined {
  const v = (value ?? '').trim() || fallback;
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:' ? v.replace(/\/+$/, '') : undefined;
  } catch {
    return undefined;
  }
}

function whatsappFrom(env: Env): ChannelState<WhatsAppConfig> {
  const names = ['WHATSAPP_APP_SECRET', 'WHATSAPP_VERIFY_TOKEN', 'WHATSAPP_ACCESS_TOKEN', 'WHATSAPP_PHONE_NUMBER_ID'] as const;
  const missing = names.filter((n) => !(env[n] ?? '').trim());
  if (missing.length === names.length) return { on: false, reason: 'WHATSAPP_* not set' };
  if (missing.length > 0) return { on: false, reason: `missing ${missing.join(', ')}` };
  if (!/^\d{5,20}$/.test(env['WHATSAPP_PHONE_NUMBER_ID']!.trim())) return { on: false, reason: 'WHATSAPP_PHONE_NUMBER_ID must be the numeric id from the Meta app dashboard' };
  const graphUrl = httpUrl(env['WHATSAPP_GRAPH_URL'], 'https://graph.facebook.com');
  if (!graphUrl) return { on: false, reason: 'WHATSAPP_GRAPH_URL is not an http(s) URL' };
  const apiVersion = (env['WHATSAPP_API_VERSION'] ?? '').trim() || DEFAULT_GRAPH_VERSION;
  if (!/^v\d+\.\d+$/.test(apiVersion)) return { on: false, reason: 'WHATSAPP_API_VERSION must look like v21.0' };
  const templateName = (env['WHATSAPP_TEMPLATE_NAME'] ?? '').trim();
  return {
    on: true,
    config: {
      appSecret: env['WHATSAPP_APP_SECRET']!.trim(),
      verifyToken: env['WHATSAPP_VERIFY_TOKEN']!.trim(),
      accessToken: env['WHATSAPP_ACCESS_TOKEN']!.trim(),
      phoneNumberId: env['WHATSAPP_PHONE_NUMBER_ID']!.trim(),
      graphUrl,
      apiVersion,
      ...(templateName ? { templateName } : {}),
      // Template language codes as approved in WhatsApp Manager (kk, ru, en).
      templateLangs: { kk: 'kk', ru: 'ru', en: 'en' },
    },
  };
}

function telegramFrom(env: Env): ChannelState<TelegramConfig> {
  const token = (env['TELEGRAM_BOT_TOKEN'] ?? '').trim();
  if (!token) return { on: false, reason: 'TELEGRAM_BOT_TOKEN not set' };
  // BotFather tokens are "<bot id>:<35 chars>".
  if (!/^\d{3,20}:[A-Za-z0-9_-]{20,}$/.test(token)) return { on: false, reason: 'TELEGRAM_BOT_TOKEN does not look like a BotFather token' };
  const apiUrl = httpUrl(env['TELEGRAM_API_URL'], 'https://api.telegram.org');
  if (!apiUrl) return { on: false, reason: 'TELEGRAM_API_URL is not an http(s) URL' };
  const secret = (env['TELEGRAM_WEBHOOK_SECRET'] ?? '').trim();
  // Telegram's secret_token: 1–256 characters A-Z a-z 0-9 _ -.
  if (secret && !/^[A-Za-z0-9_-]{16,256}$/.test(secret)) return { on: false, reason: 'TELEGRAM_WEBHOOK_SECRET must be 16–256 characters of A-Z a-z 0-9 _ -' };
  return { on: true, config: { token, apiUrl, ...(secret ? { webhookSecret: secret } : {}) } };
}

export function tiplineConfigFromEnv(env: Env): TiplineConfig {
  const whatsapp = whatsappFrom(env);
  const telegram = telegramFrom(env);
  const telegramWebhook: ChannelState<TelegramConfig> =
    telegram.on && !telegram.config.webhookSecret
      ? { on: false, reason: 'TELEGRAM_WEBHOOK_SECRET not set (needed for the webhook; `ghostguard telegram` uses long polling)' }
      : telegram;
  const explicit = (env['TIPLINE_USER_KEY_SECRET'] ?? '').trim();
  const material = explicit || [whatsapp.on ? whatsapp.config.appSecret : '', telegram.on ? telegram.config.token : ''].join('|');
  const userKeySecret = createHash('sha256').update(`ghostguard-tipline-user-key|${material}`).digest('hex');
  return {
    whatsapp,
    telegram,
    telegramWebhook,
    userKeySecret,
    describe: () => [
      whatsapp.on ? `tipline whatsapp: on (phone number id ${whatsapp.config.phoneNumberId}, ${whatsapp.config.graphUrl}, template ${whatsapp.config.templateName ?? 'none'})` : `tipline whatsapp: off (${whatsapp.reason})`,
      telegramWebhook.on ? `tipline telegram webhook: on (${telegramWebhook.config.apiUrl})` : `tipline telegram webhook: off (${telegramWebhook.reason})`,
    ],
  };
}

/** Store key for a user: HMAC-like keyed hash, so the store never holds ids or phone numbers. */
export function userKeyOf(secret: string, channel: string, id: string | number): string {
  return createHash('sha256').update(`${secret}|${channel}|${id}`).digest('base64url').slice(0, 32);
}
