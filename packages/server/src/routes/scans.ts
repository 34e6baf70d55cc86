/** POST /v1/scans, GET /v1/scans/:id, GET /v1/scans/:id/screenshot.png */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { renderVerdict, type PageEvidence, type Verdict } from '@ghostguard/core';
import type { AppContext } from '../http/context.ts';
import { rateLimit } from '../http/context.ts';
import { jsonSchema, LangSchema, parseInput, resolveLang, Uuid } from '../http/validation.ts';
import { AppError } from '../errors.ts';
import { redactUrl } from '../redact.ts';
import { checkScanUrl } from '../security/url-guard.ts';
import { nowIso } from '../repos/util.ts';
import type { ScanRecord } from '../repos/scans.ts';
import type { Lang } from '@ghostguard/core';

const ScanBody = z.strictObject({ url: z.string().min(1).max(8192), lang: LangSchema.optional() });
const IdParams = z.object({ id: Uuid });
const LangQuery = z.object({ lang: LangSchema.optional() });

export function evidenceSummary(e: PageEvidence) {
  return {
    finalUrl: e.finalUrl,
    title: e.title,
    redirects: e.redirects.map((r) => ({ url: r.url, status: r.status, kind: r.kind })),
    requests: e.requests.length,
    websockets: e.websockets.map((w) => ({ url: w.url, events: w.socketIoEvents })),
    forms: e.forms.length,
  };
}

/** The public view of a scan; `full` (analysts) adds the whole evidence. */
export function scanView(s: ScanRecord, lang: Lang, full: boolean) {
  const verdict = s.verdict as Verdict | undefined;
  const evidence = s.evidence as PageEvidence | undefined;
  return {
    id: s.id,
    url: s.url,
    status: s.status,
    createdAt: s.createdAt,
    ...(s.finishedAt ? { finishedAt: s.finishedAt } : {}),
    ...(s.error ? { error: s.error } : {}),
    ...(verdict ? { verdict, rendered: renderVerdict(verdict, lang) } : {}),
    ...(evidence ? { evidence: full ? { ...evidenceSummary(evidence), full: evidence } : evidenceSummary(evidence) } : {}),
    ...(s.hasScreenshot ? { screenshotUrl: `/v1/scans/${s.id}/screenshot.png` } : {}),
    ...(full ? { attempts: s.attempts, ...(s.worker ? { worker: s.worker } : {}) } : {}),
  };
}

export async function loadScan(ctx: AppContext, rawParams: unknown): Promise<ScanRecord> {
  const r = IdParams.safeParse(rawParams);
  const scan = r.success ? await ctx.repos.scans.get(r.data.id) : undefined;
  if (!scan) throw new AppError('GG_ERR_NOT_FOUND', 'no such scan', { field: 'id' });
  return scan;
}

export function registerScanRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { config, repos, queue } = ctx;

  app.post('/v1/scans', {
    config: rateLimit(config.RATE_LIMIT_SCANS_PER_MINUTE),
    schema: { summary: 'Queue a sandboxed visit of a URL (reuses a recent scan of the same URL)', tags: ['public'], body: jsonSchema(ScanBody) },
  }, async (req, reply) => {
    const b = parseInput(ScanBody, req.body);
    // The victim's number must neither be stored nor handed to the kit: it is removed first.
    const url = await checkScanUrl(redactUrl(b.url), { allowLoopback: config.SANDBOX_ALLOW_LOOPBACK, resolve: ctx.resolve });
    const since = nowIso(Date.now() - config.SCAN_REUSE_MINUTES * 60_000);
    const { scan, reused } = await repos.scans.createOrReuse(url, since);
    if (!reused) {
      try {
        await queue.enqueueScan({ scanId: scan.id });
      } catch (err) {
        await repos.scans.fail(scan.id, 'could not be queued').catch(() => undefined);
        throw err;
      }
    }
    reply.status(202);
    return { id: scan.id, status: scan.status, reused };
  });

  app.get('/v1/scans/:id', { schema: { summary: 'Scan status, verdict and evidence summary', tags: ['public'], querystring: jsonSchema(LangQuery) } }, async (req) => {
    const q = parseInput(LangQuery, req.query, 'query');
    const scan = await loadScan(ctx, req.params);
    return scanView(scan, resolveLang(q.lang, req.headers['accept-language']), false);
  });

  app.get('/v1/scans/:id/screenshot.png', { schema: { summary: 'Screenshot of the scanned page (PNG)', tags: ['public'] } }, async (req, reply) => {
    const scan = await loadScan(ctx, req.params);
    const png = scan.hasScreenshot ? await repos.scans.screenshot(scan.id) : undefined;
    if (!png) throw new AppError('GG_ERR_NOT_FOUND', 'this scan has no screenshot', { field: 'id' });
    reply.header('cache-control', 'private, max-age=3600').type('image/png');
    return reply.send(Buffer.from(png));
  });
}
