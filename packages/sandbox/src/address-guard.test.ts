import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkHost, checkUrl, classifyIp, parseIPv4, parseIPv6 } from './address-guard.ts';
import type { Resolver } from './address-guard.ts';

const fakeDns = (table: Record<string, readonly string[]>): Resolver => async (host) => {
  const r = table[host];
  if (!r) throw new Error('ENOTFOUND');
  return r;
};

test('parseIPv4 understands every inet_aton encoding of 127.0.0.1', () => {
  for (const form of ['127.0.0.1', '2130706433', '0x7f000001', '0x7f.1', '0177.0.0.1', '0177.1', '127.1', '127.0.1', '0x7F.0.0.0x1']) {
    assert.deepEqual(parseIPv4(form), [127, 0, 0, 1], form);
  }
  assert.deepEqual(parseIPv4('0'), [0, 0, 0, 0]);
  for (const bad of ['', '1.2.3.4.5', '256.1.1.1', '1.2.3.256', '4294967296', '08.1.1.1', 'a.b.c.d', '1..2.3', '0x1g.1']) {
    assert.equal(parseIPv4(bad), null, bad);
  }
});

test('parseIPv6 handles compressed, bracketed, zone and embedded IPv4 forms', () => {
  assert.deepEqual(parseIPv6('::1'), [...Array<number>(15).fill(0), 1]);
  assert.deepEqual(parseIPv6('[::ffff:127.0.0.1]')?.slice(10), [255, 255, 127, 0, 0, 1]);
  assert.deepEqual(parseIPv6('fe80::1%eth0')?.slice(0, 2), [0xfe, 0x80]);
  assert.equal(parseIPv6('1:2:3'), null);
  assert.equal(parseIPv6('::1::2'), null);
  assert.equal(parseIPv6('example.com'), null);
});

test('classifyIp refuses every special IPv4 range and passes public ones', () => {
  const cases: Record<string, string | null> = {
    '10.0.0.1': 'private', '172.16.5.4': 'private', '172.31.255.255': 'private', '192.168.1.1': 'private',
    '127.0.0.1': 'loopback', '127.255.255.254': 'loopback', '0.0.0.0': 'unspecified', '0.1.2.3': 'unspecified',
    '169.254.169.254': 'cloud-metadata', '169.254.1.1': 'link-local', '100.64.0.1': 'cgnat', '100.127.255.255': 'cgnat',
    '100.100.100.200': 'cloud-metadata', '168.63.129.16': 'cloud-metadata', '224.0.0.1': 'multicast', '239.1.1.1': 'multicast',
    '240.0.0.1': 'reserved', '255.255.255.255': 'broadcast', '192.0.2.10': 'reserved', '198.18.0.1': 'reserved',
    '8.8.8.8': null, '1.1.1.1': null, '172.32.0.1': null, '100.128.0.1': null, '172.15.255.255': null, '93.184.216.34': null,
  };
  for (const [ip, want] of Object.entries(cases)) assert.equal(classifyIp(ip)?.reason, want, ip);
});

test('classifyIp refuses special IPv6 ranges and IPv4 embedded in IPv6', () => {
  const cases: Record<string, string | null> = {
    '::': 'unspecified', '::1': 'loopback', '[::1]': 'loopback', 'fe80::1': 'link-local', 'fc00::1': 'private', 'fd12:3456::1': 'private',
    'fd00:ec2::254': 'cloud-metadata', 'ff02::1': 'multicast', '::ffff:10.0.0.1': 'private', '::ffff:169.254.169.254': 'cloud-metadata',
    '::ffff:7f00:1': 'loopback', '::ffff:a00:1': 'private', '64:ff9b::a9fe:a9fe': 'cloud-metadata', '2002:a00:1::': 'private',
    '2001:db8::1': 'reserved', '::10.0.0.1': 'private', 'fec0::1': 'private', '100::1': 'reserved',
    '2606:4700:4700::1111': null, '2a00:1450:4001:80b::200e': null, '::ffff:8.8.8.8': null, '64:ff9b::808:808': null,
  };
  for (const [ip, want] of Object.entries(cases)) assert.equal(classifyIp(ip)?.reason, want, ip);
  assert.equal(classifyIp('example.com'), undefined);
});

