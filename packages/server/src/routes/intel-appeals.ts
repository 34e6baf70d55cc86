/**
 * The false-positive appeal path: a site owner asks (public, rate-limited), an analyst resolves
 * (CSRF-checked like every state-changing analyst request, audited). Plus the indicator lifecycle
 * view (sources, expiry) and feed statistics for analysts.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { rateLimit } from '../http/context.ts';
import { jsonSchema, Limit, parseInput, Uuid } from '../http/validation.ts';
import { AppError } from '../errors.ts';
import { requireAnalyst } from './auth.ts';
import { appealHost } from '../repos/intel-indicators.ts';
import { redactText } from '../redact.ts';

/** Appeals are rare and each costs an analyst's time: at most 5 per client per minute. */
const APPEALS_PER_MINUTE = 5;

const AppealBody = z.strictObject({
  value: z.string().trim().min(1).max(2048),
  reason: z.string().trim().min(10, 'say why (at least 10 characters)').max(2000),
  contact: z.string().trim().max(200).regex(/^[^\s@]{1,100}@[^\s@]{1,100}$/, 'an e-mail address').optional(),
});
const ResolveBody = z.strictObject({ decision: z.enum(['upheld', 'rejected']), note: z.string().trim().min(3).max(2000) });
const AppealsQuery = z.strictObject({ status: z.enum(['open', 'upheld', 'rejected']).optional(), limit: Limit, cursor: z.string().max(500).optional() });
const IdParams = z.object({ id: Uuid });

export function registerIntelAppealRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { repos, config } = ctx;
  const preHandler = requireAnalyst(ctx);
  const tags = ['analyst', 'intel'];

  app.post('/v1/appeals', {
    config: rateLimit(config.RATE_LIMIT_PER_MINUTE === 0 ? 0 : Math.min(APPEALS_PER_MINUTE, config.RATE_LIMIT_PER_MINUTE)),
    schema: { tags: ['public'], summary: 'A site owner asks to remove a false positive (domain or URL, with a reason)', body: jsonSchema(AppealBody) },
  }, async (req, reply) => {
    const b = parseInput(AppealBody, req.body);
    if (!appealHost(b.value)) throw new AppError('GG_ERR_VALIDATION', 'value: a domain name or an http(s) URL', { field: 'value' });
    // The owner's reason is free text: phone numbers and codes in it are redacted like any stored text.
    const a = await repos.intel.indicators.createAppeal(b.value, redactText(b.reason), b.contact);
    reply.status(201);
    return { id: a.id, status: a.status, createdAt: a.createdAt };
  });

  app.get('/v1/analyst/appeals', { preHandler, schema: { tags, querystring: jsonSchema(AppealsQuery) } }, async (req) => {
    const q = parseInput(AppealsQuery, req.query, 'query');
    return repos.intel.indicators.listAppeals({ limit: q.limit, ...(q.status ? { status: q.status } : {}), ...(q.cursor ? { cursor: q.cursor } : {}) });
  });

  app.post('/v1/analyst/appeals/:id/resolve', { preHandler, schema: { tags, summary: 'Uphold (allowlist the host, mark its indicators) or reject an appeal, once', body: jsonSchema(ResolveBody) } }, async (req) => {
    const { id } = parseInput(IdParams, req.params, 'params');
    const b = parseInput(ResolveBody, req.body);
    const actor = req.principal?.actor ?? 'unknown';
    const r = await repos.intel.indicators.resolveAppeal(id, b.decision, actor, b.note);
    if (!r) {
      if (await repos.intel.indicators.getAppeal(id)) throw new AppError('GG_ERR_CONFLICT', 'this appeal is already resolved', { field: 'id' });
      throw new AppError('GG_ERR_NOT_FOUND', 'no such appeal', { field: 'id' });
    }
    await repos.audit.add(actor, `appeal-${b.decision}`, r.appeal.value.slice(0, 300), { appeal: id, note: b.note, indicatorsChanged: r.changed });
    return { ...r.appeal, indicatorsChanged: r.changed };
  });

  app.get('/v1/analyst/indicators/:id/lifecycle', { preHandler, schema: { tags, summary: 'An indicator with its sources and expiry' } }, async (req) => {
    const { id } = parseInput(IdParams, req.params, 'params');
    const item = await repos.intel.indicators.lifecycle(id);
    if (!item) throw new AppError('GG_ERR_NOT_FOUND', 'no such indicator', { field: 'id' });
    return item;
  });

  app.get('/v1/analyst/feeds', { preHandler, schema: { tags, summary: 'Phishing feed sources with statistics and reputation' } }, async () => {
    const items = await repos.intel.state.feedStats().list();
    // Feed URLs may carry an API key: analysts see the host, not the path.
    return { items: items.map(({ url, etag: _e, lastModified: _l, ...s }) => ({ ...s, host: URL.canParse(url) ? new URL(url).host : '' })) };
  });
}
