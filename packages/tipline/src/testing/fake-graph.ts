/**
 * A local fake of the WhatsApp Cloud API (Graph API) for tests and bench, on 127.0.0.1:
 * POST /{version}/{phone-number-id}/messages, GET /{version}/{media-id} → { url }, GET of that
 * url. Checks the Bearer token, records every call, and can fail on purpose (500s, 429 with
 * Retry-After) to test retries.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SentMessage {
  readonly to: string;
  readonly body: Record<string, unknown>;
}

export interface FakeGraph {
  readonly url: string;
  readonly sent: SentMessage[];
  readonly calls: string[];
  addMedia(id: string, bytes: Uint8Array, mime?: string, declaredSize?: number): void;
  /** The next `count` message sends answer `status` (with Retry-After seconds when given). */
  failNext(count: number, status: number, retryAfterSeconds?: number): void;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage, max = 1_000_000): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let n = 0;
    req.on('data', (c: Buffer) => {
      n += c.length;
      if (n > max) reject(new Error('too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

export async function startFakeGraph(opts: { accessToken: string; phoneNumberId: string }): Promise<FakeGraph> {
  const sent: SentMessage[] = [];
  const calls: string[] = [];
  const media = new Map<string, { bytes: Uint8Array; mime: string; size: number }>();
  const failures: { status: number; retryAfter?: number }[] = [];
  let seq = 0;
  let base = '';

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://x');
      calls.push(`${req.method} ${url.pathname}`);
      if (req.headers.authorization !== `Bearer ${opts.accessToken}`) return json(res, 401, { error: { code: 190, message: 'Invalid OAuth access token' } });
      const parts = url.pathname.split('/').filter(Boolean);
      if (req.method === 'POST' && parts.length === 3 && parts[1] === opts.phoneNumberId && parts[2] === 'messages') {
        const body = JSON.parse((await readBody(req)).toString('utf8')) as Record<string, unknown>;
        const f = failures.shift();
        if (f) return json(res, f.status, { error: { code: f.status === 429 ? 130429 : 131000, message: 'injected failure' } }, f.retryAfter !== undefined ? { 'retry-after': String(f.retryAfter) } : {});
        if (body['messaging_product'] !== 'whatsapp' || typeof body['to'] !== 'string') return json(res, 400, { error: { code: 100, message: 'Invalid parameter' } });
        sent.push({ to: body['to'], body });
        return json(res, 200, { messaging_product: 'whatsapp', contacts: [{ input: body['to'], wa_id: body['to'] }], messages: [{ id: `wamid.out.${++seq}` }] });
      }
      if (req.method === 'GET' && parts[0] === 'media-download' && parts[1]) {
        const m = media.get(parts[1]);
        if (!m) return json(res, 404, { error: { code: 100, message: 'not found' } });
        res.writeHead(200, { 'content-type': m.mime });
        return res.end(Buffer.from(m.bytes));
      }
      if (req.method === 'GET' && parts.length === 2) {
        const m = media.get(parts[1]!);
        if (!m) return json(res, 404, { error: { code: 100, message: 'media not found' } });
        return json(res, 200, { messaging_product: 'whatsapp', url: `${base}/media-download/${parts[1]}`, mime_type: m.mime, file_size: m.size, id: parts[1] });
      }
      json(res, 404, { error: { code: 100, message: 'unknown path' } });
    })().catch(() => json(res, 500, { error: { code: 1, message: 'fake server error' } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    sent,
    calls,
    addMedia: (id, bytes, mime = 'image/png', declaredSize) => media.set(id, { bytes, mime, size: declaredSize ?? bytes.length }),
    failNext: (count, status, retryAfter) => {
      for (let i = 0; i < count; i++) failures.push({ status, ...(retryAfter !== undefined ? { retryAfter } : {}) });
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
