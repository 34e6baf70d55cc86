/**
 * Phone-number collection and code-flow signals of a page (THREAT.md "What the fake pages do").
 * Pure functions of the subject; the memoising lives in signals.ts.
 */
import type { PageInput, PageSubject } from '../subjects/page-types.ts';
import type { Evidence } from '../types.ts';

export interface PhoneSignals {
  /** Visible inputs that take a phone number (type=tel, inputmode=tel, or named/labelled so). */
  readonly phoneInputs: readonly PageInput[];
  /** A country-code selector (≥ 3 options with dialling codes or flags). */
  readonly countrySelector: boolean;
  /** A `+7`-style prefix shown beside an input or as its placeholder. */
  readonly dialPrefix: string;
  readonly evidence: readonly Evidence[];
}

export interface CodeSignals {
  /** Pairing-code-shaped tokens displayed as an element's whole text (redacted shapes). */
  readonly displayedCodes: readonly string[];
  /** Runs of 8 one-character boxes (pairing code) and of 6 (SMS code). */
  readonly pairingBoxes: number;
  readonly smsBoxes: number;
  /** Inputs that take a 6- or 8-character code. */
  readonly codeInputs: readonly { readonly length: number; readonly input: PageInput }[];
  readonly evidence: readonly Evidence[];
}

