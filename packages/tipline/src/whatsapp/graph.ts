/**
 * The WhatsApp Cloud API calls we make: POST /{version}/{phone-number-id}/messages and the
 * two-step media download (GET /{version}/{media-id} → url, then GET url), both with the access
 * token as a Bearer header. Errors say whether a retry can help.
 */
import type { WhatsAppConfig } from '../config.ts';

export class GraphError extends Error {
  constructor(
    message: string,
    /** HTTP status, 0 for network errors and timeouts. */
    readonly status: number,
    /** 429 / 5xx / network: worth retrying. 4xx: not (bad recipient, expired window...). */
    readonly retryable: boolean,
    readonly retryAfterMs?: number,
    /** Graph error code (e.g. 131047: more than 24 hours since the customer last replied). */
    readonly graphCode?: number,
  ) {
    super(message);
    this.name = 'GraphError';
  }
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface GraphClient {
  sendMessage(body: Record<string, unknown>): Promise<{ messageId?: string }>;
  downloadMedia(mediaId: string, maxBytes: number): Promise<Uint8Array>;
}

/** Meta serves media from these hosts (lookaside.fbsbx.com); the token goes nowhere else. */
const MEDIA_HOSTS = /(^|\.)(fbsbx\.com|facebook\.com|whatsapp\.net|fbcdn\.net)$/i;
const TIMEOUT_MS = 15_000;

function retryAfter(res: Response): number | undefined {
  const h = res.headers.get('retry-after');
  if (!h) return undefined;
  const s = Number(h);
  return Number.isFinite(s) && s >= 0 ? Math.min(s, 3600) * 1000 : undefined;
}

async function failure(res: Response, what: string): Promise<GraphError> {
  let code: number | undefined;
  let msg = '';
  try {
    const j = (await res.json()) as { error?: { code?: number; message?: string } };
    code = typeof j.error?.code === 'number' ? j.error.code : undefined;
    msg = String(j.error?.message ?? '').slice(0, 200);
  } catch {
    // not JSON: the status says enough
  }
  const retryable = res.status === 429 || res.status >= 500 || res.status === 408;
  return new GraphError(`${what}: HTTP ${res.status}${code ? ` (code ${code})` : ''}${msg ? `: ${msg}` : ''}`, res.status, retryable, retryAfter(res), code);
}

export function createGraphClient(config: WhatsAppConfig, fetchImpl: FetchLike = fetch): GraphClient {
  const base = `${config.graphUrl}/${config.apiVersion}`;
  const auth = { authorization: `Bearer ${config.accessToken}` };
  const call = async (url: string, init: RequestInit, what: string): Promise<Response> => {
    try {
      return await fetchImpl(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'error' });
    } catch (err) {
      throw new GraphError(`${what}: ${(err as Error).name === 'TimeoutError' ? 'timeout' : 'network error'}`, 0, true);
    }
  };
  return {
    async sendMessage(body) {
      const res = await call(`${base}/${config.phoneNumberId}/messages`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }, 'send');
      if (!res.ok) throw await failure(res, 'send');
      const j = (await res.json().catch(() => ({}))) as { messages?: { id?: string }[] };
      const id = j.messages?.[0]?.id;
      return id ? { messageId: id } : {};
    },
    async downloadMedia(mediaId, maxBytes) {
      if (!/^[A-Za-z0-9_.-]{1,128}$/.test(mediaId)) throw new GraphError('media: bad id', 400, false);
      const meta = await call(`${base}/${encodeURIComponent(mediaId)}`, { headers: auth }, 'media');
      if (!meta.ok) throw await failure(meta, 'media');
      const info = (await meta.json()) as { url?: string; file_size?: number };
      if (typeof info.file_size === 'number' && info.file_size > maxBytes) throw new GraphError('media: too large', 413, false);
      const url = new URL(String(info.url ?? ''), base);
      const sameHost = url.host === new URL(config.graphUrl).host;
      if (!/^https?:$/.test(url.protocol) || (!sameHost && !MEDIA_HOSTS.test(url.hostname))) throw new GraphError('media: unexpected download host', 502, false);
      const res = await call(url.href, { headers: auth }, 'media download');
      if (!res.ok) throw await failure(res, 'media download');
      return await readCapped(res, maxBytes);
    },
  };
}

async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body?.getReader();
  if (!reader) return new Uint8Array(0);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new GraphError('media: too large', 413, false);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.byteLength;
  }
  return out;
}
