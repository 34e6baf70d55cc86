/**
 * Code-shaped tokens: WhatsApp pairing codes (8 characters of 1-9 A-H J-N P-T V-Z, shown as
 * XXXX-XXXX: THREAT.md, Baileys `socket.ts`, whatsmeow `pair-code.go`) and 6-digit
 * registration/SMS codes (often 123-456). Only the shape is ever shown: `XXXX-XXXX`, `###-###`.
 * Ordinary upper-case words and IDs are not codes: an undashed 8-character token needs both
 * letters and digits, a dashed one needs a letter, and anything else needs a "code" word nearby.
 */
import type { ExtractedCode, ExtractedPhone } from '../subjects/types.ts';

export const MAX_CODES = 50;

const PAIRING = /(?<![\p{L}\p{N}_-])([1-9A-HJ-NP-TV-Z]{4})(-?)([1-9A-HJ-NP-TV-Z]{4})(?![\p{L}\p{N}_]|-[\p{L}\p{N}])/gu;
const NUMERIC = /(?<![\p{L}\p{N}_.,:/+-])(\d{3})([- ]?)(\d{3})(?![\p{L}\p{N}_]|[.,:\-/]\d)/gu;
/** Necessary conditions of PAIRING and NUMERIC: their middle, without the context checks. */
const PAIRING_CORE = /[1-9A-HJ-NP-TV-Z]{4}-?[1-9A-HJ-NP-TV-Z]{4}/;
const NUMERIC_CORE = /\d{3}[- ]?\d{3}/;
const CODE_WORD = /(?:code|c0de|код|kod|codice|c[oó]digo|k[oó]d|pin|otp|sms|смс|парол|parol|passcode)/i;
// Six digits followed by money or units are amounts, not codes ("150 000 тг", "250000 ₸").
const AMOUNT_AFTER = /^\s?(?:тг|тенге|₸|руб|р\.|\$|€|£|usd|kzt|tg|eur|rub|sum|сум|km|км|kg|кг)/i;

function hasCodeContext(text: string, start: number, end: number): boolean {
  return CODE_WORD.test(text.slice(Math.max(0, start - 40), start)) || CODE_WORD.test(text.slice(end, end + 20));
}

const inPhone = (phones: readonly ExtractedPhone[], s: number, e: number): boolean =>
  phones.some((p) => s < p.end && p.start < e);

function pairing(text: string, phones: readonly ExtractedPhone[], out: ExtractedCode[]): void {
  for (const m of text.matchAll(PAIRING)) {
    const raw = m[0];
    const s = m.index;
    const e = s + raw.length;
    if (inPhone(phones, s, e)) continue;
    const letters = /[A-Z]/.test(raw);
    const digits = /\d/.test(raw);
    const dashed = m[2] === '-';
    const ok = (letters && digits) || (dashed && letters) || hasCodeContext(text, s, e);
    if (!ok) continue;
    out.push({ start: s, end: e, raw, kind: 'pairing', redacted: dashed ? 'XXXX-XXXX' : 'XXXXXXXX' });
    if (out.length >= MAX_CODES) return;
  }
}

function numeric(text: string, phones: readonly ExtractedPhone[], out: ExtractedCode[]): void {
  for (const m of text.matchAll(NUMERIC)) {
    const raw = m[0];
    const s = m.index;
    const e = s + raw.length;
    if (inPhone(phones, s, e) || AMOUNT_AFTER.test(text.slice(e, e + 6))) continue;
    const sep = m[2] ?? '';
    // "123 456" is as often a number with a thousands space: only with a code word nearby.
    if (sep === ' ' && !hasCodeContext(text, s, e)) continue;
    out.push({ start: s, end: e, raw, kind: 'numeric', redacted: `###${sep}###` });
    if (out.length >= MAX_CODES) return;
  }
}

export function extractCodes(text: string, phones: readonly ExtractedPhone[]): ExtractedCode[] {
  const out: ExtractedCode[] = [];
  // Each Unicode-aware scan (lookbehind, \p{L}) runs only when its core shape occurs at all:
  // a cheap ASCII test first (most chat has no 4-character code run and no 3-digit run).
  if (PAIRING_CORE.test(text)) pairing(text, phones, out);
  if (out.length < MAX_CODES && NUMERIC_CORE.test(text)) numeric(text, phones, out);
  return out.sort((a, b) => a.start - b.start);
}