const PHONE_WORDS = /phone|tel(?:ephone)?(?![a-z])|mobile|msisdn|whatsapp|телефон|номер|номир|нөмір|numero|nummer|telefon|cislo|numer|celular|handy/i;
/** Numbers that are not phone numbers. */
const NOT_PHONE_NUMBER = /card|cvv|cvc|account|order|zip|postal|post\s*code|house|street|passport|iin|иин|карт|счет/i;
const CODE_WORDS = /code|otp|pin(?![a-z])|passcode|verif|token|код|kod|codigo|codice|sms/i;
const NOT_PHONE_TYPES = new Set(['hidden', 'password', 'email', 'checkbox', 'radio', 'submit', 'button', 'file', 'date', 'search', 'url', 'color', 'range', 'image', 'reset']);
/** THREAT.md: the pairing alphabet is 1-9 and A-Z without I, O, U (and without 0). */
const PAIRING_TOKEN = /^[1-9A-HJ-NP-TV-Z]{4}-?[1-9A-HJ-NP-TV-Z]{4}$/;
const PAIRING_CHAR = /^[1-9A-HJ-NP-TV-Z]$/;
const DIAL_PREFIX = /^\(?\+\d{1,4}\)?(?:\s|$|[\s(]*[_x0-9#*•·]{2})/;

function describe(i: PageInput): string {
  return [i.tag, i.type, i.name, i.id, i.placeholder, i.label].filter((x) => x !== '').join(' ').slice(0, 120);
}

function isPhoneInput(i: PageInput): boolean {
  if (!i.visible || i.tag !== 'input' || NOT_PHONE_TYPES.has(i.type)) return false;
  if (i.type === 'tel' || i.inputMode === 'tel' || i.autocomplete.startsWith('tel')) return true;
  const words = `${i.name} ${i.id} ${i.placeholder} ${i.label}`;
  // "Email or phone" login fields are account identifiers, not a number-collection step.
  if (/e-?mail|почт|login|user/i.test(words)) return false;
  if (CODE_WORDS.test(`${i.name} ${i.id}`) || NOT_PHONE_NUMBER.test(words)) return false;
  // A placeholder that is itself a phone number (7+ digits) or a field called "number".
  return PHONE_WORDS.test(words) || /^\+?[\d\s()-]{7,}$/.test(i.placeholder.trim()) || /(?:^|[^a-z])(?:number|num)(?:[^a-z]|$)/i.test(`${i.name} ${i.id}`);
}

export function phoneSignals(s: PageSubject): PhoneSignals {
  const phoneInputs = s.inputs.filter(isPhoneInput);
  const evidence: Evidence[] = phoneInputs.slice(0, 3).map((i) => ({ field: 'page.input', value: describe(i) }));
  const selector = s.inputs.find((i) => i.tag === 'select' && i.dialCodeOptions >= 3);
  if (selector) evidence.push({ field: 'page.select', value: `${selector.dialCodeOptions} dialling codes` });
  let dialPrefix = '';
  for (const i of phoneInputs) if (DIAL_PREFIX.test(i.placeholder)) dialPrefix = i.placeholder.slice(0, 5);
  if (dialPrefix === '') dialPrefix = s.shortTexts.find((t) => /^(?:[\u{1F1E6}-\u{1F1FF}]{2}\s*)?\+\d{1,3}$/u.test(t)) ?? '';
  if (dialPrefix !== '') evidence.push({ field: 'page.text', value: dialPrefix.replace(/\d{4,}/g, '…') });
  return { phoneInputs, countrySelector: selector !== undefined, dialPrefix, evidence };
}

/** Ordered runs (ABCDEFGH, 12345678) are alphabets and steppers, not codes. */
function isSequence(chars: string): boolean {
  for (let i = 1; i < chars.length; i++) if (chars.charCodeAt(i) !== chars.charCodeAt(i - 1) + 1) return false;
  return true;
}

function codeShape(token: string): string {
  return token.includes('-') ? 'XXXX-XXXX' : 'XXXXXXXX';
}

function displayedCodes(s: PageSubject): string[] {
  const out: string[] = [];
  for (const t of s.shortTexts) {
    const token = t.replace(/\s+/g, '');
    if (!PAIRING_TOKEN.test(token)) continue;
    // A bare 8-letter word in capitals (WHATSAPP, FACEBOOK) is a heading, not a code: need a
    // digit or the XXXX-XXXX shape. Codes are random over 32 symbols, so (24/32)^8 ≈ 10% of real
    // codes have no digit; the hyphenated display still catches those.
    if (!/\d/.test(token) && !token.includes('-')) continue;
    // Placeholders (XXXX-XXXX in docs) and sequences are not codes: real ones are random.
    if (isSequence(token.replace('-', '')) || new Set(token.replace('-', '')).size < 4) continue;
    out.push(codeShape(token));
    if (out.length >= 5) break;
  }
  return out;
}

function isCodeInput(i: PageInput): number {
  if (!i.visible || i.tag !== 'input' || i.type === 'hidden' || i.type === 'password') return 0;
  const words = `${i.name} ${i.id} ${i.placeholder} ${i.label}`;
  const len = i.maxLength === 6 || i.maxLength === 8 ? i.maxLength : 0;
  if (i.autocomplete === 'one-time-code') return len || 6;
  if (len && CODE_WORDS.test(words) && !PHONE_WORDS.test(words)) return len;
  if (/^\\?d\{6\}$|^\[0-9\]\{6\}$/.test(i.pattern)) return 6;
  return 0;
}

export function codeSignals(s: PageSubject): CodeSignals {
  const codes = displayedCodes(s);
  let pairingBoxes = 0;
  let smsBoxes = 0;
  for (const run of s.boxRuns) {
    const chars = [...run];
    if (isSequence(run)) continue;
    if (chars.length === 8 && chars.every((c) => c === '_' || PAIRING_CHAR.test(c))) pairingBoxes++;
    else if (chars.length === 6 && chars.every((c) => c === '_' || /\d/.test(c))) smsBoxes++;
  }
  const codeInputs = s.inputs.map((input) => ({ length: isCodeInput(input), input })).filter((c) => c.length > 0);
  const evidence: Evidence[] = [
    ...codes.map((c) => ({ field: 'page.text', value: c })),
    ...(pairingBoxes > 0 ? [{ field: 'page.boxes', value: '8 one-character boxes' }] : []),
    ...(smsBoxes > 0 ? [{ field: 'page.boxes', value: '6 one-character boxes' }] : []),
    ...codeInputs.slice(0, 2).map((c) => ({ field: 'page.input', value: describe(c.input) })),
  ];
  return { displayedCodes: codes, pairingBoxes, smsBoxes, codeInputs, evidence };
}
