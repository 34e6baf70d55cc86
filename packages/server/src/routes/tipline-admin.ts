/**
 * Analyst endpoints of the tiplines: the outbox by state (above all `dead`: replies that could
 * not be delivered) and "try again". Recipients are shown only in their redacted form.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { OutboxItem } from '@ghostguard/tipline';
import type { AppContext } from '../http/context.ts';
import { jsonSchema, parseInput, Uuid } from '../http/validation.ts';
import { AppError } from '../errors.ts';
import { requireAnalyst } from './auth.ts';
import type { Tiplines } from '../tiplines/setup.ts';

const OutboxQuery = z.object({
  state: z.enum(['pending', 'sending', 'sent', 'dead']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
const IdParams = z.object({ id: Uuid });
const PREVIEW_CHARS = 160;

/** What an analyst sees of a reply: never the raw recipient (a phone number until sent). */
export function outboxView(i: OutboxItem) {
  const p = (i.payload ?? {}) as { headline?: unknown; lang?: unknown };
  return {
    id: i.id,
    channel: i.channel,
    recipient: i.recipientHint,
    state: i.state,
    attempts: i.attempts,
    createdAt: i.createdAt.toISOString(),
    updatedAt: i.updatedAt.toISOString(),
    nextAttemptAt: i.nextAttemptAt.toISOString(),
    ...(typeof p.lang === 'string' ? { lang: p.lang } : {}),
    ...(typeof p.headline === 'string' ? { preview: p.headline.slice(0, PREVIEW_CHARS) } : {}),
    ...(i.lastError ? { lastError: i.lastError } : {}),
    ...(i.providerMessageId ? { providerMessageId: i.providerMessageId } : {}),
  };
}

const actorOf = (req: FastifyRequest) => req.principal?.actor ?? 'unknown';

export function registerTiplineAdminRoutes(app: FastifyInstance, ctx: AppContext, t: Tiplines): void {
  const preHandler = requireAnalyst(ctx);
  const tags = ['analyst'];

  app.get('/v1/analyst/tiplines/outbox', { preHandler, schema: { tags, summary: 'Tipline replies by state (dead = not delivered)', querystring: jsonSchema(OutboxQuery) } }, async (req) => {
    const q = parseInput(OutboxQuery, req.query ?? {}, 'query');
    const items = await t.store.listOutbox({ ...(q.state ? { state: q.state } : {}), limit: q.limit });
    return { items: items.map(outboxView), counts: await t.store.countOutbox(), channels: t.config.describe() };
  });

  app.post('/v1/analyst/tiplines/outbox/:id/requeue', { preHandler, schema: { tags, summary: 'Try a dead tipline reply again' } }, async (req) => {
    const r = IdParams.safeParse(req.params);
    if (!r.success) throw new AppError('GG_ERR_NOT_FOUND', 'no such outbox item', { field: 'id' });
    const id = r.data.id;
    const done = await t.store.requeue(id, new Date());
    if (!done) {
      throw (await t.store.getOutbox(id)) ? new AppError('GG_ERR_CONFLICT', 'only a dead item can be requeued', { field: 'id' }) : new AppError('GG_ERR_NOT_FOUND', 'no such outbox item', { field: 'id' });
    }
    await ctx.repos.audit.add(actorOf(req), 'tipline-requeue', `outbox:${id}`, {});
    // Sent at once when the API is back; otherwise the outbox timer retries with backoff.
    if (t.whatsapp) void t.whatsapp.outbox.pump().catch(() => undefined);
    return { id, state: 'pending' };
  });
}
