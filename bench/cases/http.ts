/**
 * HTTP load on loopback: POST /v1/check on the real service (API role, SQLite, rate limit
 * off) beside a bare Fastify hello-world that parses the same JSON body, in the same run.
 * Uses both cores (server in a child process, autocannon here), so run.ts does not pin it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { report } from '../harness.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const SECONDS = Number(process.env['BENCH_HTTP_SECONDS'] ?? 10);
// Mixed traffic: ordinary messages, a lure, a link. JSON with \u escapes (autocannon counts bytes right).
const BODIES = [
  { text: 'see you at 7 near the school?' },
  { text: 'Привет, это ты на фото? https://fb-photo-view.top/album' },
  { url: 'https://whatsapp-verify.top/confirm' },
  { text: 'Сәлем, жиенім үшін дауыс беріңізші, өтінемін' },
].map((b) => JSON.stringify(b).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start in 60 s')), 60_000);
    let buf = '';
    const onData = (d: Buffer) => {
      buf += d.toString();
      const m = buf.match(/(http:\/\/127\.0\.0\.1:\d+)/);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited ${code}: ${buf.slice(-500)}`)));
  });
}

async function load(url: string, path: string): Promise<{ rps: number; p99: number; errors: number; non2xx: number }> {
  // Warm-up: JIT, lazy rule tables, SQLite page cache; then the measured run.
  await autocannon({ url: url + path, connections: 8, duration: 2, requests: BODIES.map((body) => ({ method: 'POST', path, headers: { 'content-type': 'application/json' }, body })) });
  const r = await autocannon({
    url: url + path,
    connections: 32,
    duration: SECONDS,
    requests: BODIES.map((body) => ({ method: 'POST', path, headers: { 'content-type': 'application/json' }, body })),
  });
  return { rps: Math.round(r.requests.average), p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx };
}

async function withChild<T>(args: string[], env: NodeJS.ProcessEnv, fn: (url: string) => Promise<T>): Promise<T> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    return await fn(await waitForUrl(child));
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const dataDir = mkdtempSync(join(tmpdir(), 'gg-bench-http-'));
try {
  const bare = await withChild(['--import', 'tsx', join(ROOT, 'bench', 'cases', 'http-bare-server.ts')], {}, (u) => load(u, '/v1/check'));
  const svc = await withChild(
    [join(ROOT, 'packages', 'cli', 'bin', 'ghostguard.js'), 'serve', '--roles', 'api', '--port', '0', '--data-dir', dataDir],
    { RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'warn' },
    (u) => load(u, '/v1/check'),
  );
  report({
    name: 'http: POST /v1/check (2 cores, loopback)',
    unit: 'requests/s',
    ops: svc.rps * SECONDS,
    seconds: SECONDS,
    opsPerSec: svc.rps,
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    extra: { p99ms: svc.p99, errors: svc.errors, non2xx: svc.non2xx, bareFastifyRps: bare.rps, bareP99ms: bare.p99, ratioToBare: +(svc.rps / Math.max(1, bare.rps)).toFixed(2) },
  });
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
