import { test } from 'node:test';
import assert from 'node:assert/strict';
import { urlShape } from './url-shape.ts';
import { run, rulesOf } from './url-test-helpers.ts';

test('url-shape: IP literals in every form', () => {
  assert.deepEqual(rulesOf(urlShape, 'http://192.168.1.1/login'), ['url-shape/ip-literal', 'url-shape/lure-path']);
  for (const u of ['http://3232235777/', 'http://0xC0A80001/', 'http://0300.0250.0.1/', 'http://192.168.1/']) {
    assert.deepEqual(rulesOf(urlShape, u), ['url-shape/obfuscated-ip'], u);
  }
  assert.deepEqual(rulesOf(urlShape, 'http://[::ffff:192.168.0.1]/'), ['url-shape/ip-literal']);
});

test('url-shape: userinfo trick, script and data URLs', () => {
  const [u] = run(urlShape, 'https://facebook.com@evil.top/');
  assert.equal(u?.rule, 'url-shape/userinfo');
  assert.ok((u?.weight ?? 0) >= 60);
  assert.equal(u?.message.params?.['host'], 'evil.top');
  assert.deepEqual(rulesOf(urlShape, 'javascript:alert(1)'), ['url-shape/javascript-url']);
  assert.deepEqual(rulesOf(urlShape, 'JaVaScRiPt:alert(1)'), ['url-shape/javascript-url']);
  assert.deepEqual(rulesOf(urlShape, 'data:text/html;base64,PGgxPg=='), ['url-shape/data-url']);
  assert.ok((run(urlShape, 'data:text/html,<h1>')[0]?.weight ?? 0) >= 60);
});

test('url-shape: random labels, deep chains, ports, lure paths, long URLs', () => {
  assert.deepEqual(rulesOf(urlShape, 'kx0tmr9z.webwave.dev', true), ['url-shape/random-label']);
  assert.deepEqual(rulesOf(urlShape, 'a.b.c.d.example.com', true), ['url-shape/many-subdomains']);
  assert.deepEqual(rulesOf(urlShape, 'https://example.com:8443/'), ['url-shape/port']);
  assert.deepEqual(rulesOf(urlShape, 'https://winnerclose.pro/home/final2'), ['url-shape/lure-path']);
  assert.deepEqual(rulesOf(urlShape, 'https://example.com/' + 'a'.repeat(9000)), ['url-shape/too-long']);
});

test('url-shape: ordinary links and official sites say nothing', () => {
  for (const u of ['https://example.com/', 'https://www.whatsapp.com/download', 'https://kaspi.kz/login', 'https://news.ycombinator.com/item?id=1']) {
    assert.deepEqual(rulesOf(urlShape, u), [], u);
  }
  assert.deepEqual(rulesOf(urlShape, ''), []);
  assert.deepEqual(rulesOf(urlShape, '\u0000binary\u0001\u0002'), []);
});
