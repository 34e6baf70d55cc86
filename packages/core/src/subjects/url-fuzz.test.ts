/** Seeded fuzz: random bytes, random Unicode and URL-ish strings never throw, in bounded time. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createUrlSubject } from './url-subject.ts';
import { analyzeUrl } from '../analyze.ts';

/** Mulberry32: small, deterministic PRNG (seeded so failures reproduce). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['http://', 'https://', 'hxxps://', '//', '[.]', '(dot)', '@', ':', '/', '?', '#', '%', '%E0', 'xn--', '-', '.', '..',
  'whatsapp', 'wһatsapp', 'faceb00k', 'kaspi', 'login', 'verify', '0x', '0300', '3232235777', '[::1]', 'javascript:', 'data:',
  '\u0000', '\uD800', '\uFFFF', '。', 'ß', 'а', '*.', ' ', '\n', 'com', 'top', 'kz', '😀',
  // Pieces of the context rules: short names glued to lures, home suffixes, free hosting, dotless official domains.
  'fb', 'meta', 'egov', 'kasspi', 'caspi', '-kz', 'gov.kz', 'netlify.app', 'github.io', 'postkz', 'securelogin'];

function sample(r: () => number, kind: number): string {
  const len = Math.floor(r() * 60);
  let s = '';
  for (let i = 0; i < len; i++) {
    if (kind === 0) s += String.fromCharCode(Math.floor(r() * 256));
    else if (kind === 1) s += String.fromCodePoint(Math.floor(r() * 0x10ffff) & 0xffff);
    else s += PIECES[Math.floor(r() * PIECES.length)] ?? '';
  }
  return s;
}

test('fuzz: createUrlSubject and analyzeUrl never throw (3 × 1,500 seeded inputs)', () => {
  const r = rng(20260108);
  const started = performance.now();
  for (let i = 0; i < 4500; i++) {
    const input = sample(r, i % 3);
    const domainOnly = i % 2 === 0;
    const s = createUrlSubject(input, { domainOnly });
    assert.equal(typeof s.ok, 'boolean');
    void s.tokens;
    void s.skeleton;
    const v = analyzeUrl(input, { domainOnly });
    assert.ok(['safe', 'unknown', 'suspicious', 'dangerous'].includes(v.level), input);
    assert.ok(v.score >= 0 && v.score <= 100);
    assert.ok(v.findings.every((f) => f.analyzer !== 'engine' || f.rule !== 'engine/analyzer-failed'), `analyzer threw on ${JSON.stringify(input)}`);
  }
  // Generous bound for a shared 2-core CI machine; typical is well under a second.
  assert.ok(performance.now() - started < 20_000);
});

test('fuzz: huge inputs are bounded', () => {
  const started = performance.now();
  for (const big of ['a'.repeat(5_000_000), 'https://x.com/' + '%41'.repeat(1_000_000), 'https://' + 'a.'.repeat(500_000) + 'com']) {
    const v = analyzeUrl(big);
    assert.ok(v.level === 'unknown' || v.level === 'suspicious' || v.level === 'dangerous');
  }
  assert.ok(performance.now() - started < 5_000);
});
