/**
 * Phone numbers in a message, kept only in redacted form for anything shown or stored
 * (privacy rule: country code, first national digit and last two digits, e.g. `+7 7** *** ** 12`).
 * Kazakhstan/Russia formats first (+7 7xx…, 8 7xx…, 7xx… without prefix), then any number
 * written with a leading + (ITU E.164: at most 15 digits).
 */
import type { ExtractedPhone } from '../subjects/types.ts';

export const MAX_PHONES = 50;

const CANDIDATE = /(?<![\p{L}\p{N}+_])(\+|00)?\s?\(?\d[\d \-().]{6,20}\d(?![\p{L}\p{N}_]|[.,]\d)/gu;

/** Two-digit country codes (ITU); all others are taken as three digits unless 1 or 7. */
const CC2 = new Set('20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98'.split(' '));

function countryCode(digits: string): string {
  const d1 = digits.slice(0, 1);
  if (d1 === '1' || d1 === '7') return d1;
  return CC2.has(digits.slice(0, 2)) ? digits.slice(0, 2) : digits.slice(0, 3);
}

/** Masks all but the first and the last two digits, grouped like a written number. */
export function maskNational(national: string): string {
  const n = national.length;
  const chars = [...national].map((c, i) => (i === 0 || i >= n - 2 ? c : '*'));
  const groups = n === 10 ? [3, 3, 2, 2] : [];
  if (groups.length === 0) {
    let left = n - 2;
    while (left > 0) {
      groups.push(Math.min(3, left));
      left -= 3;
    }
    groups.push(2);
  }
  const out: string[] = [];
  let i = 0;
  for (const g of groups) {
    out.push(chars.slice(i, i + g).join(''));
    i += g;
  }
  return out.filter((s) => s !== '').join(' ');
}

/** Parses a candidate into [countryCode, national] or undefined when it is not a phone number. */
function parse(intl: boolean, digits: string): [string, string] | undefined {
  if (intl) {
    if (digits.length < 8 || digits.length > 15) return undefined;
    const cc = countryCode(digits);
    return [cc, digits.slice(cc.length)];
  }
  // 8 7xx / 8 9xx (KZ/RU trunk prefix) and 7 7xx written without the plus.
  if (digits.length === 11 && /^[78][3-9]/.test(digits)) return ['7', digits.slice(1)];
  // Kazakh mobile numbers written without any prefix: 70x / 747 / 77x + 7 digits.
  if (digits.length === 10 && /^7(?:0[0-8]|47|7[0-8])/.test(digits)) return ['7', digits];
  // Other local numbers with a trunk 0 (10–11 digits): no country code known.
  if ((digits.length === 10 || digits.length === 11) && digits.startsWith('0')) return ['', digits];
  return undefined;
}

export function redactPhone(cc: string, national: string): string {
  return cc === '' ? maskNational(national) : `+${cc} ${maskNational(national)}`;
}

/** Cheap gate: eight digits with separators at most (no Unicode property classes). */
const MAYBE_PHONE = /\d[\d \-().]{6,}\d/;

export function extractPhones(text: string): ExtractedPhone[] {
  const out: ExtractedPhone[] = [];
  if (!MAYBE_PHONE.test(text)) return out;
  for (const m of text.matchAll(CANDIDATE)) {
    const raw = m[0];
    const digits = raw.replace(/\D/g, '');
    const intl = m[1] !== undefined;
    const parsed = parse(intl, intl && m[1] === '00' ? digits.slice(2) : digits);
    if (parsed === undefined) continue;
    out.push({ start: m.index, end: m.index + raw.length, raw, redacted: redactPhone(parsed[0], parsed[1]) });
    if (out.length >= MAX_PHONES) break;
  }
  return out;
}
