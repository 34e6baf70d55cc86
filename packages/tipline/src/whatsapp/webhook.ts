/**
 * Fastify plugin: GET and POST /v1/tiplines/whatsapp/webhook. Register it *without*
 * fastify-plugin (as an encapsulated plugin): it replaces the JSON parser in its own scope with
 * one that keeps the raw bytes, because the signature is over the raw body.
 */
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { safeEqual, verifySignature } from './signature.ts';
import type { WhatsAppTipline } from './tipline.ts';

export interface WhatsAppWebhookOptions {
  readonly tipline: WhatsAppTipline;
  readonly appSecret: string;
  readonly verifyToken: string;
  readonly path?: string;
  /** Webhook bodies are small (a few KB); media comes by id, not inline. */
  readonly bodyLimit?: number;
  /** Starts the outbox timer with the server and stops it on close (default true). */
  readonly runOutbox?: boolean;
}

const err = (code: string, message: string) => ({ error: { code, message } });

export const whatsappWebhookPlugin: FastifyPluginAsync<WhatsAppWebhookOptions> = async (app: FastifyInstance, opts) => {
  const path = opts.path ?? '/v1/tiplines/whatsapp/webhook';
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: opts.bodyLimit ?? 1024 * 1024 }, (_req, body, done) => done(null, body));

  app.get(path, async (req, reply) => {
    const q = req.query as Record<string, unknown>;
    const mode = q['hub.mode'];
    const token = q['hub.verify_token'];
    const challenge = q['hub.challenge'];
    if (mode !== 'subscribe' || typeof token !== 'string' || !safeEqual(token, opts.verifyToken)) {
      return reply.code(403).send(err('GG_ERR_FORBIDDEN', 'verification failed'));
    }
    // Meta sends a number; anything else is not echoed (no reflected content).
    if (typeof challenge !== 'string' || !/^[A-Za-z0-9_-]{1,128}$/.test(challenge)) {
      return reply.code(400).send(err('GG_ERR_VALIDATION', 'hub.challenge missing or malformed'));
    }
    return reply.type('text/plain; charset=utf-8').send(challenge);
  });

  app.post(path, async (req, reply) => {
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const header = req.headers['x-hub-signature-256'];
    if (typeof header !== 'string') return reply.code(401).send(err('GG_ERR_SIGNATURE', 'X-Hub-Signature-256 missing'));
    if (!verifySignature(opts.appSecret, raw, header)) return reply.code(401).send(err('GG_ERR_SIGNATURE', 'signature does not match'));
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      return reply.code(400).send(err('GG_ERR_VALIDATION', 'body is not JSON'));
    }
    const r = await opts.tipline.handleEvent(body);
    // Stale and duplicate events are acknowledged (200) so that WhatsApp stops redelivering them.
    return reply.send({ ok: true, ...r });
  });

  if (opts.runOutbox !== false) {
    app.addHook('onReady', async () => opts.tipline.start());
    app.addHook('onClose', async () => opts.tipline.stop());
  }
};
