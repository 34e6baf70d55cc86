import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildRedirectChain, frameText, hostOf, socketIoEvent } from './evidence.ts';
import { textFromHtml } from './assemble.ts';

test('socketIoEvent reads event names from Socket.IO frames', () => {
  assert.equal(socketIoEvent('42["init_number",{"a":1}]'), 'init_number');
  assert.equal(socketIoEvent('42/admin,["code","X"]'), 'code');
  assert.equal(socketIoEvent('4217["start_number",{}]'), 'start_number');
  assert.equal(socketIoEvent('45["bin",{"_placeholder":true,"num":0}]'), 'bin');
  assert.equal(socketIoEvent('42["a\\"b"]'), 'a"b');
  for (const f of ['', '0{"sid":"x"}', '40', '3', '2', '42', '42[]', '42[1,2]', '42["', 'hello', '43["ack"]', '\u0000\u0001', '42' + '['.repeat(10_000)]) {
    assert.equal(socketIoEvent(f), null, JSON.stringify(f.slice(0, 20)));
  }
});

test('frameText bounds text and encodes binary frames', () => {
  assert.equal(frameText('x'.repeat(5000)).length, 2048);
  assert.equal(frameText(new Uint8Array([0, 255, 1])), 'base64:AP8B');
  assert.ok(frameText(new Uint8Array(100_000)).length <= 2048);
});

test('buildRedirectChain labels each hop and caps the chain', () => {
  const reasons = new Map([['http://a/meta-target', 'metaTagRefresh'], ['http://a/js-target', 'scriptInitiated']]);
  const chain = buildRedirectChain([
    { url: 'http://a/', viaHttp: false, status: 302 },
    { url: 'http://a/2', viaHttp: true, status: 200 },
    { url: 'http://a/meta-target', viaHttp: false, status: 200 },
    { url: 'http://a/js-target', viaHttp: false, status: 200 },
    { url: 'http://a/unknown', viaHttp: false, status: 0 },
  ], reasons);
  assert.deepEqual(chain.map((h) => h.kind), ['initial', 'http', 'meta-refresh', 'javascript', 'javascript']);
  assert.deepEqual(chain.map((h) => h.status), [302, 200, 200, 200, 0]);
  const many = Array.from({ length: 100 }, (_, i) => ({ url: `http://a/${i}`, viaHttp: true, status: 302 }));
  assert.equal(buildRedirectChain(many, new Map()).length, 30);
  assert.deepEqual(buildRedirectChain([], new Map()), []);
});

test('hostOf and textFromHtml survive hostile input', () => {
  assert.equal(hostOf('http://[::1]:8080/x'), '::1');
  assert.equal(hostOf('not a url'), '');
  assert.equal(textFromHtml('<p>a</p><script>var x="<b>no</b>"</script><style>p{}</style> &amp; b'), 'a & b');
  assert.equal(textFromHtml(''), '');
  assert.ok(textFromHtml('<p>' + 'x '.repeat(200_000)).length <= 100_000);
});
