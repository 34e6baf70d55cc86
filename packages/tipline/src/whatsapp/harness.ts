/** Test and bench support: a WhatsApp tipline wired to a fake Graph API and a Fastify app. */
import Fastify, { type FastifyInstance } from 'fastify';
import type { WhatsAppConfig } from '../config.ts';
import { createMemoryStore } from '../memory-store.ts';
import type { TiplineStore } from '../store.ts';
import { startFakeGraph, type FakeGraph } from '../testing/fake-graph.ts';
import { signBody } from './signature.ts';
import { WhatsAppTipline } from './tipline.ts';
import { whatsappWebhookPlugin } from './webhook.ts';
import type { RateLimiter } from '../rate-limit.ts';

export const WA_SECRET = 'test-app-secret';
export const WA_VERIFY = 'test-verify-token';
export const WA_TOKEN = 'test-access-token';
export const WA_PHONE_ID = '106540352242922';

export interface WhatsAppHarness {
  readonly app: FastifyInstance;
  readonly tipline: WhatsAppTipline;
  readonly graph: FakeGraph;
  readonly store: TiplineStore;
  /** The fake clock (ms); advance it with `clock.t += …`. */
  readonly clock: { t: number };
  post(body: unknown, signature?: string | null): Promise<{ status: number; json: Record<string, unknown> }>;
  close(): Promise<void>;
}

let seq = 0;

/** A webhook body with one message from `from`, stamped at the fake clock's time (or `ageMs` earlier). */
export function waEvent(from: string, message: Record<string, unknown>, clockMs: number, ageMs = 0): Record<string, unknown> {
  return {
    object: 'whatsapp_business_account',
    entry: [{
      id: '0',
      changes: [{
        field: 'messages',
        value: {
          messaging_product: 'whatsapp',
          metadata: { display_phone_number: '77000000000', phone_number_id: WA_PHONE_ID },
          contacts: [{ profile: { name: 'Test' }, wa_id: from }],
          messages: [{ from, id: `wamid.in.${++seq}.${clockMs}`, timestamp: String(Math.floor((clockMs - ageMs) / 1000)), ...message }],
        },
      }],
    }],
  };
}

export async function startWhatsAppHarness(opts: { templateName?: string; rateLimiter?: RateLimiter; recognise?: (b: Uint8Array) => Promise<string> } = {}): Promise<WhatsAppHarness> {
  const graph = await startFakeGraph({ accessToken: WA_TOKEN, phoneNumberId: WA_PHONE_ID });
  const config: WhatsAppConfig = {
    appSecret: WA_SECRET, verifyToken: WA_VERIFY, accessToken: WA_TOKEN, phoneNumberId: WA_PHONE_ID,
    graphUrl: graph.url, apiVersion: 'v21.0', templateLangs: { kk: 'kk', ru: 'ru', en: 'en' },
    ...(opts.templateName ? { templateName: opts.templateName } : {}),
  };
  const store = createMemoryStore();
  const clock = { t: Date.parse('2026-03-02T09:00:00Z') };
  const tipline = new WhatsAppTipline({
    config, store, userKeySecret: 'k', now: () => new Date(clock.t),
    outbox: { baseDelayMs: 1000, maxAttempts: 4, random: () => 0.5 },
    ...(opts.rateLimiter ? { rateLimiter: opts.rateLimiter } : {}),
    ...(opts.recognise ? { image: { recognise: opts.recognise } } : {}),
  });
  const app = Fastify({ logger: false });
  await app.register(whatsappWebhookPlugin, { tipline, appSecret: WA_SECRET, verifyToken: WA_VERIFY, runOutbox: false });
  await app.ready();
  return {
    app, tipline, graph, store, clock,
    async post(body, signature) {
      const raw = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (signature !== null) headers['x-hub-signature-256'] = signature ?? signBody(WA_SECRET, raw);
      const res = await app.inject({ method: 'POST', url: '/v1/tiplines/whatsapp/webhook', headers, payload: raw });
      await tipline.idle();
      return { status: res.statusCode, json: res.json() as Record<string, unknown> };
    },
    async close() {
      await app.close();
      await tipline.stop();
      await graph.close();
    },
  };
}
