/**
 * Privacy rule (DESIGN.md): phone numbers and codes never leave a report in clear. Message texts
 * and sender numbers are redacted before they are put into JSON, HTML or a terminal. The shapes
 * follow the core's (`+7 7** *** ** 12`, `XXXX-XXXX`, `###-###`); the core does not export its
 * redactor, so this is a small, deliberately broader one (it may also mask an amount of 6 digits).
 */

/** Runs of 9–15 digits with the usual separators (E.164 max 15 digits), optionally with + or 00. */
const PHONE_RE = /(?<![\p{L}\p{N}_])(?:\+|00)?\(?\d[\d \-().\u00A0]{7,22}\d(?![\p{L}\p{N}_])/gu;
/** WhatsApp pairing code shape (THREAT.md alphabet), dashed or with letters and digits mixed. */
const PAIRING_RE = /(?<![\p{L}\p{N}_-])[1-9A-HJ-NP-TV-Z]{4}-?[1-9A-HJ-NP-TV-Z]{4}(?![\p{L}\p{N}_])/gu;
/** 6-digit SMS/registration codes, `123456` or `123-456`, not followed by a currency. */
const NUMERIC_CODE_RE = /(?<![\p{L}\p{N}_.,:/+-])\d{3}-?\d{3}(?![\p{L}\p{N}_]|[.,:/-]\d|\s?(?:тг|тенге|₸|руб|kzt|usd|\$|€))/giu;

function maskDigits(raw: string): string {
  const total = raw.replace(/\D/g, '').length;
  if (total < 9 || total > 15) return raw;
  let seen = 0;
  let out = '';
  for (const ch of raw) {
    if (ch >= '0' && ch <= '9') {
      seen++;
      out += seen <= 2 || seen > total - 2 ? ch : '*';
    } else {
      out += ch;
    }
  }
  return out;
}

export function redactText(text: string): string {
  // Fast path: no digit, no code-like upper-case run → nothing to redact.
  if (!/\d|[A-Z]{4}/.test(text)) return text;
  let out = text.replace(PHONE_RE, maskDigits);
  out = out.replace(PAIRING_RE, (m) => {
    const dashed = m.includes('-');
    return dashed || (/\d/.test(m) && /[A-Z]/.test(m)) ? (dashed ? 'XXXX-XXXX' : 'XXXXXXXX') : m;
  });
  return out.replace(NUMERIC_CODE_RE, (m) => (m.includes('-') ? '###-###' : '######'));
}

/** A sender that is a bare number is shown masked; names are kept (they are the chat's own). */
export function redactSender(sender: string, isPhone: boolean): string {
  return isPhone ? maskDigits(sender) : sender;
}

/**
 * A copy of `s` that does not keep its parent alive. Substrings in V8 may be "sliced strings"
 * that pin the whole string they came from (here: a parsed block of ~2,000 lines); anything kept
 * past the block (flagged texts, sender names as map keys) must be detached, or memory grows
 * with the input. Concatenation + flattening makes a fresh sequential copy.
 */
export function detach(s: string): string {
  if (s.length < 13) return s; // V8 never slices below 13 characters (SlicedString::kMinLength)
  const copy = (' ' + s).slice(1);
  // Force the cons string to flatten now into its own storage.
  void copy.charCodeAt(0);
  return copy;
}
