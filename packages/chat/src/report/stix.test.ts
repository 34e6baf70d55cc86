import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateStixBundle } from './stix-validate.ts';
import { shareableUrl, stixString, TLP_MARKINGS, toStixBundle } from './stix.ts';
import { sha1, uuidv5 } from './uuid.ts';

const NOW = new Date('2026-03-01T10:00:00.000Z');
const IND = { domains: ['photo-album-viewer.top', 'kids-dance-vote.xyz'], urls: ["https://kids-dance-vote.xyz/vote/it's", 'https://x.top/p?phone=77012345678', 'https://y.top/77012345678/code'] };

test('SHA-1 and UUIDv5 match published test vectors', () => {
  const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  assert.equal(hex(sha1(new TextEncoder().encode('abc'))), 'a9993e364706816aba3e25717850c26c9cd0d89d');
  assert.equal(hex(sha1(new Uint8Array(0))), 'da39a3ee5e6b4b0d3255bfef95601890afd80709');
  // RFC 9562 appendix A.4: v5 of "www.example.com" in the DNS namespace.
  assert.equal(uuidv5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'), '2ed6657d-e927-568b-95e1-2665a8aea6a2');
});

test('our bundle validates: identity, TLP marking, domain and URL indicators with deterministic ids', () => {
  const b = toStixBundle(IND, { now: NOW });
  assert.deepEqual(validateStixBundle(b), []);
  assert.deepEqual(validateStixBundle(JSON.parse(JSON.stringify(b))), []);
  const patterns = b.objects.filter((o) => o.type === 'indicator').map((o) => o['pattern']);
  assert.deepEqual(patterns, [
    "[domain-name:value = 'photo-album-viewer.top']",
    "[domain-name:value = 'kids-dance-vote.xyz']",
    "[url:value = 'https://kids-dance-vote.xyz/vote/it\\'s']",
    "[url:value = 'https://x.top/p']",
  ]);
  assert.ok(b.objects.some((o) => o.id === TLP_MARKINGS.amber.id));
  for (const o of b.objects.filter((x) => x.type === 'indicator')) {
    assert.deepEqual(o['indicator_types'], ['malicious-activity']);
    assert.deepEqual(o['object_marking_refs'], [TLP_MARKINGS.amber.id]);
    assert.equal(o['valid_from'], '2026-03-01T10:00:00.000Z');
  }
  assert.deepEqual(toStixBundle(IND, { now: NOW }), b, 'deterministic');
  assert.equal(toStixBundle(IND, { tlp: 'clear', now: NOW }).objects[1]!.id, 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9');
  assert.ok(!JSON.stringify(b).includes('7701234'), 'no phone numbers');
});

test('the validator catches each kind of mistake', () => {
  const good = () => JSON.parse(JSON.stringify(toStixBundle(IND, { now: NOW }))) as { type: string; id: string; objects: Record<string, unknown>[] };
  const cases: [string, (b: ReturnType<typeof good>) => void, RegExp][] = [
    ['bundle type', (b) => (b.type = 'bundel'), /type must be "bundle"/],
    ['bundle id', (b) => (b.id = 'bundle--123'), /bundle id/],
    ['id format', (b) => (b.objects[2]!['id'] = 'indicator--not-a-uuid'), /is not <type>--<UUID>/],
    ['id prefix', (b) => (b.objects[2]!['id'] = String(b.objects[2]!['id']).replace('indicator', 'malware')), /does not match type/],
    ['spec_version', (b) => (b.objects[2]!['spec_version'] = '2.0'), /spec_version/],
    ['missing pattern', (b) => delete b.objects[2]!['pattern'], /missing "pattern"/],
    ['missing valid_from', (b) => delete b.objects[2]!['valid_from'], /missing "valid_from"/],
    ['timestamp without Z', (b) => (b.objects[2]!['created'] = '2026-03-01T10:00:00.000+05:00'), /RFC 3339 UTC/],
    ['timestamp garbage', (b) => (b.objects[2]!['valid_from'] = '2026-13-01T10:00:00Z'), /RFC 3339 UTC/],
    ['pattern form', (b) => (b.objects[2]!['pattern'] = "[domain-name:value = 'a.top' OR ipv4-addr:value = '1.2.3.4']"), /pattern is not/],
    ['unescaped quote', (b) => (b.objects[2]!['pattern'] = "[url:value = 'https://a.top/it's']"), /pattern is not/],
    ['not a domain', (b) => (b.objects[2]!['pattern'] = "[domain-name:value = 'not a domain']"), /not a domain/],
    ['dangling ref', (b) => (b.objects[2]!['created_by_ref'] = 'identity--2ed6657d-e927-568b-95e1-2665a8aea6a2'), /not in the bundle/],
    ['bad TLP', (b) => ((b.objects[1]!['definition'] as Record<string, string>)['tlp'] = 'purple'), /TLP definition/],
    ['duplicate ids', (b) => b.objects.push(b.objects[2]!), /not unique/],
  ];
  for (const [name, mutate, re] of cases) {
    const b = good();
    mutate(b);
    const errors = validateStixBundle(b);
    assert.ok(errors.some((e) => re.test(e)), `${name}: ${errors.join('; ')}`);
  }
  assert.deepEqual(validateStixBundle('nope'), ['the bundle is not a JSON object']);
  assert.match(validateStixBundle({ type: 'bundle', id: 'bundle--x' }).join(), /objects must be a list/);
});

test('pattern strings escape quotes and backslashes; URLs lose query strings and phone-like paths', () => {
  assert.equal(stixString("a'b\\c"), "'a\\'b\\\\c'");
  assert.equal(shareableUrl('https://a.top/x?phone=1#f'), 'https://a.top/x');
  assert.equal(shareableUrl('https://a.top/7-701-234-56-78/x'), undefined);
  assert.equal(shareableUrl('javascript:alert(1)'), undefined);
  assert.equal(shareableUrl('not a url'), undefined);
});
