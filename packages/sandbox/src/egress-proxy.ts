/**
 * The only way out of the sandbox: a forward proxy on 127.0.0.1, one per capture, that every
 * browser connection goes through (HTTP, CONNECT for HTTPS and WebSockets, plain upgrades).
 *
 * Why a proxy and not only page.route(): Playwright calls a route handler for the *first*
 * request of a redirect chain only (measured here: a fulfilled 302 was followed by Chromium
 * without a second route call), so `302 → http://10.0.0.1/` would go straight out. Route also
 * misses WebSockets opened by workers and cannot cut a response mid-stream. The proxy sees
 * every connection, resolves each host once per capture, refuses special addresses (see
 * address-guard.ts) and connects to the very address it checked, which closes the DNS
 * rebinding window. It counts bytes and cuts responses over the limits.
 *
 * Residual risks: HTTPS and wss are tunnelled, so their size limit is per connection and per
 * capture, not per response; a gzip bomb under the byte limit still inflates in Chromium.
 */
import http from 'node:http';
import net from 'node:net';
import type { Duplex } from 'node:stream';
import { checkHost } from './address-guard.ts';
import type { BlockReason, GuardOptions, HostCheck } from './address-guard.ts';

export interface EgressLimits {
  /** Per HTTP response (plain HTTP) and per tunnel (HTTPS/wss). */
  readonly maxResponseBytes: number;
  /** All bytes received from the network during one capture. */
  readonly maxTotalBytes: number;
  readonly connectTimeoutMs: number;
}

export interface BlockedConnection {
  readonly host: string;
  readonly port: number;
  /** 'unarmed': a request reached a prepared proxy before its capture gave it a guard. */
  readonly reason: BlockReason | 'port' | 'unarmed';
  readonly address?: string;
}

export interface EgressProxy {
  /** `http://127.0.0.1:<port>` for Playwright's `proxy.server`. */
  readonly url: string;
  readonly blocked: readonly BlockedConnection[];
  readonly limitsHit: ReadonlySet<string>;
  totalBytes(): number;
  /** Resolves and checks a host with this capture's pinned answers. */
  check(host: string): Promise<HostCheck>;
  /**
   * Gives a proxy started without a guard (a pool's prepared spare) the capture's guard. Until
   * then every connection is refused; arming twice throws, so a proxy serves one capture only.
   */
  arm(guard: GuardOptions): void;
  close(): Promise<void>;
}

/** Ports a web page has business with; others (22, 25, 6379 ...) are refused even when public. */
function portAllowed(port: number): boolean {
  return port === 80 || port === 443 || (port >= 1024 && port <= 65535);
}

const HOP_BY_HOP = new Set(['proxy-connection', 'proxy-authorization', 'connection', 'keep-alive', 'te', 'trailer', 'upgrade']);

export function splitHostPort(authority: string, defaultPort: number): { host: string; port: number } | null {
  const m = /^(\[[^\]]+\]|[^:]+)(?::(\d{1,5}))?$/.exec(authority);
  if (!m?.[1]) return null;
  const port = m[2] ? Number(m[2]) : defaultPort;
  return port > 0 && port < 65536 ? { host: m[1].replace(/^\[|\]$/g, ''), port } : null;
}

