// The baseline for bench/cases/http.ts: Fastify with JSON parsing and nothing else.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.post('/v1/check', async (req) => ({ ok: true, length: JSON.stringify(req.body).length }));
const url = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`${url}\n`);
