/**
 * GET /v1/export/{stix,misp,rpz,hosts,filters,csv,json}?since=&status= for authenticated consumers
 * (API key bearer or analyst session). The body is deterministic for the same data, so its hash is
 * a strong ETag: a resolver polling every few minutes with If-None-Match gets 304 and no body
 * until an indicator changes. Registered by app.ts with `registerExportRoutes(app, ctx)`.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { IsoDate, parseInput } from '../http/validation.ts';
import { requireAnalyst } from './auth.ts';
import { renderIndicatorExport } from '../intel/export-data.ts';

const Params = z.object({ format: z.enum(['stix', 'misp', 'rpz', 'hosts', 'filters', 'csv', 'json']) });
const Query = z.strictObject({ since: IsoDate.optional(), status: z.enum(['suspected', 'confirmed']).optional() });
const FILE_EXT: Readonly<Record<string, string>> = { stix: 'json', misp: 'json', rpz: 'rpz', hosts: 'txt', filters: 'txt', csv: 'csv', json: 'json' };

/** If-None-Match matches when it lists our ETag (weak or strong) or is `*` (RFC 9110 §13.1.2). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').map((t) => t.trim().replace(/^W\//, '')).some((t) => t === '*' || t === etag);
}

export function registerExportRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/v1/export/:format', { preHandler: requireAnalyst(ctx), schema: { tags: ['export'], summary: 'Indicators as STIX 2.1, MISP, RPZ, hosts, filter list, CSV or JSON' } }, async (req, reply) => {
    const { format } = parseInput(Params, req.params, 'params');
    const q = parseInput(Query, req.query, 'query');
    const r = await renderIndicatorExport(ctx.repos, format, { ...(q.since ? { since: q.since } : {}), ...(q.status ? { status: q.status } : {}), rpzOrigin: 'rpz.ghostguard.invalid' });
    reply.header('etag', r.etag).header('cache-control', 'private, no-cache').header('x-indicator-count', String(r.count));
    if (etagMatches(req.headers['if-none-match'], r.etag)) return reply.code(304).send();
    return reply
      .header('content-type', r.contentType)
      .header('content-disposition', `attachment; filename="ghostguard-${format}.${FILE_EXT[format] ?? 'txt'}"`)
      .send(r.body);
  });
}
