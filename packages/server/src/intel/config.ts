/**
 * Intel settings, part of the one configuration schema (config.ts): CT logs and feeds as JSON
 * lists in the environment, poll intervals. Empty = off (the worker says so at start-up).
 *
 *   CT_LOGS='[{"url":"https://ct.example/2026h1","type":"rfc6962"},{"url":"wss://certstream.example/","type":"certstream"}]'
 *   FEEDS='[{"url":"https://feeds.example/openphish.txt","format":"openphish","intervalMinutes":60}]'
 */
import { z } from 'zod';

const HttpUrl = z.string().max(2048).url().refine((u) => /^https?:\/\//i.test(u), 'must be http(s)');
const WsUrl = z.string().max(2048).url().refine((u) => /^wss?:\/\//i.test(u), 'must be ws(s)');
const Id = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'letters, digits, . _ - (1–64)');

const CtLog = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('rfc6962'), url: HttpUrl, id: Id.optional() }),
  z.strictObject({ type: z.literal('static'), url: HttpUrl, id: Id.optional() }),
  z.strictObject({ type: z.literal('certstream'), url: WsUrl, id: Id.optional() }),
]);

const Feed = z.strictObject({
  url: HttpUrl,
  format: z.enum(['plain', 'openphish', 'phishtank-json', 'phishtank-csv', 'urlhaus-csv', 'misp']),
  /** PhishTank asks for at most one download an hour; OpenPhish's community feed updates every 12 h. */
  intervalMinutes: z.number().int().min(1).max(10_080),
  id: Id.optional(),
  prior: z.number().min(0).max(1).optional(),
});

/** A JSON list from an env var ('' or unset = empty). */
function jsonList<T extends z.ZodType>(item: T, max: number) {
  return z
    .string()
    .default('')
    .transform((s, ctx) => {
      if (s.trim() === '') return [];
      try {
        return JSON.parse(s) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be a JSON list' });
        return z.NEVER;
      }
    })
    .pipe(z.array(item).max(max));
}

export const IntelConfigSchema = {
  CT_LOGS: jsonList(CtLog, 50),
  FEEDS: jsonList(Feed, 100),
  /** One polling cycle of the CT logs (RFC 6962 / static); certstream is pushed. */
  CT_POLL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  /** New reports and scans are grouped into campaigns this often. */
  CAMPAIGN_CLUSTER_SECONDS: z.coerce.number().int().min(1).max(86_400).default(30),
  /** Scans started from CT names per minute (token bucket in the intake). */
  CT_SCANS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(30),
};

export type CtLogSetting = z.output<typeof CtLog>;
export type FeedSetting = z.output<typeof Feed>;

/** Stable id of a log: its own, else host + path ("ct.example/2026h1"). */
export function ctLogId(l: { url: string; id?: string | undefined }): string {
  if (l.id) return l.id;
  const u = new URL(l.url);
  return `${u.host}${u.pathname}`.replace(/\/+$/, '').replace(/[^A-Za-z0-9._/-]/g, '_').slice(0, 120);
}

export function feedId(f: { url: string; id?: string | undefined }): string {
  return f.id ?? ctLogId({ url: f.url });
}
