/**
 * Greedy redaction before anything reaches the store (THREAT.md privacy: numbers and codes never
 * kept). Any run of 4+ digits (phones, SMS codes) becomes '#'s; 8-char WhatsApp pairing-code
 * shapes (alphabet 1-9 A-H J-N P-T V-Z) become XXXX-XXXX. URL hosts are kept: analysts need them.
 */
const PAIRING = /(?<![\p{L}\p{N}])[1-9A-HJ-NP-TV-Z]{4}-?[1-9A-HJ-NP-TV-Z]{4}(?![\p{L}\p{N}])/gu;
const DIGITS = /\+?\d(?:[\s().-]{0,2}\d){3,}/g;

export function redact(text: string, max = 4000): string {
  return text
    .slice(0, max)
    .replace(PAIRING, (m) => (/\d/.test(m) ? 'XXXX-XXXX' : m))
    .replace(DIGITS, (m) => m.replace(/\d/g, '#'));
}

/** A WhatsApp id is a phone number: keep the first and last two digits only. */
export function redactRecipient(id: string): string {
  const digits = id.replace(/\D/g, '');
  if (digits.length < 5) return '***';
  return `${digits.slice(0, 1)}${'*'.repeat(digits.length - 3)}${digits.slice(-2)}`;
}
