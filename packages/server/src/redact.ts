/**
 * Redaction of phone numbers and verification codes in free text, applied before anything is
 * stored or logged (THREAT.md: a GhostGuard that leaks the numbers and codes it was shown would
 * be a new attack). The core's extractor is not exported yet, so the server keeps its own,
 * deliberately greedy: storing "+7 7** *** **12" for an amount is harmless, storing a real
 * number is not. Formats follow the core's `Indicators` convention.
 */

/** 9–15 digits (E.164 max is 15) with common separators, optionally led by + or (. */
const PHONE = /(?<![\p{L}\p{N}])\+?\(?\d(?:[\s().\u2010-\u2015-]{0,3}\d){8,14}(?![\p{L}\p{N}])/gu;
/** WhatsApp pairing code: 8 chars of 1-9 A-H J-N P-T V-Z (no 0, I, O, U), optionally XXXX-XXXX. */
const PAIRING = /(?<![\p{L}\p{N}])[1-9A-HJ-NP-TV-Z]{4}[- ]?[1-9A-HJ-NP-TV-Z]{4}(?![\p{L}\p{N}])/gu;
/** 6-digit registration/SMS codes, also 123-456 / 123 456. 4–5 digit codes (banks) too. */
const NUMERIC_CODE = /(?<![\p{L}\p{N}])(?:\d{3}[- ]\d{3}|\d{4,8})(?![\p{L}\p{N}])/gu;

function redactPhone(m: string): string {
  let seen = 0;
  const total = (m.match(/\d/g) ?? []).length;
  // Keep the first digit (country) and the last two: enough for an analyst to tell numbers apart.
  return m.replace(/\d/g, (d) => {
    seen++;
    return seen === 1 || seen > total - 2 ? d : '*';
  });
}

/** A pairing code needs at least one digit or it is probably a word in capitals ("REGISTER"). */
function redactPairing(m: string): string {
  if (!/\d/.test(m)) return m;
  return m.includes('-') || m.includes(' ') ? 'XXXX-XXXX' : 'XXXXXXXX';
}

/**
 * Every pattern above needs an ASCII digit to change anything (`\d` is ASCII-only even with the
 * u flag; a pairing code without a digit is left alone), so digit-free text is returned as is.
 * Most strings of a verdict (rule ids, message ids, advice, words) have no digit: this skips
 * three regex passes for them, measured at ~0.1 ms of the ~0.15 ms of redacting a flagged verdict.
 */
const HAS_DIGIT = /\d/;

export function redactText(input: string): string {
  if (input.length === 0 || !HAS_DIGIT.test(input)) return input;
  return input
    .replace(PHONE, redactPhone)
    .replace(PAIRING, redactPairing)
    .replace(NUMERIC_CODE, (m) => m.replace(/\d/g, '#'));
}

/**
 * URLs keep their codes-like path segments (short-link ids look like codes) but lose phone numbers:
 * a kit link carrying the victim's number (?phone=+77011234567) must not be stored nor visited.
 */
export function redactUrl(input: string): string {
  // Only after the host: an IP address host (169.254.169.254) looks like a phone number, and
  // rewriting it would change where the URL points (and slip past the address guard).
  if (!HAS_DIGIT.test(input)) return input;
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)(.*)$/is.exec(input.trim());
  if (!m) return input.replace(PHONE, redactPhone);
  return (m[1] ?? '') + (m[2] ?? '').replace(PHONE, redactPhone);
}

/**
 * Deep redaction of a JSON-like value (verdicts, evidence). Hashes and ids are left intact.
 * Copy-on-write: a value with nothing to redact comes back as the same object (callers may
 * then serialise it once for both the answer and the stored row).
 */
export function redactDeep<T>(value: T, skipKeys: ReadonlySet<string> = SKIP_KEYS): T {
  return walk(value, skipKeys, 0) as T;
}

const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\/\S*$/i;
const SKIP_KEYS = new Set(['sha256', 'faviconSha256', 'rulesetVersion', 'rule', 'analyzer', 'id']);

function walk(v: unknown, skip: ReadonlySet<string>, depth: number): unknown {
  if (depth > 20) return null;
  // A URL keeps its host and port (a port is not a code; rewriting the host would change where
  // it points) and loses phone numbers in path and query: see redactUrl.
  if (typeof v === 'string') return URL_LIKE.test(v) ? redactUrl(v) : redactText(v);
  if (Array.isArray(v)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      const y = walk(x, skip, depth + 1);
      if (y !== x) (out ??= v.slice())[i] = y;
    }
    return out ?? v;
  }
  if (v !== null && typeof v === 'object') {
    let out: Record<string, unknown> | undefined;
    for (const [k, x] of Object.entries(v)) {
      if (skip.has(k)) continue;
      const y = walk(x, skip, depth + 1);
      if (y !== x) (out ??= { ...v })[k] = y;
    }
    return out ?? v;
  }
  return v;
}
