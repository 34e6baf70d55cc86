import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import Fastify from 'fastify';
import fastifyCookie from '@fastify/cookie';
import { loadConfig } from '../config.ts';
import { connect } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrations.ts';
import { createRepositories } from '../repos/index.ts';
import { registerErrorHandler } from '../http/error-handler.ts';
import { Metrics } from '../metrics.ts';
import { hashApiKey, newApiKey } from '../security/tokens.ts';
import type { AppContext } from '../http/context.ts';
import { etagMatches, registerExportRoutes } from './export.ts';

test('GET /v1/export/:format: auth, formats, ETag + If-None-Match → 304, bad query → 400', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gg-export-route-'));
  const db = connect({ kind: 'sqlite', sqlitePath: join(dir, 'gg.sqlite') });
  const app = Fastify();
  try {
    await migrateToLatest(db.db as never, db.kind);
    const repos = createRepositories(db.db, db.kind);
    const key = newApiKey();
    await repos.users.addApiKey('resolver', hashApiKey(key), 'analyst');
    await repos.indicators.upsert('domain', 'whatsapp-vote-contest.top', 'dangerous');
    const ctx = { config: loadConfig({}, { DATA_DIR: dir }), repos } as unknown as AppContext;
    await app.register(fastifyCookie);
    app.setValidatorCompiler(() => () => true);
    registerErrorHandler(app, new Metrics());
    registerExportRoutes(app, ctx);
    const auth = { authorization: `Bearer ${key}` };
    assert.equal((await app.inject({ url: '/v1/export/rpz' })).statusCode, 401);
    const r = await app.inject({ url: '/v1/export/rpz', headers: auth });
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /^whatsapp-vote-contest\.top CNAME \.$/m);
    const etag = String(r.headers.etag);
    const again = await app.inject({ url: '/v1/export/rpz', headers: { ...auth, 'if-none-match': etag } });
    assert.deepEqual([again.statusCode, again.body], [304, '']);
    await repos.indicators.upsert('domain', 'ballet-photo-vote.live', 'dangerous');
    assert.equal((await app.inject({ url: '/v1/export/rpz', headers: { ...auth, 'if-none-match': etag } })).statusCode, 200, 'new data, new ETag');
    for (const f of ['stix', 'misp', 'hosts', 'filters', 'csv', 'json']) assert.equal((await app.inject({ url: `/v1/export/${f}?status=suspected`, headers: auth })).statusCode, 200, f);
    assert.equal((await app.inject({ url: '/v1/export/pdf', headers: auth })).statusCode, 400);
    assert.equal((await app.inject({ url: '/v1/export/csv?since=not-a-date', headers: auth })).statusCode, 400);
    assert.equal((await app.inject({ url: '/v1/export/csv?evil=1', headers: auth })).statusCode, 400);
    assert.ok(etagMatches('W/"a", "b"', '"b"') && etagMatches('*', '"x"') && !etagMatches(undefined, '"x"'));
  } finally {
    await app.close();
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
