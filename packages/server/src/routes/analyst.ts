/** Analyst endpoints (authenticated): submissions, reports, scans, indicators, allowlist, audit. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { IsoDate, jsonSchema, LangSchema, Limit, parseInput, resolveLang, Uuid } from '../http/validation.ts';
import { AppError } from '../errors.ts';
import { requireAnalyst } from './auth.ts';
import { loadScan, scanView } from './scans.ts';

const Level = z.enum(['safe', 'unknown', 'suspicious', 'dangerous']);
const Cursor = z.string().max(500).optional();
const Q = z.string().max(200).optional();

const SubmissionsQuery = z.object({ kind: z.enum(['text', 'url', 'html']).optional(), level: Level.optional(), q: Q, from: IsoDate.optional(), to: IsoDate.optional(), limit: Limit, cursor: Cursor });
const ReportsQuery = z.object({ level: Level.optional(), happened: z.string().max(40).optional(), region: z.string().max(100).optional(), q: Q, from: IsoDate.optional(), to: IsoDate.optional(), limit: Limit, cursor: Cursor });
const ScansQuery = z.object({ status: z.enum(['queued', 'running', 'done', 'failed']).optional(), level: Level.optional(), limit: Limit, cursor: Cursor });
const IndicatorsQuery = z.object({ status: z.enum(['suspected', 'confirmed', 'false-positive', 'allowlisted', 'expired']).optional(), type: z.enum(['domain', 'url']).optional(), q: Q, limit: Limit, cursor: Cursor });
const AuditQuery = z.object({ limit: Limit, cursor: Cursor });
const IdParams = z.object({ id: Uuid });
const ConfirmBody = z.strictObject({ note: z.string().max(2000).optional() });
const FalsePositiveBody = z.strictObject({ reason: z.string().trim().min(1).max(2000) });
const AllowlistBody = z.strictObject({ value: z.string().trim().min(1).max(2048), reason: z.string().trim().min(1).max(2000) });

/** Strips undefined so that repository filters get only what was asked for. */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const actorOf = (req: FastifyRequest) => req.principal?.actor ?? 'unknown';

export function registerAnalystRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { repos } = ctx;
  const preHandler = requireAnalyst(ctx);
  const tags = ['analyst'];

  app.get('/v1/analyst/submissions', { preHandler, schema: { tags, querystring: jsonSchema(SubmissionsQuery) } }, async (req) =>
    repos.submissions.list(defined(parseInput(SubmissionsQuery, req.query, 'query'))));

  app.get('/v1/analyst/reports', { preHandler, schema: { tags, querystring: jsonSchema(ReportsQuery) } }, async (req) =>
    repos.reports.list(defined(parseInput(ReportsQuery, req.query, 'query'))));

  app.get('/v1/analyst/scans', { preHandler, schema: { tags, querystring: jsonSchema(ScansQuery) } }, async (req) =>
    repos.scans.list(defined(parseInput(ScansQuery, req.query, 'query'))));

  app.get('/v1/analyst/scans/:id', { preHandler, schema: { tags } }, async (req) => {
    const lang = resolveLang(LangSchema.safeParse((req.query as Record<string, unknown> | undefined)?.['lang']).data, req.headers['accept-language']);
    return scanView(await loadScan(ctx, req.params), lang, true);
  });

  app.get('/v1/analyst/indicators', { preHandler, schema: { tags, querystring: jsonSchema(IndicatorsQuery) } }, async (req) =>
    repos.indicators.list(defined(parseInput(IndicatorsQuery, req.query, 'query'))));

  async function indicatorAction(req: FastifyRequest, status: 'confirmed' | 'false-positive', note: string | null) {
    const r = IdParams.safeParse(req.params);
    const item = r.success ? await repos.indicators.setStatus(r.data.id, status, note) : undefined;
    if (!item) throw new AppError('GG_ERR_NOT_FOUND', 'no such indicator', { field: 'id' });
    await repos.audit.add(actorOf(req), status === 'confirmed' ? 'indicator-confirm' : 'indicator-false-positive', `${item.type}:${item.value}`, note ? { note } : {});
    return item;
  }

  app.post('/v1/analyst/indicators/:id/confirm', { preHandler, schema: { tags, body: jsonSchema(ConfirmBody) } }, async (req) => {
    const b = parseInput(ConfirmBody, req.body ?? {});
    return indicatorAction(req, 'confirmed', b.note ?? null);
  });

  app.post('/v1/analyst/indicators/:id/false-positive', { preHandler, schema: { tags, body: jsonSchema(FalsePositiveBody) } }, async (req) => {
    const b = parseInput(FalsePositiveBody, req.body);
    return indicatorAction(req, 'false-positive', b.reason);
  });

  app.post('/v1/analyst/allowlist', { preHandler, schema: { tags, body: jsonSchema(AllowlistBody) } }, async (req, reply) => {
    const b = parseInput(AllowlistBody, req.body);
    const r = await repos.indicators.allowlist(b.value, b.reason, actorOf(req));
    await repos.audit.add(actorOf(req), 'allowlist', b.value, { reason: b.reason });
    reply.status(201);
    return { id: r.id, value: b.value, reason: b.reason, indicatorsUpdated: r.updated };
  });

  app.get('/v1/analyst/audit', { preHandler, schema: { tags, querystring: jsonSchema(AuditQuery) } }, async (req) =>
    repos.audit.list(defined(parseInput(AuditQuery, req.query, 'query'))));
}
