import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeLeafIndexExtension, encodeMerkleTreeLeaf, leafIndexOf, parseDataTile, parseMerkleTreeLeaf } from './merkle-leaf.ts';
import { TlsDecodeError } from './tls-reader.ts';
import { makeCert, tileLeafOf } from '../testing/certs.ts';
import { namesOfCertificate, namesOfTbs, normaliseDnsName } from './cert-names.ts';
import { namesOfLeaf } from './rfc6962-log.ts';

test('x509_entry leaf round-trips and yields SAN + CN names', async () => {
  const c = await makeCert(['whatsapp-photo-vote.top', '*.WhatsApp-Photo-Vote.top.'], { cn: 'cn-only.example' });
  const leaf = encodeMerkleTreeLeaf(c.entry);
  const e = parseMerkleTreeLeaf(leaf);
  assert.equal(e.entryType, 'x509');
  assert.equal(e.timestamp, 1_767_225_600_000);
  assert.deepEqual(namesOfLeaf(leaf).names, ['whatsapp-photo-vote.top', '*.whatsapp-photo-vote.top', 'cn-only.example']);
});

test('precert_entry: issuer key hash + TBS without the poison; names still found', async () => {
  const c = await makeCert(['fb-photo-login.live'], { precert: true });
  const e = parseMerkleTreeLeaf(encodeMerkleTreeLeaf(c.entry));
  assert.equal(e.entryType, 'precert');
  assert.equal(e.issuerKeyHash?.length, 32);
  assert.deepEqual(namesOfTbs(e.der).names, ['fb-photo-login.live']);
  // The submitted precertificate still carries the poison (the TBS in the leaf does not).
  assert.ok(Buffer.from(c.der).includes(Buffer.from([0x06, 0x0a, 0x2b, 0x06, 0x01, 0x04, 0x01, 0xd6, 0x79, 0x02, 0x04, 0x03])));
  assert.ok(!Buffer.from(e.der).includes(Buffer.from([0x06, 0x0a, 0x2b, 0x06, 0x01, 0x04, 0x01, 0xd6, 0x79, 0x02, 0x04, 0x03])));
});

test('data tile leaves carry leaf_index and the precertificate', async () => {
  const a = await makeCert(['a.example']);
  const b = await makeCert(['b.example'], { precert: true });
  const tile = Buffer.concat([tileLeafOf(a, 512), tileLeafOf(b, 513)]);
  const leaves = parseDataTile(new Uint8Array(tile));
  assert.deepEqual(leaves.map((l) => l.leafIndex), [512, 513]);
  assert.equal(leaves[1]?.entryType, 'precert');
  assert.ok((leaves[1]?.preCertificate?.length ?? 0) > 100);
  assert.equal(leafIndexOf(encodeLeafIndexExtension(2 ** 39)), 2 ** 39);
});

test('bad input: empty, truncated, wrong version, unknown type, trailing bytes, junk DER', async () => {
  const c = await makeCert(['x.example']);
  const leaf = encodeMerkleTreeLeaf(c.entry);
  assert.throws(() => parseMerkleTreeLeaf(new Uint8Array(0)), TlsDecodeError);
  for (const cut of [1, 5, 12, 15, leaf.length - 1]) assert.throws(() => parseMerkleTreeLeaf(leaf.subarray(0, cut)), TlsDecodeError, `cut ${cut}`);
  const v1 = leaf.slice();
  v1[0] = 1;
  assert.throws(() => parseMerkleTreeLeaf(v1), /version/);
  const t = leaf.slice();
  t[11] = 7;
  assert.throws(() => parseMerkleTreeLeaf(t), /entry_type/);
  assert.throws(() => parseMerkleTreeLeaf(new Uint8Array([...leaf, 0])), /trailing/);
  assert.throws(() => namesOfCertificate(new Uint8Array([0x30, 0x82, 0xff, 0xff, 1, 2, 3])));
  const junk = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
  assert.throws(() => namesOfCertificate(junk));
  assert.throws(() => parseDataTile(new Uint8Array([0, 0, 0])), TlsDecodeError);
});

test('DNS name normalisation rejects junk and IPs, keeps one wildcard', () => {
  assert.equal(normaliseDnsName('WWW.Example.COM.'), 'www.example.com');
  assert.equal(normaliseDnsName('*.example.com'), '*.example.com');
  for (const bad of ['', ' ', '10.0.0.1', 'a..b', '-a.com', 'a-.com', 'ex ample.com', '*.*.example.com', 'x'.repeat(300), 'пример.рф', 'a.com/evil', '\u0000.com']) {
    assert.equal(normaliseDnsName(bad), '', bad);
  }
});
