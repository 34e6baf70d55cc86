/**
 * Request metrics and one log line per request, instead of Fastify's two ("incoming request",
 * "request completed"). At LOG_LEVEL=info every successful check used to cost two synchronous
 * writes to stdout, as many system calls as answering it; now successful answers of the hot
 * public routes are logged at debug only, and everything else (errors, analyst actions, pages)
 * still gets its line at info.
 */
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import type { Metrics } from '../metrics.ts';

/** Routes whose successful answers are too many to log one by one (their counts are in /metrics). */
const QUIET_ROUTES: ReadonlySet<string> = new Set(['/v1/check', '/healthz', '/readyz', '/metrics']);

const RANK: Readonly<Record<Config['LOG_LEVEL'], number>> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Infinity };

export function registerRequestLog(app: FastifyInstance, metrics: Metrics, level: Config['LOG_LEVEL']): void {
  const infoOn = RANK[level] <= RANK.info;
  const debugOn = RANK[level] <= RANK.debug;
  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? 'unmatched';
    metrics.countRequest(req.method, route, reply.statusCode);
    const quiet = reply.statusCode < 400 && QUIET_ROUTES.has(route);
    if (quiet ? !debugOn : !infoOn) return;
    const line = { req, res: reply, responseTime: Math.round(reply.elapsedTime * 10) / 10 };
    if (quiet) req.log.debug(line, 'request completed');
    else req.log.info(line, 'request completed');
  });
}
