/**
 * HTTP for the intake clients: an injected fetch (tests pass one bound to a local server; the
 * service passes the global one), a byte cap on every body, and polite retries: exponential
 * backoff with full jitter on 429 / 5xx / network errors, honouring Retry-After (RFC 9110 §10.2.3).
 */
export type FetchLike = (url: string, init?: { signal?: AbortSignal; headers?: Record<string, string> }) => Promise<Response>;

export interface RetryPolicy {
  /** Attempts per request, first included. */
  readonly attempts: number;
  readonly baseMs: number;
  readonly maxMs: number;
  readonly timeoutMs: number;
  /** Injected for tests (no real waiting). */
  readonly sleep: (ms: number) => Promise<void>;
  readonly random: () => number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 5,
  baseMs: 1000,
  maxMs: 60_000,
  timeoutMs: 30_000,
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  random: Math.random,
};

export class HttpError extends Error {
  readonly code = 'GG_ERR_INTAKE_HTTP';
  constructor(readonly url: string, readonly status: number, message: string) {
    super(message);
  }
}

function retryAfterMs(h: string | null): number | undefined {
  if (!h) return undefined;
  const secs = Number(h);
  if (Number.isFinite(secs) && secs >= 0) return secs * 1000;
  const at = Date.parse(h);
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : undefined;
}

async function readCapped(res: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const len = Number(res.headers.get('content-length') ?? '0');
  if (len > maxBytes) throw new HttpError(url, res.status, `body of ${len} bytes exceeds ${maxBytes}`);
  if (!res.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.length;
    if (total > maxBytes) throw new HttpError(url, res.status, `body exceeds ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const RETRYABLE = (status: number): boolean => status === 429 || status >= 500;

/** GET with retries; resolves to the body bytes of a 2xx, throws HttpError otherwise. */
export async function getBytes(fetchFn: FetchLike, url: string, maxBytes: number, policy: RetryPolicy = DEFAULT_RETRY, headers: Record<string, string> = {}): Promise<{ status: number; body: Uint8Array; headers: Headers }> {
  let lastErr: unknown;
  for (let attempt = 0; attempt < policy.attempts; attempt++) {
    let wait: number | undefined;
    try {
      const res = await fetchFn(url, { signal: AbortSignal.timeout(policy.timeoutMs), headers });
      if (res.ok || res.status === 304) return { status: res.status, body: res.status === 304 ? new Uint8Array(0) : await readCapped(res, maxBytes, url), headers: res.headers };
      await res.body?.cancel().catch(() => undefined);
      lastErr = new HttpError(url, res.status, `HTTP ${res.status}`);
      if (!RETRYABLE(res.status)) throw lastErr;
      wait = retryAfterMs(res.headers.get('retry-after'));
    } catch (err) {
      if (err instanceof HttpError && !RETRYABLE(err.status)) throw err;
      lastErr = err;
    }
    if (attempt + 1 < policy.attempts) {
      const backoff = Math.min(policy.maxMs, policy.baseMs * 2 ** attempt);
      await policy.sleep(Math.min(policy.maxMs, wait ?? Math.round(backoff * (0.5 + policy.random() / 2))));
    }
  }
  throw lastErr instanceof Error ? lastErr : new HttpError(url, 0, String(lastErr));
}

export async function getJson(fetchFn: FetchLike, url: string, maxBytes: number, policy?: RetryPolicy): Promise<unknown> {
  const { body } = await getBytes(fetchFn, url, maxBytes, policy);
  return JSON.parse(new TextDecoder().decode(body)) as unknown;
}
