import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = new URL('../bin/ghostguard.js', import.meta.url).pathname;

function gg(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const RU_LURE = 'WhatsApp: ваш аккаунт будет заблокирован через 24 часа. Подтвердите номер: https://whatsapp-verify.top/confirm';

test('check: the official WhatsApp site is safe', () => {
  const r = gg(['check', 'https://www.whatsapp.com/']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^SAFE/);
});

test('check: the Russian account-block lure is dangerous, explained in Russian', () => {
  const r = gg(['check', '--lang', 'ru', RU_LURE]);
  assert.equal(r.code, 4, r.out + r.err);
  assert.match(r.out, /^DANGEROUS — Опасно/);
  assert.match(r.out, /Почему:/);
  assert.match(r.out, /Что делать:/);
  assert.match(r.out, /Связанные устройства|код|номер/);
});

test('check --json: a Verdict with rendered findings and advice in the chosen language', () => {
  const r = gg(['check', '--json', '--lang', 'kk', RU_LURE]);
  assert.equal(r.code, 4, r.err);
  const v = JSON.parse(r.out);
  assert.equal(v.level, 'dangerous');
  assert.ok(v.findings.length > 0);
  for (const f of v.findings) assert.equal(typeof f.text, 'string');
  assert.equal(v.rendered.lang, 'kk');
  assert.ok(v.rendered.advice.length > 0);
  assert.ok(v.indicators.domains.includes('whatsapp-verify.top'));
});

test('check: usage errors exit 64 with a clear message', () => {
  assert.equal(gg(['check']).code, 64);
  const bad = gg(['check', '--lang', 'xx', 'hello']);
  assert.equal(bad.code, 64);
  assert.match(bad.err, /unsupported --lang "xx"/);
  assert.equal(gg(['no-such-command']).code, 64);
  assert.equal(gg(['check', '--kind', 'weird', 'x']).code, 64);
});

test('check: reads stdin with -, and survives binary junk', () => {
  const r = gg(['check', '-'], Buffer.from([0, 1, 2, 0xff, 0xfe, 0x80, 0x00, 0x1b, 0x5b]));
  assert.ok(r.code === 0 || r.code === 3, r.err);
  assert.match(r.out, /NO SIGNS FOUND|SAFE|SUSPICIOUS/);
});

test('--help lists the exit codes', () => {
  const r = gg(['--help']);
  assert.equal(r.code, 0);
  assert.match(r.out, /Exit codes:/);
  assert.match(r.out, /4\s+dangerous/);
});

test('batch: JSONL and plain lines, same order, malformed lines reported without stopping', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gg-batch-'));
  try {
    const lines = [
      JSON.stringify({ id: 'a', text: 'see you at 7?' }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'b', text: RU_LURE }),
      JSON.stringify({ id: 'c', nottext: 1 }),
      'plain line without json',
      '',
      JSON.stringify({ id: 'n', text: 5 }),
    ];
    const inFile = join(dir, 'in.jsonl');
    const outFile = join(dir, 'out.jsonl');
    writeFileSync(inFile, lines.join('\n') + '\n');
    const r = gg(['batch', '--kind', 'message', '--in', inFile, '--out', outFile]);
    assert.equal(r.code, 0, r.err);
    const out = readFileSync(outFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(out.map((o) => o.id), ['a', 2, 'b', 'c', 5, 'n']);
    assert.equal(out[0].error, undefined);
    assert.equal(out[1].error.code, 'GG_ERR_BAD_LINE');
    assert.equal(out[2].level, 'dangerous');
    assert.ok(Array.isArray(out[2].rules) && out[2].rules.length > 0);
    assert.match(out[3].error.message, /"text"/);
    assert.equal(out[4].level !== undefined, true, 'a plain line is a message');
    assert.equal(out[5].error.code, 'GG_ERR_BAD_LINE', 'a non-string text is malformed');
    assert.match(r.err, /line 2: invalid JSON/);
    assert.match(r.err, /3 analysed, 1 flagged, 3 malformed/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('batch: urls from stdin, domain-only mode; a missing input file exits 65', () => {
  const r = gg(['batch', '--kind', 'url', '--in', '-', '--domain-only'], 'whatsapp.com\nwhatsapp-verify.top\n');
  assert.equal(r.code, 0, r.err);
  const out = r.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(out.length, 2);
  assert.equal(out[0].level, 'safe');
  assert.notEqual(out[1].level, 'safe');
  const missing = gg(['batch', '--kind', 'url', '--in', '/nonexistent/x.txt']);
  assert.equal(missing.code, 65);
  assert.match(missing.err, /input file not found/);
  assert.equal(gg(['batch', '--in', '-']).code, 64, 'missing --kind');
});

test('batch: pages with html and htmlPath; an unreadable htmlPath is a malformed line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gg-batch-'));
  try {
    writeFileSync(join(dir, 'p.html'), '<html><title>Hello</title><body>ordinary page</body></html>');
    const inFile = join(dir, 'pages.jsonl');
    writeFileSync(inFile, [
      JSON.stringify({ id: 1, url: 'https://example.org/', html: '<p>hi</p>' }),
      JSON.stringify({ id: 2, url: 'https://example.org/x', htmlPath: 'p.html' }),
      JSON.stringify({ id: 3, url: 'https://example.org/y', htmlPath: 'missing.html' }),
      'not json for a page',
    ].join('\n'));
    const r = gg(['batch', '--kind', 'page', '--in', inFile]);
    assert.equal(r.code, 0, r.err);
    const out = r.out.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(out.map((o) => o.id), [1, 2, 3, 4]);
    assert.ok(out[0].level && out[1].level);
    assert.match(out[2].error.message, /cannot read htmlPath/);
    assert.equal(out[3].error.code, 'GG_ERR_BAD_LINE');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('batch: a file of only malformed lines exits 65', () => {
  const r = gg(['batch', '--kind', 'message', '--in', '-'], '{bad\n{"id":1}\n');
  assert.equal(r.code, 65);
});
