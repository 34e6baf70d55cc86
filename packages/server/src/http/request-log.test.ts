import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import pino from 'pino';
import { Metrics } from '../metrics.ts';
import { registerRequestLog } from './request-log.ts';

async function appLogging(level: 'info' | 'debug' | 'warn' | 'silent') {
  const lines: { msg: string; res?: { statusCode: number }; req?: { url: string } }[] = [];
  const sink = new Writable({ write: (chunk: Buffer, _e, cb) => { for (const l of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(l)); cb(); } });
  const metrics = new Metrics();
  const app = Fastify({ loggerInstance: pino({ level }, sink), logController: new LogController({ disableRequestLogging: true }) });
  registerRequestLog(app as unknown as FastifyInstance, metrics, level);
  app.post('/v1/check', async (req, reply) => ((req.body as { bad?: boolean }).bad ? reply.status(400).send({ e: 1 }) : { ok: true }));
  app.get('/v1/analyst/audit', async () => ({ items: [] }));
  await app.ready();
  return { app, lines, metrics };
}

test('successful checks are counted but not logged at info; errors and other routes get one line each', async () => {
  const { app, lines, metrics } = await appLogging('info');
  for (let i = 0; i < 5; i++) await app.inject({ method: 'POST', url: '/v1/check', payload: { text: 'x' } });
  assert.equal(lines.length, 0);
  await app.inject({ method: 'POST', url: '/v1/check', payload: { bad: true } });
  await app.inject('/v1/analyst/audit');
  await app.inject('/nowhere');
  assert.deepEqual(lines.map((l) => [l.msg, l.res?.statusCode]), [['request completed', 400], ['request completed', 200], ['request completed', 404]]);
  assert.match(metrics.render({ up: 1 }), /route="\/v1\/check",status="200"\} 5/);
  await app.close();
});

test('debug logs the quiet routes too; warn and silent log no request lines', async () => {
  const dbg = await appLogging('debug');
  await dbg.app.inject({ method: 'POST', url: '/v1/check', payload: {} });
  assert.equal(dbg.lines.length, 1);
  await dbg.app.close();
  for (const level of ['warn', 'silent'] as const) {
    const q = await appLogging(level);
    await q.app.inject({ method: 'POST', url: '/v1/check', payload: { bad: true } });
    await q.app.inject('/v1/analyst/audit');
    assert.equal(q.lines.length, 0, level);
    await q.app.close();
  }
});
