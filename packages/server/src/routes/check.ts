/** POST /v1/check, POST /v1/reports, GET /v1/recovery: the citizen's endpoints. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { analyzeMessage, analyzePage, analyzeUrl, renderVerdict, type Verdict } from '@ghostguard/core';
import type { AppContext } from '../http/context.ts';
import { rateLimit } from '../http/context.ts';
import { jsonSchema, LangSchema, parseInput, resolveLang } from '../http/validation.ts';
import { redactDeep, redactText, redactUrl } from '../redact.ts';
import { HAPPENED, recoveryAdvice, recoveryGuide, type Happened } from '../recovery.ts';
import type { NewSubmission } from '../repos/submissions.ts';
import type { Sighting } from '../repos/indicators.ts';

/** A WhatsApp message holds at most 65,536 characters. */
const MAX_TEXT = 65_536;
const MAX_URL = 8192;
/** What is kept of a submitted page: enough to search, not a copy of the site. */
const MAX_STORED_HTML = 16_384;

const Preview = z.strictObject({
  title: z.string().max(1000).optional(),
  description: z.string().max(4000).optional(),
  siteName: z.string().max(200).optional(),
});

const CheckBody = z
  .strictObject({
    text: z.string().max(MAX_TEXT).optional(),
    url: z.string().max(MAX_URL).optional(),
    html: z.string().optional(),
    lang: LangSchema.optional(),
    preview: Preview.optional(),
  })
  .superRefine((b, ctx) => {
    const n = [b.text, b.html].filter((x) => x !== undefined).length + (b.url !== undefined && b.html === undefined ? 1 : 0);
    if (n !== 1) ctx.addIssue({ code: 'custom', path: ['text'], message: 'give exactly one of text, url or html (url may accompany html as its address)' });
  });

const ReportBody = z.strictObject({
  text: z.string().max(MAX_TEXT).optional(),
  url: z.string().max(MAX_URL).optional(),
  happened: z.array(z.enum(HAPPENED)).min(1).max(HAPPENED.length),
  region: z.string().max(100).optional(),
  contactConsent: z.boolean(),
  contact: z.string().max(200).optional(),
  lang: LangSchema.optional(),
});

const RecoveryQuery = z.object({
  lang: LangSchema.optional(),
  happened: z
    .string()
    .max(200)
    .optional()
    .transform((s) => (s ? s.split(',').map((x) => x.trim()).filter(Boolean) : []))
    .pipe(z.array(z.enum(HAPPENED)).max(HAPPENED.length)),
});

function verdictFor(b: z.output<typeof CheckBody>): { verdict: Verdict; kind: 'text' | 'url' | 'html'; stored: string } {
  if (b.html !== undefined) {
    const verdict = analyzePage(b.html, b.url ?? 'about:blank');
    return { verdict, kind: 'html', stored: redactText(`${b.url ? `${redactUrl(b.url)}\n` : ''}${b.html.slice(0, MAX_STORED_HTML)}`) };
  }
  if (b.text !== undefined) {
    return { verdict: analyzeMessage(b.text, b.preview ? { preview: b.preview } : {}), kind: 'text', stored: redactText(b.text) };
  }
  return { verdict: analyzeUrl(b.url ?? ''), kind: 'url', stored: redactUrl(b.url ?? '') };
}

function submissionOf(verdict: Verdict, kind: 'text' | 'url' | 'html', lang: string, content: string, verdictJson: string): NewSubmission {
  return {
    // PostgreSQL refuses NUL in text columns (22021); U+FFFD keeps the length and the row.
    kind, lang, content: content.includes('\u0000') ? content.replaceAll('\u0000', '\uFFFD') : content, level: verdict.level, score: verdict.score, ...(verdict.attack ? { attack: verdict.attack } : {}),
    verdict: null, verdictJson, createdAt: new Date().toISOString(),
  };
}

/** Flagged verdicts feed the indicators (at most 20 domains and 20 URLs a check). */
function sightingsOf(verdict: Verdict): Sighting[] {
  if (verdict.level !== 'dangerous' && verdict.level !== 'suspicious') return [];
  const at = new Date().toISOString();
  return [
    ...verdict.indicators.domains.slice(0, 20).map((d) => ({ type: 'domain' as const, value: d, level: verdict.level, at })),
    ...verdict.indicators.urls.slice(0, 20).map((u) => ({ type: 'url' as const, value: redactUrl(u), level: verdict.level, at })),
  ];
}

