/**
 * Entity decoding for html-events.ts, done only where it is needed.
 *
 * htmlparser2's Tokenizer with `decodeEntities: true` walks text and attribute values one
 * character at a time (it must watch for `&`); with `false` it jumps to the next `<` or quote
 * with a native scan. On data/pages-benign that per-character walk was the largest single cost of
 * analyzePage. So the main pass runs without decoding, and the few segments that hold a `&` are
 * replayed here through a decoding Tokenizer, which yields exactly the pieces (and the piece
 * boundaries, which text normalisation depends on) that the decoding main pass would have.
 */
import { QuoteType, Tokenizer } from 'htmlparser2';

/** Where a text segment came from: ordinary text, a raw-text element (never decoded), or RCDATA. */
export type TextMode = 'text' | 'raw' | 'title' | 'textarea';

/**
 * The entities real pages use most (hrefs with `&amp;`, `&nbsp;` in text). When every `&` of a
 * segment starts one of these, terminated by `;`, the decoding is context-free and the pieces are
 * cut here; otherwise (legacy forms without `;`, rarer names) the Tokenizer replays the segment.
 */
const COMMON = /&(?:amp|nbsp|quot|lt|gt|#39|#x27);/g;
const COMMON_CHAR: Readonly<Record<string, string>> = {
  '&amp;': '&', '&nbsp;': '\u00a0', '&quot;': '"', '&lt;': '<', '&gt;': '>', '&#39;': "'", '&#x27;': "'",
};

/** Every `&` in `s` starts a COMMON entity. */
function onlyCommon(s: string): boolean {
  let amps = 0;
  for (let i = s.indexOf('&'); i !== -1; i = s.indexOf('&', i + 1)) amps++;
  COMMON.lastIndex = 0;
  let hits = 0;
  while (COMMON.exec(s) !== null) hits++;
  return hits === amps;
}

/** Text pieces as the decoding Tokenizer cuts them: raw runs and one piece per entity. */
function emitCommon(segment: string, emit: (s: string) => void): void {
  let from = 0;
  COMMON.lastIndex = 0;
  for (let m = COMMON.exec(segment); m !== null; m = COMMON.exec(segment)) {
    if (m.index > from) emit(segment.slice(from, m.index));
    emit(COMMON_CHAR[m[0]] ?? m[0]);
    from = m.index + m[0].length;
  }
  if (from < segment.length) emit(segment.slice(from));
}

const noop = (): void => undefined;

function replay(input: string, onText: (s: string) => void, attr?: (s: string) => void): void {
  const t = new Tokenizer({ decodeEntities: true }, {
    onattribdata(start, end) { attr?.(input.slice(start, end)); },
    onattribentity(cp) { attr?.(String.fromCodePoint(cp)); },
    onattribend: noop, onattribname: noop, oncdata: noop, onclosetag: noop, oncomment: noop, ondeclaration: noop,
    onend: noop, onopentagend: noop, onopentagname: noop, onprocessinginstruction: noop, onselfclosingtag: noop,
    ontext(start, end) { onText(input.slice(start, end)); },
    ontextentity(cp) { onText(String.fromCodePoint(cp)); },
  });
  t.write(input);
  t.end();
}

/**
 * Emits a text segment that contains `&` as the decoding Tokenizer would have: in the same
 * state (text or RCDATA) and followed by what ended it there (a tag), so that an entity at the
 * end of the segment is closed the same way.
 */
export function emitDecodedText(segment: string, mode: Exclude<TextMode, 'raw'>, emit: (s: string) => void): void {
  if (onlyCommon(segment)) emitCommon(segment, emit);
  else if (mode === 'text') replay(`${segment}<a>`, emit);
  else replay(`<${mode}>${segment}</${mode}>`, emit);
}

/** Decodes an attribute value that contains `&`, with the quoting it had (attribute-mode rules). */
export function decodeAttributeValue(raw: string, quote: QuoteType): string {
  if (onlyCommon(raw)) return raw.replace(COMMON, (e) => COMMON_CHAR[e] ?? e);
  const q = quote === QuoteType.Double ? '"' : quote === QuoteType.Single ? "'" : '';
  let out = '';
  replay(`<a b=${q}${raw}${q}>`, noop, (s) => { out += s; });
  return out;
}
