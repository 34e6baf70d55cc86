import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { splitHostPort, startEgressProxy } from './egress-proxy.ts';

const LIMITS = { maxResponseBytes: 64 * 1024, maxTotalBytes: 100 * 1024, connectTimeoutMs: 2000 };

async function origin(): Promise<{ port: number; close: () => void }> {
  const s = http.createServer((req, res) => {
    if (req.url === '/big') { res.writeHead(200); res.end(Buffer.alloc(200 * 1024, 0x61)); return; }
    res.writeHead(200, { 'content-type': 'text/plain', 'x-up': '1' }).end(`hello ${req.headers.host}`);
  });
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  return { port: (s.address() as AddressInfo).port, close: () => s.close() };
}

/** Sends a raw proxy request and returns the raw answer. */
function raw(proxyUrl: string, text: string): Promise<string> {
  const { port } = new URL(proxyUrl);
  return new Promise((resolve) => {
    const c = net.connect(Number(port), '127.0.0.1', () => c.write(text));
    let out = '';
    c.on('data', (d) => { out += d.toString('latin1'); if (out.length > 300_000) c.destroy(); });
    c.on('close', () => resolve(out));
    c.on('error', () => resolve(out));
    setTimeout(() => c.destroy(), 1500);
  });
}

test('splitHostPort parses authorities and rejects junk', () => {
  assert.deepEqual(splitHostPort('example.com:443', 80), { host: 'example.com', port: 443 });
  assert.deepEqual(splitHostPort('[::1]:8080', 80), { host: '::1', port: 8080 });
  assert.deepEqual(splitHostPort('example.com', 80), { host: 'example.com', port: 80 });
  for (const bad of ['', ':80', 'a:99999', 'a:0', 'a:b']) assert.equal(splitHostPort(bad, 80), null, bad);
});

test('proxy forwards allowed loopback HTTP and refuses it without allowLoopback', async () => {
  const o = await origin();
  const allowed = await startEgressProxy({ allowLoopback: true }, LIMITS);
  const refused = await startEgressProxy({}, LIMITS);
  try {
    const ok = await raw(allowed.url, `GET http://127.0.0.1:${o.port}/ HTTP/1.1\r\nHost: 127.0.0.1:${o.port}\r\nConnection: close\r\n\r\n`);
    assert.match(ok, /^HTTP\/1\.1 200/);
    assert.match(ok, /hello 127\.0\.0\.1/);
    const no = await raw(refused.url, `GET http://127.0.0.1:${o.port}/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    assert.match(no, /^HTTP\/1\.1 403/);
    assert.equal(refused.blocked[0]?.reason, 'loopback');
    const meta = await raw(allowed.url, 'CONNECT 169.254.169.254:80 HTTP/1.1\r\nHost: 169.254.169.254:80\r\n\r\n');
    assert.match(meta, /^HTTP\/1\.1 403/);
    assert.ok(allowed.blocked.some((b) => b.reason === 'cloud-metadata'));
    const ssh = await raw(allowed.url, 'CONNECT 127.0.0.1:22 HTTP/1.1\r\n\r\n');
    assert.match(ssh, /^HTTP\/1\.1 403/);
    assert.ok(allowed.blocked.some((b) => b.reason === 'port'));
  } finally {
    await allowed.close(); await refused.close(); o.close();
  }
});

test('proxy tunnels CONNECT to allowed hosts and cuts responses over the size limit', async () => {
  const o = await origin();
  const p = await startEgressProxy({ allowLoopback: true }, LIMITS);
  try {
    const t = await raw(p.url, `CONNECT 127.0.0.1:${o.port} HTTP/1.1\r\n\r\nGET / HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n`);
    assert.match(t, /^HTTP\/1\.1 200 Connection Established\r\n\r\nHTTP\/1\.1 200/);
    const big = await raw(p.url, `GET http://127.0.0.1:${o.port}/big HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    assert.ok(big.length < 100 * 1024, `got ${big.length} bytes`);
    assert.ok(p.limitsHit.has('size'));
    assert.ok(p.totalBytes() <= 100 * 1024 + 65_536);
  } finally {
    await p.close(); o.close();
  }
});

test('proxy answers garbage without crashing', async () => {
  const p = await startEgressProxy({}, LIMITS);
  try {
    assert.match(await raw(p.url, 'GET /relative HTTP/1.1\r\nHost: x\r\n\r\n'), /^HTTP\/1\.1 400/);
    assert.match(await raw(p.url, 'GET ftp://x/ HTTP/1.1\r\nHost: x\r\n\r\n'), /^HTTP\/1\.1 400/);
    await raw(p.url, '\u0000\u0001\u0002garbage\r\n\r\n');
    assert.match(await raw(p.url, 'CONNECT :::: HTTP/1.1\r\n\r\n'), /^HTTP\/1\.1 40/);
  } finally {
    await p.close();
  }
});

test('an unarmed proxy (a pool spare) refuses everything until armed, and arms only once', async () => {
  const o = await origin();
  const p = await startEgressProxy(null, LIMITS);
  try {
    const get = `GET http://127.0.0.1:${o.port}/ HTTP/1.1\r\nHost: 127.0.0.1:${o.port}\r\nConnection: close\r\n\r\n`;
    assert.match(await raw(p.url, get), /^HTTP\/1\.1 403/);
    assert.match(await raw(p.url, `CONNECT 127.0.0.1:${o.port} HTTP/1.1\r\nHost: x\r\n\r\n`), /^HTTP\/1\.1 403/);
    assert.deepEqual(p.blocked.map((b) => b.reason), ['unarmed', 'unarmed']);
    assert.equal((await p.check('127.0.0.1')).allowed, false);
    p.arm({ allowLoopback: true });
    assert.match(await raw(p.url, get), /^HTTP\/1\.1 200/);
    // A second capture must never re-arm (and so reuse) a proxy with a looser guard.
    assert.throws(() => p.arm({ allowLoopback: true }), /already armed/);
  } finally {
    await p.close();
    o.close();
  }
});
