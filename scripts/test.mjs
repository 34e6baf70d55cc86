#!/usr/bin/env node
// Runs the whole suite: type check, lint, then every *.test.ts with Node's test runner via tsx.
// Usage: npm test [-- <path filter>...]   e.g. `npm test -- packages/core`
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const filters = process.argv.slice(2);
const SKIP = new Set(['node_modules', '.git', 'dist', 'data', 'tmp']);

function findTests(dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name)) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) findTests(p, out);
    else if (name.endsWith('.test.ts')) out.push(relative(root, p));
  }
  return out;
}

function run(label, cmd, args) {
  process.stderr.write(`\n== ${label}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    process.stderr.write(`\n${label} failed (exit ${r.status ?? r.signal})\n`);
    process.exit(r.status ?? 1);
  }
}

const files = findTests(root).filter((f) => filters.length === 0 || filters.some((x) => f.includes(x))).sort();
if (filters.length === 0) {
  run('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
  run('lint', 'npx', ['eslint', '--max-warnings=0', '.']);
}
if (files.length === 0) {
  process.stderr.write('no test files found\n');
  process.exit(1);
}
run(`tests (${files.length} files)`, process.execPath, [
  '--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files,
]);
