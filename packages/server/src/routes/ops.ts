/** /healthz (process alive), /readyz (database and queue answer), /metrics (Prometheus). */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../http/context.ts';
import { AppError } from '../errors.ts';

async function withDeadline<T>(p: Promise<T>, ms: number, fallback: T): Promise<T> {
  let t: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((r) => (t = setTimeout(() => r(fallback), ms)));
  try {
    return await Promise.race([p.catch(() => fallback), timeout]);
  } finally {
    clearTimeout(t);
  }
}

export function registerOpsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tags = ['ops'];
  app.get('/healthz', { schema: { tags } }, async () => ({ ok: true }));

  app.get('/readyz', { schema: { tags } }, async () => {
    const [db, queue] = await Promise.all([
      withDeadline(ctx.repos.jobs.ping().then(() => true), 2000, false),
      withDeadline(ctx.queue.ready(), 2000, false),
    ]);
    if (!db || !queue) throw new AppError('GG_ERR_NOT_READY', `not ready: database ${db ? 'ok' : 'down'}, queue ${queue ? 'ok' : 'down'}`);
    return { ok: true, db: ctx.repos.kind, queue: ctx.queue.kind };
  });

  app.get('/metrics', { schema: { tags } }, async (_req, reply) => {
    const [queueDepth, scansByStatus] = await Promise.all([
      withDeadline(ctx.queue.depth(), 2000, undefined),
      withDeadline(ctx.repos.scans.countByStatus(), 2000, undefined),
    ]);
    reply.type('text/plain; version=0.0.4; charset=utf-8');
    return ctx.metrics.render({
      ...(queueDepth !== undefined ? { queueDepth } : {}),
      ...(scansByStatus !== undefined ? { scansByStatus } : {}),
      up: scansByStatus !== undefined ? 1 : 0,
      checksPending: ctx.checks.size,
    });
  });
}
