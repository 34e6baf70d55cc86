/**
 * Host names of a certificate or precertificate TBS: SAN dNSNames first, then the subject CN
 * (still set by many CAs and by every kit's self-made cert). Parsed with @peculiar/asn1-x509 under
 * tight asn1js limits, because CT leaves are attacker-submitted bytes.
 */
import { AsnConvert } from '@peculiar/asn1-schema';
import { Certificate, Name, SubjectAlternativeName, TBSCertificate, id_ce_subjectAltName } from '@peculiar/asn1-x509';
import { tbsParts } from './der-walk.ts';

const ID_AT_COMMON_NAME = '2.5.4.3';
/** Real certificates carry up to a few hundred SANs (CAs cap at 100–250); more is abuse. */
export const MAX_NAMES_PER_CERT = 500;
/** asn1js limits: a TBS has < 2,000 nodes; 20 levels of nesting is plenty. */
const BER_LIMITS = { berOptions: { maxDepth: 20, maxNodes: 20_000, maxContentLength: 1 << 20 } };

export interface CertNames {
  /** Normalised, unique names (lower case, no trailing dot, wildcard kept as `*.`). */
  readonly names: readonly string[];
  readonly commonName?: string;
}

/** Lower-cases, drops a trailing dot; returns '' for anything that is not a plausible DNS name. */
export function normaliseDnsName(raw: string): string {
  let s = raw.trim().toLowerCase();
  if (s.endsWith('.')) s = s.slice(0, -1);
  if (s.length === 0 || s.length > 253) return '';
  // Letters, digits, hyphen, underscore (seen in real SANs), dots, and one leading wildcard label.
  if (!/^(\*\.)?[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*$/.test(s)) return '';
  if (/^[0-9.]+$/.test(s)) return ''; // an IPv4 address in a CN
  return s;
}

function collect(sanValues: readonly ArrayBuffer[], subject: Name): CertNames {
  const seen = new Set<string>();
  let commonName: string | undefined;
  for (const v of sanValues) {
    const san = AsnConvert.parse(v, SubjectAlternativeName, BER_LIMITS);
    for (const gn of san) {
      if (seen.size >= MAX_NAMES_PER_CERT) break;
      const n = gn.dNSName !== undefined ? normaliseDnsName(gn.dNSName) : '';
      if (n) seen.add(n);
    }
  }
  for (const rdn of subject) {
    for (const atv of rdn) {
      if (atv.type !== ID_AT_COMMON_NAME) continue;
      commonName = atv.value.toString();
      const n = normaliseDnsName(commonName);
      if (n && seen.size < MAX_NAMES_PER_CERT) seen.add(n);
    }
  }
  return { names: [...seen], ...(commonName !== undefined ? { commonName: commonName.slice(0, 256) } : {}) };
}

function namesFromTbs(tbs: TBSCertificate): CertNames {
  const sans = (tbs.extensions ?? []).filter((e) => e.extnID === id_ce_subjectAltName).map((e) => e.extnValue.buffer);
  return collect(sans, tbs.subject);
}

/** Fast path: only the subject and the SAN value are decoded with the library (see der-walk.ts). */
function namesFast(der: Uint8Array, isCertificate: boolean): CertNames | undefined {
  const parts = tbsParts(der, isCertificate);
  if (!parts) return undefined;
  const copy = (u: Uint8Array) => u.buffer.slice(u.byteOffset, u.byteOffset + u.byteLength) as ArrayBuffer;
  return collect(parts.san ? [copy(parts.san)] : [], AsnConvert.parse(copy(parts.subject), Name, BER_LIMITS));
}

/** Names of a DER X.509 certificate. Throws on malformed DER (the caller counts it and moves on). */
export function namesOfCertificate(der: Uint8Array): CertNames {
  return namesFast(der, true) ?? namesFromTbs(AsnConvert.parse(der, Certificate, BER_LIMITS).tbsCertificate);
}

/** Names of a DER TBSCertificate (precert_entry). */
export function namesOfTbs(der: Uint8Array): CertNames {
  return namesFast(der, false) ?? namesFromTbs(AsnConvert.parse(der, TBSCertificate, BER_LIMITS));
}
