/**
 * First pass over untrusted URL text: bound it, reject binary junk, strip wrapping and
 * trailing punctuation, and undo defanging. Pure string work, linear time, no regex
 * with nested quantifiers (so no catastrophic backtracking on hostile input).
 */

/** Longest input we look at. Real phishing URLs are < 2 KB (browsers cap near 2 MB, but
 * chat apps and SMS truncate far earlier); 8 KB keeps every real host and path prefix. */
export const MAX_URL_INPUT = 8 * 1024;

export interface CleanedUrl {
  readonly text: string;
  readonly tooLong: boolean;
  readonly wasDefanged: boolean;
  /** Set when the input is not text we can analyse ('empty', 'binary', 'invalid-utf16'). */
  readonly problem?: string;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const WRAPPERS: ReadonlyArray<readonly [string, string]> = [
  ['<', '>'], ['"', '"'], ["'", "'"], ['`', '`'], ['«', '»'], ['“', '”'], ['(', ')'], ['[', ']'],
];
/** Characters that end sentences or lists and are never the last character of a real link we care about. */
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', "'", '"', '»', '”', '’', '…', '*', '_']);
/** Characters a link never starts with: opening quotes and brackets left over from prose. */
const LEADING = new Set(['<', '"', "'", '«', '“', '‘', '`', '(', '*', '>']);

/** Defang forms seen in threat-intel feeds and security advisories (CERT-In, BSI, MISP). */
const DEFANG_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^h(?:xx|XX|\*\*|tt|xX|Xx)p(s?)(?=[:[])/, 'http$1'],
  [/^fxp(?=[:[])/i, 'ftp'],
  [/\[:\/\/\]|\[:\]\/\//g, '://'],
  [/\[:\]/g, ':'],
  [/\s\[dot\]\s|\s\(dot\)\s|\s\[\.\]\s/gi, '.'],
  [/\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\}|\[\s?\.\s?\]/gi, '.'],
  [/\[\/\]/g, '/'],
  [/\[@\]|\[at\]|\(at\)/gi, '@'],
];
const MAYBE_DEFANGED = /\[|\(|\{|^h[x*X]/;

function countControl(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f || c === 0xfffd) n++;
  }
  return n;
}

function unwrap(s: string): string {
  let out = s;
  for (let round = 0; round < 4; round++) {
    const before = out;
    for (const [open, close] of WRAPPERS) {
      if (out.length >= 2 && out.startsWith(open) && out.endsWith(close)) out = out.slice(open.length, -close.length).trim();
    }
    while (out.length > 0 && LEADING.has(out[0] ?? '')) out = out.slice(1);
    if (out.endsWith('>') && !out.includes('<')) out = out.slice(0, -1);
    // Trailing punctuation, and a closing bracket only when it is unbalanced
    // (keeps `https://en.wikipedia.org/wiki/Foo_(bar)` intact).
    while (out.length > 0) {
      const last = out[out.length - 1] ?? '';
      if (TRAILING.has(last)) out = out.slice(0, -1);
      else if (last === ')' && count(out, '(') < count(out, ')')) out = out.slice(0, -1);
      else if (last === ']' && count(out, '[') < count(out, ']')) out = out.slice(0, -1);
      else break;
    }
    if (out === before) break;
  }
  return out;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

function refang(s: string): { text: string; changed: boolean } {
  if (!MAYBE_DEFANGED.test(s)) return { text: s, changed: false };
  let out = s;
  for (const [re, to] of DEFANG_RULES) out = out.replace(re, to);
  return { text: out, changed: out !== s };
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Most inputs are already a clean link: printable ASCII, no spaces, no brackets that a
 * defang could use, starting with a letter or digit and ending with one or `/`. For those
 * every step below is a no-op, so one scan decides (the full path is ~4x slower).
 */
function isPlainLink(s: string): boolean {
  const n = s.length;
  if (n === 0 || !isAsciiAlnum(s.charCodeAt(0))) return false;
  const last = s.charCodeAt(n - 1);
  if (!isAsciiAlnum(last) && last !== 47) return false;
  // `hxxp`, `hXXp`, `h**p`: defanged schemes.
  if (s.charCodeAt(0) === 104 && n > 1 && (s[1] === 'x' || s[1] === 'X' || s[1] === '*')) return false;
  for (let i = 1; i < n - 1; i++) {
    const c = s.charCodeAt(i);
    // Space and control characters, DEL and non-ASCII, and the defang brackets [ ( {.
    if (c <= 32 || c >= 127 || c === 91 || c === 40 || c === 123) return false;
  }
  return true;
}

/** Bounded, trimmed, refanged text of a URL or hostname. Never throws. */
export function cleanUrlText(input: string): CleanedUrl {
  const tooLong = input.length > MAX_URL_INPUT;
  let s = tooLong ? input.slice(0, MAX_URL_INPUT) : input;
  if (isPlainLink(s)) return { text: s, tooLong, wasDefanged: false };
  if (LONE_SURROGATE.test(s)) return { text: '', tooLong, wasDefanged: false, problem: 'invalid-utf16' };
  const control = countControl(s);
  if (s.indexOf('\u0000') >= 0 || control > 2) return { text: '', tooLong, wasDefanged: false, problem: 'binary' };
  const r = refang(unwrap(s.trim()));
  s = r.text;
  // Only the first whitespace-separated chunk is the link ("kaspi.kz/login please").
  const ws = s.search(/\s/);
  if (ws > 0) s = s.slice(0, ws);
  s = unwrap(s);
  if (s.length === 0) return { text: '', tooLong, wasDefanged: r.changed, problem: 'empty' };
  return { text: s, tooLong, wasDefanged: r.changed };
}
