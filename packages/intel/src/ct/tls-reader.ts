/**
 * A bounds-checked reader for the TLS presentation language (RFC 8446 §3) that RFC 6962 and
 * c2sp.org/static-ct-api use for their binary structures: big-endian integers and vectors with
 * a 1–3 byte length prefix. Every read checks the remaining length, so a truncated or hostile
 * leaf fails with a typed error instead of reading past the end.
 */
export class TlsDecodeError extends Error {
  readonly code = 'GG_ERR_CT_DECODE';
}

export class TlsReader {
  private pos = 0;
  constructor(private readonly buf: Uint8Array) {}

  get offset(): number {
    return this.pos;
  }

  get remaining(): number {
    return this.buf.length - this.pos;
  }

  private need(n: number, what: string): void {
    if (n < 0 || this.pos + n > this.buf.length) {
      throw new TlsDecodeError(`truncated ${what}: need ${n} bytes at ${this.pos}, have ${this.remaining}`);
    }
  }

  /** Unsigned big-endian integer of 1..6 bytes (uint64 timestamps in ms fit in 2^53 until year 287396). */
  uint(bytes: number, what = 'uint'): number {
    this.need(bytes, what);
    let v = 0;
    for (let i = 0; i < bytes; i++) v = v * 256 + (this.buf[this.pos + i] ?? 0);
    this.pos += bytes;
    return v;
  }

  /** uint64; throws when it does not fit a safe integer (it never does for real CT timestamps). */
  uint64(what = 'uint64'): number {
    const hi = this.uint(4, what);
    const lo = this.uint(4, what);
    if (hi > 0x1fffff) throw new TlsDecodeError(`${what} too large`);
    return hi * 0x100000000 + lo;
  }

  bytes(n: number, what = 'bytes'): Uint8Array {
    this.need(n, what);
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  /** opaque x<min..max> with a `lenBytes`-byte length prefix. */
  vector(lenBytes: number, what = 'vector', min = 0): Uint8Array {
    const len = this.uint(lenBytes, `${what} length`);
    if (len < min) throw new TlsDecodeError(`${what} shorter than ${min}`);
    return this.bytes(len, what);
  }
}
