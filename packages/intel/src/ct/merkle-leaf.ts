/**
 * Binary CT structures: RFC 6962 §3.4 MerkleTreeLeaf / TimestampedEntry (get-entries'
 * `leaf_input`) and c2sp.org/static-ct-api TileLeaf (data tiles). Only what the monitor needs is
 * kept: timestamp, entry type, the certificate or precertificate TBS bytes, and the leaf index
 * extension of static logs. Names are extracted right away by the caller, so DER bytes are views
 * into the response buffer and are dropped with it.
 */
import { TlsDecodeError, TlsReader } from './tls-reader.ts';

export type CtEntryType = 'x509' | 'precert';

export interface TimestampedEntry {
  readonly timestamp: number;
  readonly entryType: CtEntryType;
  /** DER Certificate (x509) or DER TBSCertificate with the poison removed (precert). */
  readonly der: Uint8Array;
  readonly issuerKeyHash?: Uint8Array;
  /** Raw CtExtensions bytes (static-ct-api puts leaf_index here). */
  readonly extensions: Uint8Array;
}

/** A certificate is at most 2^24-1 bytes on the wire; real ones are < 10 kB. */
const X509_ENTRY = 0;
const PRECERT_ENTRY = 1;
/** static-ct-api §"Log Entries": extension type 0 = leaf_index, a uint40. */
const LEAF_INDEX_EXTENSION = 0;

function readTimestampedEntry(r: TlsReader): TimestampedEntry {
  const timestamp = r.uint64('timestamp');
  const type = r.uint(2, 'entry_type');
  if (type === X509_ENTRY) {
    const der = r.vector(3, 'ASN.1Cert', 1);
    return { timestamp, entryType: 'x509', der, extensions: r.vector(2, 'CtExtensions') };
  }
  if (type === PRECERT_ENTRY) {
    const issuerKeyHash = r.bytes(32, 'issuer_key_hash');
    const der = r.vector(3, 'TBSCertificate', 1);
    return { timestamp, entryType: 'precert', der, issuerKeyHash, extensions: r.vector(2, 'CtExtensions') };
  }
  throw new TlsDecodeError(`unknown entry_type ${type}`);
}

/** RFC 6962 MerkleTreeLeaf (v1, timestamped_entry). */
export function parseMerkleTreeLeaf(leaf: Uint8Array): TimestampedEntry {
  const r = new TlsReader(leaf);
  const version = r.uint(1, 'version');
  if (version !== 0) throw new TlsDecodeError(`unsupported MerkleTreeLeaf version ${version}`);
  const leafType = r.uint(1, 'leaf_type');
  if (leafType !== 0) throw new TlsDecodeError(`unsupported leaf_type ${leafType}`);
  const e = readTimestampedEntry(r);
  if (r.remaining !== 0) throw new TlsDecodeError(`${r.remaining} trailing bytes after MerkleTreeLeaf`);
  return e;
}

/** The leaf_index extension of a static-ct-api entry, if present. */
export function leafIndexOf(extensions: Uint8Array): number | undefined {
  const r = new TlsReader(extensions);
  while (r.remaining > 0) {
    const type = r.uint(1, 'extension_type');
    const data = r.vector(2, 'extension_data');
    if (type === LEAF_INDEX_EXTENSION) {
      if (data.length !== 5) throw new TlsDecodeError('leaf_index must be a uint40');
      return new TlsReader(data).uint(5, 'leaf_index');
    }
  }
  return undefined;
}

export interface TileLeaf extends TimestampedEntry {
  readonly leafIndex?: number;
  /** The submitted precertificate (precert entries only). */
  readonly preCertificate?: Uint8Array;
  readonly chainFingerprints: number;
}

/** Reads one TileLeaf from a data tile (static-ct-api "Log Entries"). */
export function readTileLeaf(r: TlsReader): TileLeaf {
  const e = readTimestampedEntry(r);
  const preCertificate = e.entryType === 'precert' ? r.vector(3, 'pre_certificate', 1) : undefined;
  const chain = r.vector(2, 'certificate_chain');
  if (chain.length % 32 !== 0) throw new TlsDecodeError('certificate_chain is not a list of SHA-256 fingerprints');
  const leafIndex = leafIndexOf(e.extensions);
  return { ...e, ...(leafIndex !== undefined ? { leafIndex } : {}), ...(preCertificate ? { preCertificate } : {}), chainFingerprints: chain.length / 32 };
}

/** All leaves of a data tile; throws on a malformed tile (a tile is all-or-nothing). */
export function parseDataTile(tile: Uint8Array, maxLeaves = 256): TileLeaf[] {
  const r = new TlsReader(tile);
  const out: TileLeaf[] = [];
  while (r.remaining > 0) {
    if (out.length >= maxLeaves) throw new TlsDecodeError(`data tile holds more than ${maxLeaves} leaves`);
    out.push(readTileLeaf(r));
  }
  return out;
}

// ---- encoders (used by the fake logs in tests and by the bench to build real-format input) ----

function u(n: number, bytes: number): number[] {
  const out: number[] = [];
  for (let i = bytes - 1; i >= 0; i--) out.push(Math.floor(n / 256 ** i) % 256);
  return out;
}

function concat(parts: (Uint8Array | number[])[]): Uint8Array {
  const len = parts.reduce((a, p) => a + p.length, 0);
  const out = new Uint8Array(len);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export interface EncodeEntry {
  readonly timestamp: number;
  readonly entryType: CtEntryType;
  readonly der: Uint8Array;
  readonly issuerKeyHash?: Uint8Array;
  readonly extensions?: Uint8Array;
}

function encodeTimestampedEntry(e: EncodeEntry): Uint8Array {
  const ext = e.extensions ?? new Uint8Array(0);
  const signed = e.entryType === 'x509'
    ? [u(X509_ENTRY, 2), u(e.der.length, 3), e.der]
    : [u(PRECERT_ENTRY, 2), e.issuerKeyHash ?? new Uint8Array(32), u(e.der.length, 3), e.der];
  return concat([u(Math.floor(e.timestamp / 0x100000000), 4), u(e.timestamp % 0x100000000, 4), ...signed, u(ext.length, 2), ext]);
}

export function encodeMerkleTreeLeaf(e: EncodeEntry): Uint8Array {
  return concat([[0, 0], encodeTimestampedEntry(e)]);
}

export function encodeLeafIndexExtension(index: number): Uint8Array {
  return concat([[LEAF_INDEX_EXTENSION], u(5, 2), u(index, 5)]);
}

export function encodeTileLeaf(e: EncodeEntry & { leafIndex: number; preCertificate?: Uint8Array; chain?: number }): Uint8Array {
  const pre = e.entryType === 'precert' ? [u(e.preCertificate?.length ?? 0, 3), e.preCertificate ?? new Uint8Array(0)] : [];
  const chain = new Uint8Array(32 * (e.chain ?? 1));
  return concat([encodeTimestampedEntry({ ...e, extensions: encodeLeafIndexExtension(e.leafIndex) }), ...pre, u(chain.length, 2), chain]);
}

export { concat as concatBytes };
