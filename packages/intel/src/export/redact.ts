/**
 * Strict victim-data removal for anything exported. Exports leave GhostGuard for good (resolvers,
 * CERTs, MISP communities), so this is stricter than storage redaction: phone numbers, codes and
 * every other digit run of 3+, e-mail addresses, @handles, and capitalised words that are not at
 * the start of a sentence (names: "vote for my niece Aisha", "Привет, Анна") are replaced.
 * Brand names are kept: they are what the lure is about. Lower-case names cannot be told from
 * words and stay (known limit); lures in exports are the attacker's text, never the victim's chat.
 */
const KEEP = new Set(['whatsapp', 'facebook', 'meta', 'telegram', 'instagram', 'messenger', 'google', 'apple', 'kaspi', 'halyk', 'vote', 'url']);
const MAX_EXPORT_TEXT = 500;

export function redactForExport(input: string): string {
  if (typeof input !== 'string' || input === '') return '';
  let s = input.slice(0, MAX_EXPORT_TEXT * 4).normalize('NFKC').replace(/[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  s = s.replace(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu, '[email]');
  // URLs keep scheme, host and path: they are the indicators. Query and fragment carry victims' data.
  s = s.replace(/\b(https?:\/\/[^\s?#]+)[?#]\S*/gi, '$1');
  s = s.replace(/(?<![\p{L}\p{N}])@[\p{L}\p{N}_.]{2,}/gu, '[user]');
  // Phone numbers: 7+ digits with separators (E.164 numbers have 8–15).
  s = s.replace(/\+?\(?\d(?:[\s().\u2010-\u2015-]{0,3}\d){6,}/g, '[phone]');
  // WhatsApp pairing codes (THREAT.md alphabet), with or without the dash, that contain a digit.
  s = s.replace(/(?<![\p{L}\p{N}])(?=[1-9A-HJ-NP-TV-Z-]*\d)[1-9A-HJ-NP-TV-Z]{4}-?[1-9A-HJ-NP-TV-Z]{4}(?![\p{L}\p{N}])/gu, '[code]');
  s = s.replace(/\d{3,}(?:[\s-]\d{2,})*/g, '[number]');
  s = s.replace(/(?<=[\p{L}\p{N},;:)\]] +)(\p{Lu}[\p{L}\p{M}'’-]+)(?![\p{L}\p{N}])/gu, (w) => (KEEP.has(w.toLowerCase()) ? w : '[name]'));
  return s.slice(0, MAX_EXPORT_TEXT);
}

/** True when a value still looks like it carries a person's data (used to refuse URL indicators). */
export function carriesPersonalData(value: string): boolean {
  return /\d(?:[\s().-]{0,3}\d){6,}/.test(value) || /[\p{L}\p{N}._%+-]+(?:@|%40)[\p{L}\p{N}.-]+\.\p{L}{2,}/u.test(value);
}
