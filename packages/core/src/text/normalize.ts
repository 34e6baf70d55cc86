/**
 * First step for every message: make the input a bounded, well-formed, NFKC string and say
 * whether it is text at all. Never throws (lone surrogates, NULs and 10 MB strings included).
 */

/**
 * Characters analysed per message. Real lures are under 300 characters (data/lures-dev.jsonl:
 * longest 66); 64 KB keeps a pasted chat export analysable while bounding the time per call.
 */
export const MAX_MESSAGE_CHARS = 65_536;

export interface NormalizedText {
  readonly text: string;
  readonly truncated: boolean;
  readonly problem?: 'empty' | 'binary';
}

/** Lone UTF-16 surrogates (invalid text) become U+FFFD so that NFKC and regexes never throw. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Invisible characters that carry no meaning in chat (zero-width, BOM, soft hyphen, bidi marks). */
export const INVISIBLE = /[\u00AD\u200B-\u200F\u2060-\u2064\u202A-\u202E\uFEFF]/g;
const NON_ASCII = /[^\u0000-\u007f]/;
/** A character that is neither white space (\s, what trim removes) nor in INVISIBLE. */
const VISIBLE = /[^\s\u00AD\u200B-\u200F\u2060-\u2064\u202A-\u202E\uFEFF]/;
// C0/C1 control characters other than tab, newline and carriage return.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const REPLACEMENT = /\uFFFD/g;
/** Share of control characters above which the input is treated as binary, not text. */
const BINARY_RATIO = 0.1;
/** U+FFFD (undecodable bytes, lone surrogates) is tolerated more: a few broken emoji are still text. */
const REPLACEMENT_RATIO = 0.25;
/** Junk is counted on a prefix: enough to judge, bounded cost on a 64 KB input. */
const BINARY_SAMPLE = 4096;

function wellFormed(s: string): string {
  // String.prototype.isWellFormed (ES2024) is missing in older browsers: use the regex there.
  const proto = String.prototype as { isWellFormed?: () => boolean };
  if (typeof proto.isWellFormed === 'function' && proto.isWellFormed.call(s)) return s;
  return s.replace(LONE_SURROGATE, '\uFFFD');
}

function looksBinary(s: string): boolean {
  const sample = s.length > BINARY_SAMPLE ? s.slice(0, BINARY_SAMPLE) : s;
  if (sample.indexOf('\u0000') >= 0) return true;
  const size = Math.max(1, sample.length);
  const controls = sample.match(CONTROL)?.length ?? 0;
  const replaced = sample.indexOf('\uFFFD') >= 0 ? (sample.match(REPLACEMENT)?.length ?? 0) : 0;
  return controls / size > BINARY_RATIO || replaced / size > REPLACEMENT_RATIO;
}

/** Cut at `max` without splitting a surrogate pair. */
function bound(s: string, max: number): string {
  if (s.length <= max) return s;
  const code = s.charCodeAt(max - 1);
  return s.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

export function normalizeText(input: unknown): NormalizedText {
  const raw = typeof input === 'string' ? input : input == null ? '' : String(input);
  // Bound before NFKC (NFKC can expand, e.g. U+FDFA → 18 characters), then bound again.
  const cut = bound(raw, MAX_MESSAGE_CHARS);
  let truncated = cut.length < raw.length;
  // ASCII is invariant under NFKC (and well-formed): most chat skips the ICU call.
  const nfkc = NON_ASCII.test(cut) ? wellFormed(cut).normalize('NFKC') : cut;
  const text = bound(nfkc, MAX_MESSAGE_CHARS);
  truncated ||= text.length < nfkc.length;
  if (looksBinary(text)) return { text, truncated, problem: 'binary' };
  // Same as "empty after removing INVISIBLE and trimming" (trim strips exactly \s), without copies.
  if (!VISIBLE.test(text)) return { text, truncated, problem: 'empty' };
  return { text, truncated };
}
