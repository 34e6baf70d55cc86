/** The check store (write buffer + repositories) on SQLite and PostgreSQL, and through the real service. */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { dbTargets, PG_ADMIN_URL } from '../test/db-targets.ts';
import { createTestApp, tempDir } from '../test/helpers.ts';
import { createRepositories, type Repositories } from './repos/index.ts';
import { createCheckStore, type StoredCheck } from './check-store.ts';
import { loadConfig, type Config } from './config.ts';
import type { Db } from './db/connect.ts';
import { openDatabase, startService } from './service.ts';

const targets = await dbTargets();

function check(i: number, flagged: boolean, tag = 'check'): StoredCheck {
  return {
    submission: { kind: 'text', lang: 'ru', content: `${tag} ${i} код ######`, level: flagged ? 'dangerous' : 'safe', score: flagged ? 90 : 0, verdict: null, verdictJson: `{"i":${i}}`, createdAt: new Date().toISOString() },
    sightings: flagged ? [{ type: 'domain', value: `lure${i % 7}.top`, level: 'dangerous' }, { type: 'url', value: `https://lure${i % 7}.top/v`, level: 'dangerous' }] : [],
  };
}

for (const target of targets) {
  describe(`check store on ${target.name}`, { ...(target.skip ? { skip: target.skip } : {}) }, () => {
    let db: Db;
    let url: string | undefined;
    let drop: () => Promise<void>;
    let repos: Repositories;
    let config: Config;
    before(async () => {
      const o = await target.open();
      ({ db, url, drop } = o);
      repos = createRepositories(db.db, db.kind);
      config = loadConfig({}, { DATA_DIR: tempDir(), STORAGE_FLUSH_MS: 10, STORAGE_BATCH_MAX: 50 });
    });
    after(async () => {
      await db?.close();
      await drop?.();
    });

    test('concurrent checks are stored in batches: every submission once, sightings counted', async () => {
      const store = createCheckStore(repos, config);
      await Promise.all(Array.from({ length: 700 }, (_, i) => store.add(check(i, i % 10 === 0))));
      await store.close();
      const subs = await repos.submissions.list({ limit: 1000, q: 'check ' });
      assert.equal(subs.items.length, 700);
      assert.equal(new Set(subs.items.map((s) => (s.verdict as { i: number }).i)).size, 700);
      const ind = (await repos.indicators.list({ limit: 100, type: 'domain' })).items;
      assert.equal(ind.length, 7);
      assert.equal(ind.reduce((n, x) => n + x.sightings, 0), 70);
    });

    test('a check the database refuses is dropped alone, the rest of its batch is stored', async () => {
      const dropped: unknown[] = [];
      const store = createCheckStore(repos, config, { onDrop: (e) => dropped.push(e) });
      const bad = check(1, false, 'poison');
      // A second copy of an already stored id: refused by both databases, for that check alone.
      const dup = { ...bad, submission: { ...bad.submission, id: '20000000-0000-4000-8000-000000000000' } };
      await store.add(dup);
      await store.flush();
      for (let i = 0; i < 5; i++) await store.add(check(i, false, 'neighbour'));
      await store.add(dup);
      await store.close();
      assert.equal(dropped.length, 1);
      assert.equal((await repos.submissions.list({ limit: 10, q: 'neighbour' })).items.length, 5);
      assert.equal((await repos.submissions.list({ limit: 10, q: 'poison' })).items.length, 1);
    });

    test('a failing flush keeps the checks and retries them until the database is back', async () => {
      const errors: unknown[] = [];
      const store = createCheckStore(repos, config, { onError: (e) => errors.push(e) });
      const release = await blockWrites(db, url);
      for (let i = 0; i < 20; i++) await store.add(check(i, true, 'retried'));
      for (let i = 0; i < 200 && errors.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      assert.ok(errors.length > 0, 'the flush failed while blocked');
      assert.equal(store.size, 20, 'nothing dropped');
      await release();
      await store.close();
      assert.equal((await repos.submissions.list({ limit: 100, q: 'retried' })).items.length, 20);
    });
  });
}

/**
 * Makes writes fail for a while the way production sees it: SQLite locked by another process
 * (SQLITE_BUSY after the busy timeout); PostgreSQL connections killed (57P01, a restart).
 */
async function blockWrites(db: Db, url: string | undefined): Promise<() => Promise<void>> {
  if (db.kind === 'sqlite') {
    const { sql } = await import('kysely');
    const file = (await sql<{ file: string }>`select file from pragma_database_list where name = 'main'`.execute(db.db)).rows[0]?.file ?? '';
    const { default: Sqlite } = await import('better-sqlite3');
    const other = new Sqlite(file);
    await sql`pragma busy_timeout = 50`.execute(db.db);
    other.exec('BEGIN EXCLUSIVE');
    return async () => {
      other.exec('ROLLBACK');
      other.close();
      await sql`pragma busy_timeout = 5000`.execute(db.db);
    };
  }
  // Every new statement fails until released: the pool's sessions are terminated, and new logins refused.
  const name = new URL(url ?? '').pathname.slice(1);
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`alter database ${name} allow_connections false`);
  await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name]);
  return async () => {
    await admin.query(`alter database ${name} allow_connections true`);
    await admin.end();
  };
}

