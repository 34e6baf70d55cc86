/**
 * A minimal DER walker that finds the two parts of a TBSCertificate the monitor needs — the
 * subject Name and the subjectAltName extension value — without decoding the rest (keys,
 * signatures, policies). Those two small pieces are then decoded with @peculiar/asn1-x509.
 * Parsing whole certificates with the schema library cost ~0.3 ms each, about 10× this path,
 * and CT logs grow by hundreds of entries per second. Any surprise returns undefined and the
 * caller falls back to the full parse.
 */
interface Tlv {
  readonly tag: number;
  readonly start: number;
  readonly contentStart: number;
  readonly end: number;
}

function readTlv(b: Uint8Array, at: number, limit: number): Tlv | undefined {
  if (at + 2 > limit) return undefined;
  const tag = b[at] ?? 0;
  if ((tag & 0x1f) === 0x1f) return undefined; // high tag numbers never occur in a TBS
  let len = b[at + 1] ?? 0;
  let p = at + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 3 || p + n > limit) return undefined;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + (b[p + i] ?? 0);
    p += n;
  }
  if (p + len > limit) return undefined;
  return { tag, start: at, contentStart: p, end: p + len };
}

function children(b: Uint8Array, parent: Tlv): Tlv[] | undefined {
  const out: Tlv[] = [];
  for (let at = parent.contentStart; at < parent.end; ) {
    const t = readTlv(b, at, parent.end);
    if (!t) return undefined;
    out.push(t);
    at = t.end;
    if (out.length > 64) return undefined;
  }
  return out;
}

const SEQUENCE = 0x30;
const SAN_OID = [0x06, 0x03, 0x55, 0x1d, 0x11];

export interface TbsParts {
  readonly subject: Uint8Array;
  /** The extnValue contents of subjectAltName (a DER GeneralNames), if present. */
  readonly san?: Uint8Array;
}

/** Parts of a DER TBSCertificate; `isCertificate` unwraps Certificate → tbsCertificate first. */
export function tbsParts(der: Uint8Array, isCertificate: boolean): TbsParts | undefined {
  let tbs = readTlv(der, 0, der.length);
  if (!tbs || tbs.tag !== SEQUENCE || tbs.end !== der.length) return undefined;
  if (isCertificate) {
    tbs = readTlv(der, tbs.contentStart, tbs.end);
    if (!tbs || tbs.tag !== SEQUENCE) return undefined;
  }
  const f = children(der, tbs);
  if (!f) return undefined;
  // [0] version is optional: serial, signature, issuer, validity, subject, spki follow it.
  const i = f[0]?.tag === 0xa0 ? 1 : 0;
  const subject = f[i + 4];
  if (!subject || subject.tag !== SEQUENCE || f[i + 5]?.tag !== SEQUENCE) return undefined;
  const extsWrap = f.slice(i + 6).find((t) => t.tag === 0xa3);
  let san: Uint8Array | undefined;
  if (extsWrap) {
    const exts = readTlv(der, extsWrap.contentStart, extsWrap.end);
    const list = exts && exts.tag === SEQUENCE ? children(der, exts) : undefined;
    if (!list) return undefined;
    for (const e of list) {
      const parts = children(der, e);
      const oid = parts?.[0];
      if (!parts || !oid || oid.end - oid.start !== SAN_OID.length || !SAN_OID.every((v, k) => der[oid.start + k] === v)) continue;
      const value = parts[parts.length - 1];
      if (!value || value.tag !== 0x04) return undefined;
      san = der.subarray(value.contentStart, value.end);
    }
  }
  return { subject: der.subarray(subject.start, subject.end), ...(san ? { san } : {}) };
}
