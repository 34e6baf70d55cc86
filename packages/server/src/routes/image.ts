/**
 * POST /v1/check/image: a screenshot, a photo of a QR code or a screenshot of WhatsApp's Linked
 * devices screen, sent as the raw request body (content-type image/png or image/jpeg; the bytes
 * are sniffed, the header is not trusted). Public and rate-limited; nothing is stored.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { isVisionError } from '@ghostguard/vision';
import type { AppContext } from '../http/context.ts';
import { rateLimit } from '../http/context.ts';
import { jsonSchema, LangSchema, parseInput, resolveLang } from '../http/validation.ts';
import { AppError } from '../errors.ts';
import { GateFullError, IMAGE_LIMITS, imageCheckResponse, type ImageChecker } from '../image-check.ts';

const ImageQuery = z.object({
  lang: LangSchema.optional(),
  /** "false": the person never uses WhatsApp Web/Desktop, so every computer in the list is a question. */
  usesWhatsAppWeb: z.enum(['true', 'false']).optional(),
});

/** OCR is the expensive part (seconds of CPU): a sixth of the per-client limit for text checks. */
function imageRateLimit(perMinute: number) {
  return rateLimit(perMinute > 0 ? Math.max(1, Math.ceil(perMinute / 6)) : 0);
}

function toAppError(err: unknown): unknown {
  if (err instanceof GateFullError) return new AppError('GG_ERR_BUSY', 'too many pictures are being read right now; try again in a minute');
  if (!isVisionError(err)) return err;
  switch (err.code) {
    case 'GG_ERR_IMAGE_TOO_LARGE':
      return new AppError('GG_ERR_IMAGE_TOO_LARGE', err.message, { field: 'body' });
    case 'GG_ERR_IMAGE_UNSUPPORTED':
      return new AppError('GG_ERR_IMAGE_UNSUPPORTED', 'send a PNG or JPEG picture', { field: 'body' });
    case 'GG_ERR_IMAGE_CORRUPT':
      return new AppError('GG_ERR_IMAGE_CORRUPT', 'the picture could not be decoded (damaged or not really PNG/JPEG)', { field: 'body' });
    default:
      return new AppError('GG_ERR_OCR_FAILED', 'the text in the picture could not be read; try a clearer screenshot', { field: 'body' });
  }
}

export async function registerImageRoutes(app: FastifyInstance, ctx: AppContext, checker: ImageChecker): Promise<void> {
  // Encapsulated: this scope alone reads every body as bytes (8 MiB); the rest of the API keeps JSON.
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: IMAGE_LIMITS.maxBytes }, (_req, body, done) => done(null, body));

    scope.post('/v1/check/image', {
      bodyLimit: IMAGE_LIMITS.maxBytes,
      config: imageRateLimit(ctx.config.RATE_LIMIT_PER_MINUTE),
      schema: {
        summary: 'Check a screenshot, a QR photo or a Linked devices screenshot (raw PNG/JPEG body, ≤ 8 MiB; not stored)',
        tags: ['public'],
        querystring: jsonSchema(ImageQuery),
        consumes: ['image/png', 'image/jpeg'],
      },
    }, async (req, reply) => {
      const q = parseInput(ImageQuery, req.query ?? {}, 'query');
      const type = String(req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      if (!/^(image\/(png|jpeg|jpg|pjpeg)|application\/octet-stream)$/.test(type)) {
        throw new AppError('GG_ERR_UNSUPPORTED_MEDIA_TYPE', 'send the picture as the body with content-type image/png or image/jpeg', { field: 'content-type' });
      }
      const body = Buffer.isBuffer(req.body) ? req.body : undefined;
      if (!body || body.length === 0) throw new AppError('GG_ERR_VALIDATION', 'body: the picture is missing', { field: 'body' });
      const lang = resolveLang(q.lang, req.headers['accept-language']);
      const started = process.hrtime.bigint();
      let r;
      try {
        r = await checker.check(new Uint8Array(body.buffer, body.byteOffset, body.byteLength), q.usesWhatsAppWeb ? { usesWhatsAppWeb: q.usesWhatsAppWeb === 'true' } : {});
      } catch (err) {
        throw toAppError(err);
      }
      ctx.metrics.inc('image_check', `kind="${r.kind}"`);
      req.log.info({ kind: r.kind, level: r.verdict.level, ms: Math.round(Number(process.hrtime.bigint() - started) / 1e6) }, 'image checked');
      reply.header('cache-control', 'no-store');
      return imageCheckResponse(r, lang);
    });
  });
}
