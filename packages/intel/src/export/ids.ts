/** Deterministic UUIDs (RFC 4122 v5, SHA-1) so that an unchanged export is byte-identical (ETag). */
import { createHash } from 'node:crypto';

/** The OASIS namespace for STIX 2.1 SCO ids (STIX 2.1 §2.9). */
export const STIX_SCO_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';
/** GhostGuard's own namespace for SDO / MISP uuids (a v4 uuid minted once for the project). */
export const GHOSTGUARD_NAMESPACE = '3f6b1c2e-8d4a-4e5b-9c7d-2a1b0c9d8e7f';

export function uuidv5(name: string, namespace: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const h = createHash('sha1').update(ns).update(name, 'utf8').digest();
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x50;
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}
