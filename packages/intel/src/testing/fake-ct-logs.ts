/**
 * Local CT logs that speak the real protocols, for tests, the bench and the end-to-end check:
 * an RFC 6962 log (get-sth, get-entries with a response cap and optional 429/500 faults) and a
 * static-ct-api log (checkpoint, full and partial data tiles at tlog-tiles paths).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { concatBytes } from '../ct/merkle-leaf.ts';
import { dataTilePath, TILE_WIDTH } from '../ct/static-ct-log.ts';
import { leafOf, tileLeafOf, type TestCert } from './certs.ts';

export interface FakeLog {
  readonly url: string;
  readonly requests: string[];
  append(c: TestCert): void;
  /** The next `n` requests answer `status` (429 or 5xx) with Retry-After: 0. */
  failNext(n: number, status: number): void;
  close(): Promise<void>;
}

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('no address');
  return { server, url: `http://127.0.0.1:${addr.port}` };
}

function closeServer(s: Server): Promise<void> {
  s.closeAllConnections();
  return new Promise((r) => s.close(() => r()));
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** RFC 6962 log at `<url>/log` serving at most `maxBatch` entries per get-entries. */
export async function startFakeRfc6962Log(maxBatch = 100): Promise<FakeLog> {
  const leaves: string[] = [];
  const requests: string[] = [];
  let faults = 0;
  let faultStatus = 500;
  const { server, url } = await listen((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    requests.push(u.pathname + u.search);
    if (faults > 0) {
      faults--;
      res.writeHead(faultStatus, { 'retry-after': '0' }).end('busy');
      return;
    }
    if (u.pathname === '/log/ct/v1/get-sth') {
      json(res, 200, { tree_size: leaves.length, timestamp: Date.now(), sha256_root_hash: Buffer.alloc(32).toString('base64'), tree_head_signature: 'BAMARjBEAiA=' });
      return;
    }
    if (u.pathname === '/log/ct/v1/get-entries') {
      const start = Number(u.searchParams.get('start'));
      const end = Number(u.searchParams.get('end'));
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || start >= leaves.length) {
        json(res, 400, { error: 'bad range' });
        return;
      }
      const last = Math.min(end, leaves.length - 1, start + maxBatch - 1);
      json(res, 200, { entries: leaves.slice(start, last + 1).map((leaf_input) => ({ leaf_input, extra_data: '' })) });
      return;
    }
    json(res, 404, { error: 'not found' });
  });
  return {
    url: `${url}/log`,
    requests,
    append: (c) => leaves.push(Buffer.from(leafOf(c)).toString('base64')),
    failNext: (n, status) => {
      faults = n;
      faultStatus = status;
    },
    close: () => closeServer(server),
  };
}

/** static-ct-api log at `<url>/static`. */
export async function startFakeStaticLog(origin = 'ghostguard.test/static'): Promise<FakeLog> {
  const tileLeaves: Uint8Array[] = [];
  const requests: string[] = [];
  let faults = 0;
  let faultStatus = 500;
  const { server, url } = await listen((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(path);
    if (faults > 0) {
      faults--;
      res.writeHead(faultStatus, { 'retry-after': '0' }).end('busy');
      return;
    }
    const size = tileLeaves.length;
    if (path === '/static/checkpoint') {
      const note = `${origin}\n${size}\n${Buffer.alloc(32, 7).toString('base64')}\n\n\u2014 ${origin} AAAAAQIDBA==\n`;
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(note);
      return;
    }
    for (let tile = 0; tile * TILE_WIDTH < size; tile++) {
      if (path !== `/static/${dataTilePath(tile, size)}`) continue;
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(concatBytes(tileLeaves.slice(tile * TILE_WIDTH, (tile + 1) * TILE_WIDTH)));
      return;
    }
    res.writeHead(404).end('not found');
  });
  return {
    url: `${url}/static`,
    requests,
    append: (c) => tileLeaves.push(tileLeafOf(c, tileLeaves.length)),
    failNext: (n, status) => {
      faults = n;
      faultStatus = status;
    },
    close: () => closeServer(server),
  };
}