test('checkHost refuses literal encodings of private addresses without touching DNS', async () => {
  const resolve: Resolver = async () => { throw new Error('DNS must not be used for literals'); };
  for (const host of ['2130706433', '0x7f.1', '0177.0.0.1', '0xa000001', '[::ffff:10.0.0.1]', '0251.0376.0251.0376', '169.254.169.254.']) {
    const r = await checkHost(host, { resolve });
    assert.equal(r.allowed, false, host);
  }
});

test('allowLoopback permits only loopback, never other private ranges', async () => {
  const opts = { allowLoopback: true, resolve: fakeDns({ 'intranet.test': ['192.168.0.5'] }) };
  assert.deepEqual(await checkHost('127.0.0.1', opts), { allowed: true, host: '127.0.0.1', addresses: ['127.0.0.1'] });
  assert.equal((await checkHost('::1', opts)).allowed, true);
  assert.equal((await checkHost('localhost', opts)).allowed, true);
  for (const h of ['10.0.0.1', '169.254.169.254', '0.0.0.0', 'intranet.test', 'fd00:ec2::254']) {
    assert.equal((await checkHost(h, opts)).allowed, false, h);
  }
  const denied = await checkHost('127.0.0.1');
  assert.equal(denied.allowed, false);
  assert.equal(!denied.allowed && denied.reason, 'loopback');
  assert.equal((await checkHost('foo.localhost')).allowed, false);
});

test('checkHost resolves names and refuses when ANY address is private (mixed answers)', async () => {
  const resolve = fakeDns({
    'good.example': ['93.184.216.34', '2606:2800:220:1::1'],
    'mixed.example': ['93.184.216.34', '10.1.2.3'],
    'meta.example': ['169.254.169.254'],
    'mapped.example': ['::ffff:127.0.0.1'],
    'empty.example': [],
    'junk.example': ['not-an-ip'],
  });
  const good = await checkHost('GOOD.example.', { resolve });
  assert.deepEqual(good, { allowed: true, host: 'good.example', addresses: ['93.184.216.34', '2606:2800:220:1::1'] });
  const mixed = await checkHost('mixed.example', { resolve });
  assert.equal(!mixed.allowed && mixed.reason, 'private');
  assert.equal(!mixed.allowed && mixed.address, '10.1.2.3');
  const meta = await checkHost('meta.example', { resolve });
  assert.equal(!meta.allowed && meta.reason, 'cloud-metadata');
  assert.equal((await checkHost('mapped.example', { resolve })).allowed, false);
  for (const h of ['empty.example', 'junk.example', 'missing.example']) assert.equal((await checkHost(h, { resolve })).allowed, false, h);
});

test('checkHost times out a hanging resolver', async () => {
  const resolve: Resolver = () => new Promise(() => undefined);
  const t0 = Date.now();
  const r = await checkHost('slow.example', { resolve, dnsTimeoutMs: 50 });
  assert.equal(!r.allowed && r.reason, 'dns-failure');
  assert.ok(Date.now() - t0 < 1000);
});

test('checkHost rejects hostile and malformed host strings', async () => {
  const resolve = fakeDns({});
  const long = 'a'.repeat(300) + '.com';
  for (const h of ['', ' ', 'a b.com', 'evil.com/x', 'x'.repeat(64) + '.com', long, '1.2.3.4.5', 'foo.0x10', 'foo.123', '\u0000', '\uFFFD\uFFFD', 'a..b']) {
    const r = await checkHost(h, { resolve });
    assert.equal(r.allowed, false, JSON.stringify(h.slice(0, 20)));
  }
  // @ts-expect-error hostile callers may pass anything
  assert.equal((await checkHost(undefined, { resolve })).allowed, false);
  // A legitimate name that merely starts like hex is a name, not an address.
  assert.equal((await checkHost('0xdeadbeef.com', { resolve: fakeDns({ '0xdeadbeef.com': ['8.8.4.4'] }) })).allowed, true);
});

test('checkUrl accepts only http(s) and checks the host', async () => {
  const resolve = fakeDns({ 'example.org': ['93.184.216.34'] });
  assert.equal((await checkUrl('https://example.org/x', { resolve })).allowed, true);
  for (const u of ['file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,x', 'ftp://example.org/', 'not a url', '', 'http://[::1]:80/',
    'http://0x7f.1/', 'http://2130706433/', 'http://169.254.169.254/latest/meta-data/', 'ws://example.org/']) {
    assert.equal((await checkUrl(u, { resolve })).allowed, false, u);
  }
});
