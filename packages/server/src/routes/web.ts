/**
 * The web UI: packages/web/dist at `/`, with SPA fallback (any GET that is not an API path and
 * accepts HTML gets index.html). Without a build, a small page says how to make one.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { AppError } from '../errors.ts';

const API_PREFIXES = ['/v1/', '/docs', '/openapi.json', '/healthz', '/readyz', '/metrics'];

const NO_BUILD_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>GhostGuard</title></head>
<body><main><h1>GhostGuard is running</h1>
<p>The web UI has not been built yet. Build it with:</p>
<pre>npm run build -w @ghostguard/web</pre>
<p>then reload this page. The API is available now: <a href="/docs">API documentation</a>, <a href="/healthz">health</a>.</p>
</main></body></html>
`;

export async function registerWebRoutes(app: FastifyInstance, distDir: string): Promise<void> {
  const hasBuild = existsSync(join(distDir, 'index.html'));
  if (hasBuild) {
    await app.register(fastifyStatic, { root: distDir, prefix: '/', wildcard: true, index: ['index.html'], maxAge: '1h' });
  } else {
    app.get('/', { schema: { hide: true } }, async (_req, reply) => reply.type('text/html; charset=utf-8').send(NO_BUILD_PAGE));
  }

  app.setNotFoundHandler(async (req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    const isApi = API_PREFIXES.some((p) => path === p || path.startsWith(p));
    const wantsHtml = (req.headers.accept ?? '').includes('text/html');
    if (req.method === 'GET' && !isApi && wantsHtml && !/\.[a-z0-9]{1,8}$/i.test(path)) {
      reply.header('cache-control', 'no-cache');
      return hasBuild ? reply.sendFile('index.html') : reply.type('text/html; charset=utf-8').send(NO_BUILD_PAGE);
    }
    throw new AppError('GG_ERR_NOT_FOUND', `no route ${req.method} ${path.slice(0, 200)}`);
  });
}
