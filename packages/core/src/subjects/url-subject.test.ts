import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createUrlSubject } from './url-subject.ts';

test('createUrlSubject: missing scheme, registrable domain, subdomain', () => {
  const s = createUrlSubject('kaspi-bank.kz/login');
  assert.equal(s.ok, true);
  assert.equal(s.schemeAssumed, true);
  assert.equal(s.hostname, 'kaspi-bank.kz');
  assert.equal(s.domain, 'kaspi-bank.kz');
  assert.equal(s.domainLabel, 'kaspi-bank');
  assert.equal(s.pathname, '/login');
  const t = createUrlSubject('https://WWW.Facebook.com.Photo-View.top/x?y=1#z');
  assert.equal(t.domain, 'photo-view.top');
  assert.equal(t.subdomain, 'www.facebook.com');
  assert.equal(t.publicSuffix, 'top');
  assert.deepEqual(t.tokens, ['www', 'facebook', 'com', 'photo', 'view', 'top', 'x', 'y', '1', 'z']);
});

test('createUrlSubject: defanged forms are refanged', () => {
  for (const [input, host] of [
    ['hxxps://evil[.]top/login', 'evil.top'],
    ['hxxp[:]//evil(.)com', 'evil.com'],
    ['evil[dot]com', 'evil.com'],
    ['evil(dot)co[.]uk', 'evil.co.uk'],
  ] as const) {
    const s = createUrlSubject(input);
    assert.equal(s.hostname, host, input);
    assert.equal(s.wasDefanged, true, input);
  }
});

test('createUrlSubject: wrapping and trailing punctuation', () => {
  assert.equal(createUrlSubject('<https://t.me/joinchat>.').hostname, 't.me');
  assert.equal(createUrlSubject('(https://kaspi.kz),').hostname, 'kaspi.kz');
  assert.equal(createUrlSubject('https://en.wikipedia.org/wiki/Foo_(bar)').pathname, '/wiki/Foo_(bar)');
  assert.equal(createUrlSubject('«whatsapp.com»!').hostname, 'whatsapp.com');
});

test('createUrlSubject: IDN both ways', () => {
  const u = createUrlSubject('http://аррӏе.com/');
  assert.equal(u.hostname, 'xn--80ak6aa92e.com');
  assert.equal(u.hostnameUnicode, 'аррӏе.com');
  assert.equal(u.skeleton, 'apple.com');
  const p = createUrlSubject('xn--80ak6aa92e.com', { domainOnly: true });
  assert.equal(p.hostnameUnicode, 'аррӏе.com');
  assert.equal(p.domainUnicode, 'аррӏе.com');
  assert.equal(createUrlSubject('WWW.Whatsapp。com').hostname, 'www.whatsapp.com');
});

test('createUrlSubject: userinfo trick and ports', () => {
  const s = createUrlSubject('https://facebook.com@evil.top:8080/x');
  assert.equal(s.hostname, 'evil.top');
  assert.equal(s.userinfo, 'facebook.com');
  assert.equal(s.port, '8080');
  assert.equal(createUrlSubject('kaspi.kz:443/x').hostname, 'kaspi.kz');
  assert.equal(createUrlSubject('localhost:8080').hostname, 'localhost');
});

test('createUrlSubject: IP literals in every form', () => {
  const cases = [
    ['http://192.168.1.1/', 'dotted', '192.168.1.1'],
    ['http://3232235777/', 'decimal', '192.168.1.1'],
    ['0xC0A80001', 'hex', '192.168.0.1'],
    ['http://0300.0250.0.1/', 'octal', '192.168.0.1'],
    ['http://192.168.1/', 'short', '192.168.0.1'],
    ['http://[::ffff:192.168.0.1]/', 'ipv6', '[::ffff:c0a8:1]'],
  ] as const;
  for (const [input, form, host] of cases) {
    const s = createUrlSubject(input);
    assert.equal(s.isIp, true, input);
    assert.equal(s.ipForm, form, input);
    assert.equal(s.hostname, host, input);
    assert.equal(s.domain, '', input);
  }
});

test('createUrlSubject: script, data and other schemes are problems, not URLs', () => {
  assert.equal(createUrlSubject('javascript:alert(1)').problem, 'javascript-url');
  assert.equal(createUrlSubject(' JAVASCRIPT:alert(1)').scheme, 'javascript');
  const d = createUrlSubject('data:text/html;base64,PGgxPg==');
  assert.equal(d.ok, false);
  assert.equal(d.problem, 'data-url');
  assert.ok(d.pathname.startsWith('text/html'));
  assert.equal(createUrlSubject('mailto:a@b.c').problem, 'unsupported-scheme');
});

test('createUrlSubject: domain-only mode (CT names)', () => {
  const s = createUrlSubject('*.login.whatsapp-verify.top', { domainOnly: true });
  assert.equal(s.hostname, 'login.whatsapp-verify.top');
  assert.equal(s.scheme, '');
  assert.equal(s.pathname, '');
  assert.equal(createUrlSubject('WWW.Facebook.COM.', { domainOnly: true }).domain, 'facebook.com');
});

test('createUrlSubject: bad input never throws and says why', () => {
  assert.equal(createUrlSubject('').problem, 'empty');
  assert.equal(createUrlSubject('   ').problem, 'empty');
  assert.equal(createUrlSubject('\u0000\u0001abc').problem, 'binary');
  assert.equal(createUrlSubject('\uD800abc').problem, 'invalid-utf16');
  assert.equal(createUrlSubject('http://a..b').problem, 'invalid-host');
  assert.equal(createUrlSubject('http://' + 'a'.repeat(70) + '.com').problem, 'invalid-host');
  assert.equal(createUrlSubject('http://exa mple.com').hostname, 'exa');
  const long = createUrlSubject('https://x.com/' + 'a'.repeat(20_000));
  assert.equal(long.ok, true);
  assert.equal(long.problem, 'too-long');
  assert.ok(long.input.length <= 8192 && long.pathname.length <= 8192);
  assert.ok(long.tokens.length <= 64);
  assert.doesNotThrow(() => createUrlSubject(null as unknown as string));
  const hostile = { toString: () => { throw new Error('boom'); } };
  assert.equal(createUrlSubject(hostile as unknown as string).ok, false);
});
