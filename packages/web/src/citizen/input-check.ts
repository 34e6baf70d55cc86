/**
 * What the check box accepts, decided in the browser before anything is sent, so that a person
 * gets a clear message at once instead of a server error.
 */

/** WhatsApp caps a message at 65,536 characters; a lure is a few hundred. 10,000 covers a long
 * forwarded text with several links and keeps an accidental paste of a whole document out. */
export const MAX_INPUT_CHARS = 10_000;

export type InputProblem = 'empty' | 'tooLong' | 'binary';

export type PreparedInput =
  | { readonly ok: true; readonly body: { text: string } | { url: string } }
  | { readonly ok: false; readonly problem: InputProblem };

/**
 * Share of characters that no chat message contains: C0/C1 controls other than tab/newline,
 * U+FFFD (what a decoder leaves of binary bytes) and private-use code points. Real messages,
 * including emoji and mixed Cyrillic/Latin, score 0; a pasted file scores far above 5%.
 */
export function junkRatio(text: string): number {
  let junk = 0;
  let total = 0;
  for (const ch of text) {
    total++;
    const c = ch.codePointAt(0) ?? 0;
    const control = (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f);
    if (control || c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) junk++;
  }
  return total === 0 ? 0 : junk / total;
}

const BINARY_RATIO = 0.05;

/** A single token that looks like a web address (with or without scheme): checked as a URL. */
function asSingleUrl(text: string): string | null {
  if (/\s/.test(text)) return null;
  if (/^https?:\/\/\S+$/i.test(text)) return text;
  // bare host with a path or a TLD: "fb-photo.top/view", "wa.me/123" — but not "e.g." or "1.5"
  if (/^(?:[a-z0-9-]+\.)+[a-z][a-z0-9-]{1,62}(?:[/:?#]\S*)?$/i.test(text)) return text;
  return null;
}

export function prepareInput(raw: string): PreparedInput {
  const text = raw.trim();
  if (text.length === 0) return { ok: false, problem: 'empty' };
  if (text.length > MAX_INPUT_CHARS) return { ok: false, problem: 'tooLong' };
  if (junkRatio(text) > BINARY_RATIO) return { ok: false, problem: 'binary' };
  const url = asSingleUrl(text);
  return { ok: true, body: url ? { url } : { text } };
}
