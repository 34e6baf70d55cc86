import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hosting } from './hosting.ts';
import { run, rulesOf } from './url-test-helpers.ts';

test('hosting: shorteners, free hosting and tunnels', () => {
  assert.deepEqual(rulesOf(hosting, 'https://bit.ly/3abc'), ['hosting/shortener']);
  assert.deepEqual(rulesOf(hosting, 'clck.ru/abc'), ['hosting/shortener']);
  assert.deepEqual(rulesOf(hosting, 'my-page.pages.dev', true), ['hosting/free-hosting']);
  assert.deepEqual(rulesOf(hosting, 'a.b.weebly.com', true), ['hosting/free-hosting']);
  assert.deepEqual(rulesOf(hosting, 'google-square-fr.blogspot.ae', true), ['hosting/free-hosting']);
  assert.deepEqual(rulesOf(hosting, 'abc123.ngrok-free.app', true), ['hosting/tunnel']);
  const [f] = run(hosting, 'x.vercel.app', true);
  assert.ok(f && f.weight > 0 && f.weight < 35);
  assert.equal(f?.message.params?.['service'], 'vercel.app');
});

test('hosting: the platforms’ own sites and ordinary domains are not flagged', () => {
  for (const h of ['weebly.com', 'www.weebly.com', 'pages.dev', 'example.com', 'sites.google.com']) assert.deepEqual(rulesOf(hosting, h, true), [], h);
  assert.deepEqual(rulesOf(hosting, ''), []);
  assert.deepEqual(rulesOf(hosting, 'javascript:alert(1)'), []);
});
