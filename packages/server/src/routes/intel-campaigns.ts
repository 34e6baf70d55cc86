/**
 * Analyst endpoints of threat intelligence: campaigns (list, page, one-click export of a
 * campaign's indicators) and trends with a forecast. Auth as the other analyst routes.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { jsonSchema, Limit, parseInput } from '../http/validation.ts';
import { AppError } from '../errors.ts';
import { requireAnalyst } from './auth.ts';
import { etagMatches } from './export.ts';
import { campaignExport, campaignView } from '../intel/campaign-view.ts';
import { trendsFromStore } from '../intel/trends-data.ts';

const CampaignId = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, 'not a campaign id') });
const ListQuery = z.strictObject({
  limit: Limit, cursor: z.string().max(500).optional(),
  minMembers: z.coerce.number().int().min(1).max(10_000).default(1),
  brand: z.string().max(40).optional(), attack: z.string().max(40).optional(),
});
const ExportQuery = z.strictObject({ format: z.enum(['stix', 'misp', 'rpz', 'hosts', 'filters', 'csv', 'json']) });
const TrendsQuery = z.strictObject({ days: z.coerce.number().int().min(1).max(365).default(30), horizon: z.coerce.number().int().min(1).max(60).default(14) });
const FILE_EXT: Readonly<Record<string, string>> = { stix: 'json', misp: 'json', rpz: 'rpz', hosts: 'txt', filters: 'txt', csv: 'csv', json: 'json' };

const notFound = () => new AppError('GG_ERR_NOT_FOUND', 'no such campaign', { field: 'id' });

export function registerIntelCampaignRoutes(app: FastifyInstance, ctx: AppContext): void {
  const preHandler = requireAnalyst(ctx);
  const tags = ['analyst', 'intel'];

  app.get('/v1/analyst/campaigns', { preHandler, schema: { tags, summary: 'Campaigns, most recently active first', querystring: jsonSchema(ListQuery) } }, async (req) => {
    const q = parseInput(ListQuery, req.query, 'query');
    return ctx.repos.intel.campaigns.list({ limit: q.limit, minMembers: q.minMembers, ...(q.cursor ? { cursor: q.cursor } : {}), ...(q.brand ? { brand: q.brand } : {}), ...(q.attack ? { attack: q.attack } : {}) });
  });

  app.get('/v1/analyst/campaigns/:id', { preHandler, schema: { tags, summary: 'One campaign: timeline, members, lures (redacted), screenshots, domains, indicators' } }, async (req) => {
    const { id } = parseInput(CampaignId, req.params, 'params');
    const v = await campaignView(ctx.repos, id);
    if (!v) throw notFound();
    return v;
  });

  app.get('/v1/analyst/campaigns/:id/export', { preHandler, schema: { tags, summary: "The campaign's live indicators as STIX 2.1, MISP, RPZ, hosts, filters, CSV or JSON", querystring: jsonSchema(ExportQuery) } }, async (req, reply) => {
    const { id } = parseInput(CampaignId, req.params, 'params');
    const { format } = parseInput(ExportQuery, req.query, 'query');
    const r = await campaignExport(ctx.repos, id, format);
    if (!r) throw notFound();
    reply.header('etag', r.etag).header('cache-control', 'private, no-cache').header('x-indicator-count', String(r.count));
    if (etagMatches(req.headers['if-none-match'], r.etag)) return reply.code(304).send();
    return reply.header('content-type', r.contentType)
      .header('content-disposition', `attachment; filename="ghostguard-campaign-${id.slice(0, 8)}.${FILE_EXT[format] ?? 'txt'}"`)
      .send(r.body);
  });

  app.get('/v1/analyst/trends', { preHandler, schema: { tags, summary: 'Reports and detections per day by attack, brand, language, region; top lures and domains; forecast', querystring: jsonSchema(TrendsQuery) } }, async (req) => {
    const q = parseInput(TrendsQuery, req.query, 'query');
    return trendsFromStore(ctx.repos, q.days, q.horizon);
  });
}
