/**
 * OCR breaks links: "whatsapp-verify . top", "https: //", a URL wrapped over two lines. These
 * repairs are conservative: they only join pieces when the result is link-shaped and the joint
 * is one that prose almost never has (a space *before* a dot followed by a lower-case TLD, a
 * broken scheme, a line that ends inside a URL).
 */

/** TLDs that OCR splits in lures (THREAT.md: cheap TLDs) plus the common generic and local ones. */
const TLDS = 'com|net|org|info|biz|top|pro|xyz|live|world|site|online|click|icu|shop|vip|club|link|app|page|dev|cc|kz|ru|uz|kg|by|ua|me|io|ly|tk|ml|ga|cf|gq|sbs|cfd|rest|store|fun|space|website|one';
/** "label . tld" / "label .tld": prose never puts a space *before* a full stop. */
const SPACE_BEFORE_DOT = new RegExp(`\\b([a-z0-9][a-z0-9-]{1,62}) +\\. *(${TLDS})(?![\\p{L}\\p{N}-])`, 'gu');
/**
 * "label. tld": prose does ("Me too. me"), so only when the label looks like a lure host (a
 * hyphen or a digit: whatsapp-verify, fb2) or a path follows the TLD.
 */
const SPACE_AFTER_DOT = new RegExp(`\\b([a-z0-9-]*[-0-9][a-z0-9-]*|[a-z0-9][a-z0-9-]{1,62}(?=\\. +(?:${TLDS})\\/))\\. +(${TLDS})(?![\\p{L}\\p{N}-])`, 'gu');
const SPLIT_SCHEME = /\b(https?) ?: ?\/ ?\/ ?/gi;
/** A URL that ends a line with a character a URL cannot end on, or mid-path. */
const URL_AT_EOL = /(?:https?:\/\/|www\.)\S*[/\-.=?&_]$/i;

export function repairOcrText(text: string): string {
  let s = String(text).slice(0, 65_536).replace(/\r\n?/g, '\n');
  s = s.replace(SPLIT_SCHEME, (_m, scheme: string) => `${scheme.toLowerCase()}://`);
  const join = (_m: string, label: string, tld: string) => `${label}.${tld}`;
  s = s.replace(SPACE_BEFORE_DOT, join).replace(SPACE_AFTER_DOT, join);
  // "fb-photo.top /album/12" → "fb-photo.top/album/12" (a path right after a dotted host).
  s = s.replace(new RegExp(`(\\.(?:${TLDS})) +(\\/[\\p{L}\\p{N}])`, 'gu'), '$1$2');
  const lines = s.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const first = line.trimStart();
    if (prev !== undefined && URL_AT_EOL.test(prev.trimEnd()) && /^[\p{L}\p{N}/?=&%#_.-]+(?:\s|$)/u.test(first)) {
      const token = first.split(/\s/, 1)[0]!;
      out[out.length - 1] = prev.trimEnd() + token;
      const rest = first.slice(token.length).trim();
      if (rest !== '') out.push(rest);
      continue;
    }
    out.push(line);
  }
  return out.join('\n');
}