/** Typical inputs for the warm-up: a message per UI language, a lure, a link, a page. */
const WARM_UP: readonly z.output<typeof CheckBody>[] = [
  { text: 'see you at 7 near the school? https://example.com/' },
  { text: 'Привет! Проголосуй за мою племянницу https://vote-kids.top/final и введи код из СМС' },
  { text: 'Сәлем, жиенім үшін дауыс беріңізші, өтінемін' },
  { url: 'https://whatsapp-verify.top/confirm' },
  { html: '<html><title>WhatsApp</title><body>Enter the code <input name="code"></body></html>', url: 'https://wa-login.top/' },
];

/**
 * The engine builds its tables lazily and V8 compiles on first use: the first check took ~40 ms
 * and the first ~400 ran several times slower than the rest (measured). Running a few typical
 * inputs before the server listens spares that to the first citizens (and to load tests).
 * Bounded to ~250 ms so that a slow machine still starts quickly.
 */
function warmUp(): void {
  const until = Date.now() + 250;
  for (let round = 0; round < 60 && Date.now() < until; round++) {
    for (const b of WARM_UP) {
      const { verdict } = verdictFor(b);
      JSON.stringify(redactDeep(verdict));
      renderVerdict(verdict, (['kk', 'ru', 'en'] as const)[round % 3] ?? 'ru');
    }
  }
}

export function registerCheckRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { repos, metrics, config } = ctx;
  app.addHook('onReady', async () => warmUp());

  app.post('/v1/check', {
    config: rateLimit(config.RATE_LIMIT_PER_MINUTE),
    schema: { summary: 'Check a message, a link or a page (synchronous, no browser)', tags: ['public'], body: jsonSchema(CheckBody) },
  }, async (req, reply) => {
    const started = process.hrtime.bigint();
    const body = parseInput(CheckBody, req.body);
    const lang = resolveLang(body.lang, req.headers['accept-language']);
    const { verdict, kind, stored } = verdictFor(body);
    // The verdict is serialised once: the stored copy is the same text unless redaction changed
    // something (redactDeep is copy-on-write), which saves a second JSON.stringify per check.
    const verdictJson = JSON.stringify(verdict);
    const redacted = redactDeep(verdict);
    try {
      await ctx.checks.add({ submission: submissionOf(verdict, kind, lang, stored, redacted === verdict ? verdictJson : JSON.stringify(redacted)), sightings: sightingsOf(verdict) });
    } catch (err) {
      // A frightened person still gets the answer when storage fails; the operator gets the error.
      metrics.inc('check_not_stored');
      req.log.error({ causeCode: (err as { code?: unknown }).code, cause: (err as Error).message?.slice(0, 200) }, 'check not stored');
    }
    metrics.checkLatency.observe(Number(process.hrtime.bigint() - started) / 1e9);
    reply.type('application/json; charset=utf-8');
    return `{"verdict":${verdictJson},"rendered":${JSON.stringify(renderVerdict(verdict, lang))}}`;
  });

  app.post('/v1/reports', {
    config: rateLimit(config.RATE_LIMIT_PER_MINUTE),
    schema: { summary: "A citizen's report (stored privately)", tags: ['public'], body: jsonSchema(ReportBody) },
  }, async (req, reply) => {
    const b = parseInput(ReportBody, req.body);
    const lang = resolveLang(b.lang, req.headers['accept-language']);
    let verdict: Verdict | null = null;
    if (b.text !== undefined && b.text.trim() !== '') verdict = analyzeMessage(b.url ? `${b.text}\n${b.url}` : b.text);
    else if (b.url !== undefined && b.url.trim() !== '') verdict = analyzeUrl(b.url);
    const id = await repos.reports.insert({
      ...(b.text !== undefined ? { text: redactText(b.text) } : {}),
      ...(b.url !== undefined ? { url: redactUrl(b.url) } : {}),
      happened: b.happened,
      ...(b.region !== undefined ? { region: b.region } : {}),
      contactConsent: b.contactConsent,
      ...(b.contactConsent && b.contact !== undefined ? { contact: b.contact } : {}),
      lang,
      ...(verdict ? { level: verdict.level, verdict: redactDeep(verdict) } : {}),
    });
    reply.status(201);
    return { id, verdict, rendered: verdict ? renderVerdict(verdict, lang) : null, recovery: recoveryAdvice(b.happened as Happened[]) };
  });

  app.get('/v1/recovery', {
    schema: { summary: 'Recovery guide for what happened', tags: ['public'], querystring: jsonSchema(RecoveryQuery) },
  }, async (req) => {
    const q = parseInput(RecoveryQuery, req.query, 'query');
    return recoveryGuide(q.happened, resolveLang(q.lang, req.headers['accept-language']));
  });
}
