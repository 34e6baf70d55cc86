/**
 * The real service (API + worker + real sandbox, SQLite, embedded queue) on loopback, plus a
 * loopback fixture site with an inert lure page for the sandbox to visit. Nothing leaves the
 * machine: the server's test helper resolves names to a fake address and allows loopback scans.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createTestServer } from '../../server/test/helpers.ts';
import { ANALYST, type Target } from './harness.ts';

const FIXTURES: Readonly<Record<string, { type: string; body: Buffer }>> = {
  '/album/view': { type: 'text/html; charset=utf-8', body: readFileSync(new URL('./fixtures/photo-lure.html', import.meta.url)) },
  '/photo-lure.css': { type: 'text/css', body: readFileSync(new URL('./fixtures/photo-lure.css', import.meta.url)) },
};

async function startFixtureSite(): Promise<{ origin: string; close: () => Promise<void> }> {
  const srv = createServer((req, res) => {
    const f = FIXTURES[(req.url ?? '/').split('?')[0] ?? '/'];
    res.writeHead(f ? 200 : 404, { 'content-type': f?.type ?? 'text/plain' });
    res.end(f?.body ?? 'not found');
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => srv.close(() => r())) };
}

async function waitForScan(base: string, id: string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    const s = (await (await fetch(`${base}/v1/scans/${id}`)).json()) as { status: string; error?: string };
    if (s.status === 'done') return;
    if (s.status === 'failed') throw new Error(`seed scan failed: ${s.error ?? ''}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('seed scan timed out');
}

export async function startRealTarget(): Promise<Target> {
  const site = await startFixtureSite();
  const server = await createTestServer();
  await server.addAnalyst(ANALYST.username, ANALYST.password);
  const lureLink = `${site.origin}/album/view?id=4821`;
  return {
    url: server.url,
    lureLink,
    async seedScan() {
      const res = await fetch(`${server.url}/v1/scans`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ url: `${site.origin}/album/view?photo=seed`, lang: 'en' }) });
      if (res.status !== 202) throw new Error(`seed scan: HTTP ${res.status} ${await res.text()}`);
      const { id } = (await res.json()) as { id: string };
      await waitForScan(server.url, id);
      return id;
    },
    async close() {
      await server.close();
      await site.close();
    },
  };
}
