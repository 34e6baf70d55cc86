/**
 * Real certificates and precertificates for tests and the bench, made with @peculiar/x509:
 * ECDSA P-256, SAN dNSNames + CN; precertificates carry the critical CT poison extension
 * (RFC 6962 §3.1, OID 1.3.6.1.4.1.11129.2.4.3, value ASN.1 NULL) and their log entry is the TBS
 * with the poison removed, as a log builds it.
 */
import 'reflect-metadata';
import { createHash } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import { AsnConvert } from '@peculiar/asn1-schema';
import { Certificate } from '@peculiar/asn1-x509';
import { encodeMerkleTreeLeaf, encodeTileLeaf, type EncodeEntry } from '../ct/merkle-leaf.ts';

export const CT_POISON_OID = '1.3.6.1.4.1.11129.2.4.3';
const ALG = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;

let keysP: Promise<CryptoKeyPair> | undefined;
const keys = () => (keysP ??= crypto.subtle.generateKey(ALG, true, ['sign', 'verify']) as Promise<CryptoKeyPair>);

export interface TestCert {
  /** What the log stores for the entry: the certificate, or the precert TBS without poison. */
  readonly entry: EncodeEntry;
  /** The submitted certificate or precertificate (with poison). */
  readonly der: Uint8Array;
}

export async function makeCert(names: readonly string[], opts: { precert?: boolean; cn?: string; timestamp?: number } = {}): Promise<TestCert> {
  const k = await keys();
  const extensions: x509.Extension[] = [];
  if (names.length > 0) extensions.push(new x509.SubjectAlternativeNameExtension(names.map((value) => ({ type: 'dns' as const, value }))));
  // DER NULL (05 00) is the poison's value.
  if (opts.precert) extensions.push(new x509.Extension(CT_POISON_OID, true, new Uint8Array([5, 0])));
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    name: `CN=${opts.cn ?? names[0] ?? 'example.invalid'}`,
    keys: k,
    signingAlgorithm: ALG,
    extensions,
    notBefore: new Date('2026-01-01T00:00:00Z'),
    notAfter: new Date('2026-04-01T00:00:00Z'),
  });
  const der = new Uint8Array(cert.rawData);
  const timestamp = opts.timestamp ?? 1_767_225_600_000;
  if (!opts.precert) return { der, entry: { timestamp, entryType: 'x509', der } };
  const parsed = AsnConvert.parse(der, Certificate);
  const tbs = parsed.tbsCertificate;
  tbs.extensions = tbs.extensions?.filter((e) => e.extnID !== CT_POISON_OID) as typeof tbs.extensions;
  const spki = new Uint8Array(AsnConvert.serialize(tbs.subjectPublicKeyInfo));
  const issuerKeyHash = new Uint8Array(createHash('sha256').update(spki).digest());
  return { der, entry: { timestamp, entryType: 'precert', der: new Uint8Array(AsnConvert.serialize(tbs)), issuerKeyHash } };
}

export function leafOf(c: TestCert): Uint8Array {
  return encodeMerkleTreeLeaf(c.entry);
}

export function tileLeafOf(c: TestCert, leafIndex: number): Uint8Array {
  return encodeTileLeaf({ ...c.entry, leafIndex, ...(c.entry.entryType === 'precert' ? { preCertificate: c.der } : {}) });
}
