/**
 * buildApp: the HTTP API over injected ports (repositories, queue, resolver). No I/O starts here
 * beyond what Fastify needs, so tests drive it with `app.inject`.
 */
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { fileURLToPath } from 'node:url';
import type { Config } from './config.ts';
import type { Repositories } from './repos/index.ts';
import type { JobQueue } from './queue/port.ts';
import { Metrics } from './metrics.ts';
import { systemResolver, type Resolver } from './security/url-guard.ts';
import { registerSecurityHeaders } from './security/headers.ts';
import { registerErrorHandler } from './http/error-handler.ts';
import { registerRequestLog } from './http/request-log.ts';
import { AppError } from './errors.ts';
import { redactText } from './redact.ts';
import type { AppContext } from './http/context.ts';
import { attachCheckStore, createCheckStore } from './check-store.ts';
import { registerCheckRoutes } from './routes/check.ts';
import { registerScanRoutes } from './routes/scans.ts';
import { registerAuthRoutes } from './routes/auth.ts';
import { registerAnalystRoutes } from './routes/analyst.ts';
import { registerOpsRoutes } from './routes/ops.ts';
import { registerWebRoutes } from './routes/web.ts';
import { registerExportRoutes } from './routes/export.ts';
import { registerIntelCampaignRoutes } from './routes/intel-campaigns.ts';
import { registerIntelAppealRoutes } from './routes/intel-appeals.ts';
import { registerTiplineAndImageRoutes, type TiplineAppDeps } from './tiplines/register.ts';

export interface AppDeps extends TiplineAppDeps {
  readonly config: Config;
  readonly repos: Repositories;
  readonly queue: JobQueue;
  readonly metrics?: Metrics;
  /** DNS for the scan guard; tests pass a fake so that nothing leaves the machine. */
  readonly resolve?: Resolver;
}

export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

function loggerOptions(config: Config) {
  if (config.LOG_LEVEL === 'silent') return false;
  return {
    level: config.LOG_LEVEL,
    // Credentials never reach the log; URLs lose phone numbers and codes (search queries, links).
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'], censor: '[redacted]' },
    serializers: {
      req: (req: { method: string; url: string }) => ({ method: req.method, url: redactText(req.url.slice(0, 500)) }),
    },
  };
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config } = deps;
  const metrics = deps.metrics ?? new Metrics();
  const app = Fastify({
    logger: loggerOptions(config),
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: config.TRUST_PROXY,
    // Request ids are random, not sequential, so that logs of two hosts do not collide.
    genReqId: () => crypto.randomUUID(),
    return503OnClosing: true,
    // One line per request, and none for successful checks at info: see http/request-log.ts.
    logController: new LogController({ disableRequestLogging: true }),
  });
  const checks = createCheckStore(deps.repos, config, {
    // Only codes and counts: a driver's message may quote the SQL, never the data (bound parameters).
    onError: (err, items) => {
      metrics.inc('storage_error', 'route="/v1/check"');
      app.log.error({ causeCode: (err as { code?: unknown } | null)?.code, cause: (err as Error)?.message?.slice(0, 200), items }, 'checks not stored yet; retrying');
    },
    onDrop: (err) => {
      metrics.inc('check_not_stored');
      app.log.error({ causeCode: (err as { code?: unknown } | null)?.code, cause: (err as Error)?.message?.slice(0, 200) }, 'a check the database refuses was dropped');
    },
  });
  attachCheckStore(app, checks);
  // Runs after the server stopped taking requests and in-flight ones finished: nothing accepted is left behind.
  app.addHook('onClose', async () => checks.close());
  const ctx: AppContext = { config, repos: deps.repos, queue: deps.queue, metrics, resolve: deps.resolve ?? systemResolver, checks };

  // zod validates inside the handlers (one error format that names the field); the JSON
  // schemas on routes are only for the OpenAPI document.
  app.setValidatorCompiler(() => () => true);
  registerErrorHandler(app, metrics);
  registerSecurityHeaders(app);
  registerRequestLog(app, metrics, config.LOG_LEVEL);

  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: () => new AppError('GG_ERR_RATE_LIMITED', 'too many requests; wait a minute'),
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'GhostGuard API', version: '1', description: 'See docs/api-contract.md. Errors: { error: { code, message, field } }.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'gg_session' }, apiKey: { type: 'http', scheme: 'bearer' } } },
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs', uiConfig: { validatorUrl: null } });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  registerOpsRoutes(app, ctx);
  registerCheckRoutes(app, ctx);
  registerScanRoutes(app, ctx);
  registerAuthRoutes(app, ctx);
  registerAnalystRoutes(app, ctx);
  registerExportRoutes(app, ctx);
  registerIntelCampaignRoutes(app, ctx);
  registerIntelAppealRoutes(app, ctx);
  // POST /v1/check/image; with tiplines: their webhooks and the analyst outbox endpoints.
  await registerTiplineAndImageRoutes(app, ctx, deps);
  await registerWebRoutes(app, config.WEB_DIST_DIR ?? DEFAULT_WEB_DIST);
  return app;
}
