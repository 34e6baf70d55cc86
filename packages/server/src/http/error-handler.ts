/** Maps every failure to the error catalogue: Fastify's own 4xx, storage errors, and the rest. */
import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError, storageError } from '../errors.ts';
import type { Metrics } from '../metrics.ts';

function isStorageFailure(err: unknown): boolean {
  const code = String((err as { code?: unknown } | null)?.code ?? '');
  return code.startsWith('SQLITE_') || /^(53|55|57|08|40)[0-9A-Z]{3}$/.test(code) || code === 'ENOSPC';
}

export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (isStorageFailure(err)) return storageError(err);
  const fe = err as Partial<FastifyError> | null;
  const status = fe?.statusCode ?? 500;
  const code = String(fe?.code ?? '');
  if (status === 413 || code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new AppError('GG_ERR_BODY_TOO_LARGE', 'the request body is too large', { field: 'body' });
  if (status === 415 || code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return new AppError('GG_ERR_UNSUPPORTED_MEDIA_TYPE', 'send JSON (content-type: application/json)', { field: 'content-type' });
  }
  if (status === 429) return new AppError('GG_ERR_RATE_LIMITED', 'too many requests; wait a minute');
  if (status >= 400 && status < 500) {
    if (code.includes('JSON') || code.startsWith('FST_ERR_CTP') || /JSON|proto/i.test(fe?.message ?? '')) {
      return new AppError('GG_ERR_BAD_JSON', 'the request body is not valid JSON', { field: 'body' });
    }
    return new AppError('GG_ERR_VALIDATION', 'bad request', { field: 'request' });
  }
  return new AppError('GG_ERR_INTERNAL', 'internal error', { cause: err });
}

export function registerErrorHandler(app: FastifyInstance, metrics: Metrics): void {
  app.setErrorHandler((err, req, reply) => {
    const e = toAppError(err);
    if (e.status >= 500) {
      metrics.inc('error', `code="${e.code}"`);
      // Log the cause's code and message only: bodies and parameters may hold personal data.
      const cause = e.code === 'GG_ERR_INTERNAL' ? err : (e.cause ?? err);
      req.log.error({ code: e.code, causeCode: (cause as { code?: unknown })?.code, cause: (cause as Error)?.message?.slice(0, 300) }, 'request failed');
    }
    if (e.code === 'GG_ERR_RATE_LIMITED') reply.header('retry-after', '60');
    void reply.status(e.status).type('application/json; charset=utf-8').send(e.toJSON());
  });
}
