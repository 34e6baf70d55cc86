import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateStixBundle } from '@ghostguard/intel';
import { connect } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrations.ts';
import { createRepositories } from '../repos/index.ts';
import { renderIndicatorExport } from './export-data.ts';

test('exports from the store: statuses, since, expiry, ETag stable until data changes; RPZ passes named-checkzone', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gg-export-'));
  const db = connect({ kind: 'sqlite', sqlitePath: join(dir, 'gg.sqlite') });
  try {
    await migrateToLatest(db.db as never, db.kind);
    const repos = createRepositories(db.db, db.kind);
    const empty = await renderIndicatorExport(repos, 'rpz');
    assert.equal(empty.count, 0);
    assert.match(empty.body, /SOA/);
    await repos.indicators.upsert('domain', 'whatsapp-vote-contest.top', 'dangerous');
    await repos.indicators.upsert('url', 'https://ballet-photo.live/vote/final2', 'suspicious');
    await repos.indicators.upsert('domain', 'legit-school.example', 'suspicious');
    await repos.indicators.allowlist('legit-school.example', 'school contest page, verified', 'ana');
    const rpz = await renderIndicatorExport(repos, 'rpz', { rpzOrigin: 'rpz.test.example' });
    assert.match(rpz.body, /^whatsapp-vote-contest\.top CNAME \.$/m);
    assert.doesNotMatch(rpz.body, /legit-school|ballet-photo/);
    assert.equal((await renderIndicatorExport(repos, 'rpz', { rpzOrigin: 'rpz.test.example' })).etag, rpz.etag, 'same data, same ETag');
    const stix = await renderIndicatorExport(repos, 'stix');
    assert.deepEqual(validateStixBundle(JSON.parse(stix.body)), []);
    assert.equal(stix.count, 2);
    assert.equal((await renderIndicatorExport(repos, 'csv', { status: 'confirmed' })).count, 0);
    assert.equal((await renderIndicatorExport(repos, 'json', { since: '2999-01-01T00:00:00Z' })).count, 0);
    const later = new Date(Date.now() + 8 * 86_400_000).toISOString();
    assert.equal((await renderIndicatorExport(repos, 'hosts', {}, later)).count, 0, 'suspected indicators expire after 7 days');
    if (spawnSync('named-checkzone', ['-v']).error) {
      assert.ok(!process.env.CI, 'named-checkzone missing in CI');
      return;
    }
    writeFileSync(join(dir, 'z'), rpz.body);
    const r = spawnSync('named-checkzone', ['rpz.test.example', join(dir, 'z')], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