test('a graceful stop of the real service stores every check it answered (nothing left in the buffer)', async () => {
  const dataDir = tempDir('gg-check-stop-');
  // A long window: without the flush on close, none of these would be written.
  const svc = await startService({ roles: ['api'], port: 0, host: '127.0.0.1', dataDir, env: {}, LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: 0, STORAGE_FLUSH_MS: 1000, STORAGE_BATCH_MAX: 5000 });
  const bodies = Array.from({ length: 120 }, (_, i) => ({ text: i % 3 ? `message ${i} hello` : `Привет! Проголосуй за мою племянницу ${i} в конкурсе https://vote-kids${i % 4}.top/final2 и введи код 4K7P-2M9X` }));
  const answers = await Promise.all(bodies.map((b) => fetch(`${svc.url}/v1/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(b) })));
  assert.ok(answers.every((r) => r.status === 200));
  await Promise.all(answers.map((r) => r.json()));
  await svc.close();
  const db = openDatabase(loadConfig({}, { DATA_DIR: dataDir }));
  try {
    const repos = createRepositories(db.db, db.kind);
    const all = await repos.submissions.list({ limit: 500 });
    assert.equal(all.items.length, 120);
    assert.ok(all.items.every((s) => !s.content.includes('4K7P') && !JSON.stringify(s.verdict).includes('4K7P')), 'codes redacted');
    assert.ok((await repos.indicators.list({ limit: 50, type: 'domain' })).items.length > 0, 'flagged checks feed the indicators');
  } finally {
    await db.close();
  }
});

test('STORAGE_DURABLE_WRITES: a check is committed before it is answered; otherwise within the flush window', async () => {
  const durable = await createTestApp({ STORAGE_DURABLE_WRITES: true, STORAGE_FLUSH_MS: 1000 });
  const buffered = await createTestApp({ STORAGE_FLUSH_MS: 1000 });
  try {
    const payload = { text: 'durable or not, call +7 701 234 56 78' };
    assert.equal((await durable.app.inject({ method: 'POST', url: '/v1/check', payload })).statusCode, 200);
    assert.equal((await durable.repos.submissions.list({ limit: 5 })).items.length, 1, 'stored before the answer');
    assert.equal((await buffered.app.inject({ method: 'POST', url: '/v1/check', payload })).statusCode, 200);
    assert.equal((await buffered.repos.submissions.list({ limit: 5 })).items.length, 0, 'still in the 1 s window');
    assert.match((await buffered.app.inject('/metrics')).body, /gg_checks_pending 1/);
    await buffered.flushChecks();
    const [row] = (await buffered.repos.submissions.list({ limit: 5 })).items;
    assert.ok(row && !row.content.includes('234 56'), row?.content);
  } finally {
    await durable.close();
    await buffered.close();
  }
});

test('hostile checks (binary, NUL, huge) are answered and stored without blocking the others', async () => {
  const t = await createTestApp({ STORAGE_FLUSH_MS: 5 });
  try {
    const texts = ['\u0000\uffff\ud800 binary \u202e', 'x'.repeat(65_536), '', 'ordinary text'];
    for (const text of texts) assert.equal((await t.app.inject({ method: 'POST', url: '/v1/check', payload: { text } })).statusCode, 200);
    await t.flushChecks();
    const stored = (await t.repos.submissions.list({ limit: 10 })).items;
    assert.equal(stored.length, texts.length);
    assert.ok(stored.every((x) => !x.content.includes('\u0000')), 'NUL replaced (PostgreSQL refuses it in text)');
  } finally {
    await t.close();
  }
});
