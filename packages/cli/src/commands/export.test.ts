import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runExport } from './export.ts';

test('export on an empty data dir writes valid empty files; bad options are usage errors', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gg-cli-export-'));
  try {
    const out = join(dir, 'zone.rpz');
    const r = await runExport({ format: 'rpz', out, dataDir: dir });
    assert.equal(r.count, 0);
    assert.match(readFileSync(out, 'utf8'), /IN SOA/);
    let printed = '';
    await runExport({ format: 'stix', dataDir: dir }, (s) => (printed += s));
    assert.equal((JSON.parse(printed) as { type: string }).type, 'bundle');
    await assert.rejects(runExport({ format: 'pdf', dataDir: dir }), /--format/);
    await assert.rejects(runExport({ format: 'csv', since: 'yesterday-ish', dataDir: dir }), /--since/);
    await assert.rejects(runExport({ format: 'csv', status: 'false-positive', dataDir: dir }), /--status/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
