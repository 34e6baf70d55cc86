/**
 * Text a page builds at runtime from encoded literals, decoded statically. Kits hide their copy
 * ("Enter this code in WhatsApp") from static scanners as base64 for `atob`, hex/unicode escapes
 * for `decodeURIComponent(escape(...))`, `String.fromCharCode` lists or percent-encoding
 * (THREAT.md: obfuscated kit scripts; the Winnerclose kit hid its socket URL). We decode only
 * literals — never run code — and only what reads as text, within fixed bounds, so a hostile
 * script costs at most a few scans of its (already capped) code.
 */
import type { PageScript } from '../subjects/page-types.ts';

/** Decoded output kept per page; kit copy is a few hundred characters. */
const MAX_DECODED_CHARS = 20_000;
const MAX_STRINGS = 300;
/** Code scanned per script (inline scripts are already capped at 100 KB by limits.ts). */
const MAX_SCAN_CHARS = 100_000;

const BASE64_LITERAL = /(['"`])([A-Za-z0-9+/]{12,4000}={0,2})\1/g;
/** Runs of ≥ 4 hex/unicode escapes with at most 3 plain characters between them (a literal's body). */
const ESCAPE_RUN = /(?:\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|u\{[0-9a-fA-F]{1,6}\})[^'"`\\\n]{0,3}){4,2000}/g;
const CHAR_CODES = /fromCharCode\(\s*((?:(?:0x[0-9a-f]{1,4}|\d{1,5})\s*,\s*){3,1000}(?:0x[0-9a-f]{1,4}|\d{1,5}))\s*\)/gi;
const NUMBER_ARRAY = /\[\s*((?:\d{1,5}\s*,\s*){5,1000}\d{1,5})\s*\]/g;
/** Percent-encoded literals handed straight to a decoder (anchored on the call: a cheap scan). */
const PERCENT_LITERAL = /(?:unescape|decodeURIComponent|decodeURI)\(\s*(['"])([^'"\n]{6,4000})\1/g;
const JS_ESCAPE = /\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|u\{([0-9a-fA-F]{1,6})\}|([\s\S]))/g;
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', b: '', f: '', v: '' };

const utf8 = new TextDecoder('utf-8', { fatal: true });

const LETTERS = /\p{L}/gu;
const NOT_TEXT = /[^\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}\n]/gu;

/** Reads as human text: ≥ 3 letters and ≥ 90% letters, digits, spaces and punctuation. */
function looksLikeText(s: string): boolean {
  if (s.length < 4) return false;
  const letters = s.match(LETTERS)?.length ?? 0;
  if (letters < 3) return false;
  const bad = s.match(NOT_TEXT)?.length ?? 0;
  return bad <= s.length * 0.1;
}

/** Code units < 256 that form multi-byte UTF-8 (the `decodeURIComponent(escape(s))` idiom) → text. */
function bytesAsUtf8(s: string): string {
  if (!/[\u0080-\u00ff]/.test(s) || /[^\u0000-\u00ff]/.test(s)) return s;
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  try {
    return utf8.decode(bytes);
  } catch {
    return s;
  }
}

function unescapeJs(body: string): string {
  return body.replace(JS_ESCAPE, (_m, x?: string, u?: string, cp?: string, other?: string) => {
    if (x) return String.fromCharCode(Number.parseInt(x, 16));
    if (u) return String.fromCharCode(Number.parseInt(u, 16));
    if (cp) {
      const n = Number.parseInt(cp, 16);
      return n <= 0x10ffff ? String.fromCodePoint(n) : '';
    }
    return SIMPLE_ESCAPES[other ?? ''] ?? other ?? '';
  });
}

function fromBase64(b64: string): string | undefined {
  if (b64.length % 4 === 1) return undefined;
  try {
    const bin = atob(b64);
    return bytesAsUtf8(bin);
  } catch {
    return undefined;
  }
}

function fromCodes(list: string): string {
  let out = '';
  for (const part of list.split(',')) {
    const t = part.trim();
    const n = t.startsWith('0x') || t.startsWith('0X') ? Number.parseInt(t, 16) : Number.parseInt(t, 10);
    if (!Number.isFinite(n) || n > 0xffff) return '';
    out += String.fromCharCode(n);
  }
  return out;
}

class Sink {
  readonly out: string[] = [];
  private chars = 0;
  full(): boolean {
    return this.chars >= MAX_DECODED_CHARS || this.out.length >= MAX_STRINGS;
  }
  add(s: string | undefined): void {
    if (s === undefined || this.full() || !looksLikeText(s)) return;
    const t = s.length > 2000 ? s.slice(0, 2000) : s;
    this.out.push(t);
    this.chars += t.length;
  }
}

function scanLiterals(code: string, sink: Sink): void {
  // Only next to `atob`: pages carry base64 data URIs and tokens that are not text.
  if (code.includes('atob')) {
    for (const m of code.matchAll(BASE64_LITERAL)) {
      if (sink.full()) return;
      // Plain identifiers and words are valid base64 too: need a digit, '+', '/', '=' or mixed case.
      const b = m[2] ?? '';
      if (/^[a-z]+$|^[A-Z]+$/.test(b)) continue;
      sink.add(fromBase64(b));
    }
  }
  if (code.includes('\\x') || code.includes('\\u')) {
    for (const m of code.matchAll(ESCAPE_RUN)) {
      if (sink.full()) return;
      sink.add(bytesAsUtf8(unescapeJs(m[0])));
    }
  }
  if (code.includes('fromCharCode')) {
    for (const m of code.matchAll(CHAR_CODES)) sink.add(fromCodes(m[1] ?? ''));
    for (const m of code.matchAll(NUMBER_ARRAY)) sink.add(fromCodes(m[1] ?? ''));
  }
  if (code.includes('unescape') || code.includes('decodeURI')) {
    for (const m of code.matchAll(PERCENT_LITERAL)) {
      if (!(m[2] ?? '').includes('%')) continue;
      try {
        sink.add(decodeURIComponent(m[2] ?? ''));
      } catch {
        // Not valid percent-encoded UTF-8: not text the page can show.
      }
    }
  }
}

/** Substring checks (fast) before any regular expression runs over a script. */
const TRIGGERS = ['atob', 'fromCharCode', '\\x', '\\u', 'unescape', 'decodeURI'];

/** Decoded strings of the page's inline scripts that read as text (bounded; empty when none). */
export function decodeScriptStrings(scripts: readonly PageScript[]): string[] {
  const sink = new Sink();
  for (const script of scripts) {
    if (sink.full()) break;
    if (script.text === '') continue;
    const code = script.text.length > MAX_SCAN_CHARS ? script.text.slice(0, MAX_SCAN_CHARS) : script.text;
    if (TRIGGERS.some((t) => code.includes(t))) scanLiterals(code, sink);
  }
  return sink.out;
}

const MARKUP = /<(?:input|select|textarea)\b(?:[^<>]|\\["'])*>/gi;

/**
 * Form fields that scripts write into the page (`el.innerHTML = '<input type="tel">'`), as HTML
 * ready for the extractor; '' when none. Kits build their steps this way so that the static
 * page holds no form at all.
 */
export function scriptMarkup(scripts: readonly PageScript[], decoded: readonly string[]): string {
  const parts: string[] = [];
  let len = 0;
  for (const text of [...scripts.map((s) => s.text), ...decoded]) {
    if (!text.includes('<input') && !text.includes('<select') && !text.includes('<textarea')) continue;
    const code = text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text;
    for (const m of code.matchAll(MARKUP)) {
      parts.push(m[0].replace(/\\(["'])/g, '$1'));
      len += m[0].length;
      if (parts.length >= 50 || len > 20_000) return parts.join('\n');
    }
  }
  return parts.join('\n');
}
