/**
 * Fastify plugin: POST /v1/tiplines/telegram/webhook. Telegram sends the secret given to
 * setWebhook(secret_token) in X-Telegram-Bot-Api-Secret-Token; anything else is refused.
 */
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { Update } from 'grammy/types';
import { safeEqual } from '../whatsapp/signature.ts';
import type { TelegramTipline } from './bot.ts';

export interface TelegramWebhookOptions {
  readonly tipline: TelegramTipline;
  readonly secretToken: string;
  readonly path?: string;
}

const err = (code: string, message: string) => ({ error: { code, message } });

export const telegramWebhookPlugin: FastifyPluginAsync<TelegramWebhookOptions> = async (app: FastifyInstance, opts) => {
  if (!opts.secretToken) throw new Error('telegramWebhookPlugin: secretToken is required');
  app.post(opts.path ?? '/v1/tiplines/telegram/webhook', async (req, reply) => {
    const header = req.headers['x-telegram-bot-api-secret-token'];
    if (typeof header !== 'string' || !safeEqual(header, opts.secretToken)) return reply.code(401).send(err('GG_ERR_SIGNATURE', 'secret token missing or wrong'));
    const body = req.body as Partial<Update> | undefined;
    if (!body || typeof body !== 'object' || typeof body.update_id !== 'number') return reply.code(400).send(err('GG_ERR_VALIDATION', 'not a Telegram update'));
    await opts.tipline.handleUpdate(body as Update);
    return reply.send({ ok: true });
  });
  app.addHook('onClose', async () => opts.tipline.stop());
};