export async function startEgressProxy(initialGuard: GuardOptions | null, limits: EgressLimits): Promise<EgressProxy> {
  let guard = initialGuard;
  const cache = new Map<string, Promise<HostCheck>>();
  const blocked: BlockedConnection[] = [];
  const limitsHit = new Set<string>();
  const sockets = new Set<Duplex>();
  let total = 0;

  const check = (host: string): Promise<HostCheck> => {
    const key = host.toLowerCase();
    if (!guard) return Promise.resolve<HostCheck>({ allowed: false, host: key, reason: 'invalid-host' });
    let p = cache.get(key);
    if (!p) { p = checkHost(key, guard); cache.set(key, p); }
    return p;
  };
  /** Resolves to an address to connect to, or null after recording why not. */
  const admit = async (host: string, port: number): Promise<string | null> => {
    if (!guard) { blocked.push({ host, port, reason: 'unarmed' }); return null; }
    if (!portAllowed(port)) { blocked.push({ host, port, reason: 'port' }); return null; }
    const r = await check(host);
    if (!r.allowed) { blocked.push({ host, port, reason: r.reason, ...(r.address ? { address: r.address } : {}) }); return null; }
    return r.addresses[0] ?? null;
  };
  /** Counts received bytes; false (and the limit recorded) when a limit is crossed. */
  const account = (n: number, soFar: number): boolean => {
    total += n;
    if (soFar > limits.maxResponseBytes || total > limits.maxTotalBytes) { limitsHit.add('size'); return false; }
    return true;
  };
  const track = (s: Duplex): void => { sockets.add(s); s.once('close', () => sockets.delete(s)); };

  const server = http.createServer((req, res) => {
    void (async () => {
      let url: URL;
      try { url = new URL(req.url ?? ''); } catch { res.writeHead(400).end(); return; }
      if (url.protocol !== 'http:') { res.writeHead(400).end(); return; }
      const port = Number(url.port || 80);
      const address = await admit(url.hostname.replace(/^\[|\]$/g, ''), port);
      if (!address) { res.writeHead(403, { 'x-ghostguard-blocked': '1' }).end(); return; }
      const headers: http.OutgoingHttpHeaders = {};
      for (const [k, v] of Object.entries(req.headers)) if (!HOP_BY_HOP.has(k) && v !== undefined) headers[k] = v;
      const up = http.request({ host: address, port, method: req.method, path: url.pathname + url.search, headers, setHost: false, agent: false, timeout: limits.connectTimeoutMs });
      up.on('timeout', () => up.destroy(new Error('upstream timeout')));
      res.on('close', () => up.destroy());
      up.on('error', () => { if (!res.headersSent) res.writeHead(502).end(); else res.destroy(); });
      up.on('response', (ur) => {
        const raw: string[] = [];
        for (let i = 0; i + 1 < ur.rawHeaders.length; i += 2) {
          const k = ur.rawHeaders[i] ?? '';
          if (!HOP_BY_HOP.has(k.toLowerCase())) raw.push(k, ur.rawHeaders[i + 1] ?? '');
        }
        res.writeHead(ur.statusCode ?? 502, raw);
        let seen = 0;
        ur.on('data', (chunk: Buffer) => {
          seen += chunk.length;
          if (!account(chunk.length, seen)) { ur.destroy(); res.destroy(); return; }
          res.write(chunk);
        });
        ur.on('end', () => res.end());
        ur.on('error', () => res.destroy());
      });
      req.pipe(up);
    })();
  });

  const tunnel = async (client: Duplex, host: string, port: number, head: Buffer, preamble: string | null): Promise<void> => {
    track(client);
    client.on('error', () => client.destroy());
    const address = await admit(host, port);
    if (!address) { client.end('HTTP/1.1 403 Forbidden\r\nx-ghostguard-blocked: 1\r\ncontent-length: 0\r\n\r\n'); return; }
    const up = net.connect({ host: address, port });
    track(up);
    up.setTimeout(limits.connectTimeoutMs, () => up.destroy());
    up.on('error', () => { client.destroy(); up.destroy(); });
    client.on('close', () => up.destroy());
    up.on('close', () => client.destroy());
    up.once('connect', () => {
      up.setTimeout(0);
      if (preamble === null) client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      else up.write(preamble);
      if (head.length) up.write(head);
      let seen = 0;
      up.on('data', (chunk: Buffer) => {
        seen += chunk.length;
        if (!account(chunk.length, seen)) { up.destroy(); client.destroy(); return; }
        client.write(chunk);
      });
      client.pipe(up);
    });
  };

  server.on('connect', (req: http.IncomingMessage, client: Duplex, head: Buffer) => {
    const hp = splitHostPort(req.url ?? '', 443);
    if (!hp) { client.end('HTTP/1.1 400 Bad Request\r\n\r\n'); return; }
    void tunnel(client, hp.host, hp.port, head, null);
  });
  // ws:// through a proxy may arrive as an absolute-form Upgrade request instead of CONNECT.
  server.on('upgrade', (req: http.IncomingMessage, client: Duplex, head: Buffer) => {
    let url: URL;
    try { url = new URL(req.url ?? ''); } catch { client.destroy(); return; }
    const lines = [`${req.method} ${url.pathname}${url.search} HTTP/1.1`];
    for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
      const k = req.rawHeaders[i] ?? '';
      if (!/^proxy-/i.test(k)) lines.push(`${k}: ${req.rawHeaders[i + 1] ?? ''}`);
    }
    void tunnel(client, url.hostname.replace(/^\[|\]$/g, ''), Number(url.port || 80), head, lines.join('\r\n') + '\r\n\r\n');
  });
  server.on('connection', (s: net.Socket) => track(s));
  server.on('clientError', (_e, s: Duplex) => s.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    blocked,
    limitsHit,
    totalBytes: () => total,
    check,
    arm: (g) => {
      if (guard) throw new Error('egress proxy already armed');
      guard = g;
    },
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}
