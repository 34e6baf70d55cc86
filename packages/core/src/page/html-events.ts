/**
 * A small, bounded SAX layer over htmlparser2's Tokenizer (pure JS, bundles for browsers).
 *
 * Why not htmlparser2's `Parser`: its element stack uses `Array#unshift/shift`, so nesting is
 * quadratic — 100k nested <div>s took 0.5–3.3 s here, and unmatched close tags against a deep
 * stack scan the whole stack each time. Hostile pages can do both. This layer keeps its own
 * stack (push/pop), caps depth, and searches only the top of the stack for a close tag.
 * It does not build a tree and does not aim at spec-exact tree construction: analyzers need
 * element text, attributes and sibling order, not a conformant DOM.
 */
import { Tokenizer } from 'htmlparser2';
import { decodeAttributeValue, emitDecodedText, type TextMode } from './html-decode.ts';

export interface HtmlHandler {
  /**
   * An element opened. `attrs` keys are lower case (NO_ATTRS when none was kept); `depth` is the
   * stack depth after opening; `handlers` says an `on…` attribute was kept.
   */
  open(name: string, attrs: Readonly<Record<string, string>>, depth: number, handlers: boolean): void;
  /** The element closed (explicitly, implied, void, or at end of input). */
  close(name: string): void;
  /** Decoded character data (may come in several pieces). */
  text(data: string): void;
  /**
   * When set, only these attributes are decoded and reported: real pages carry long SVG paths,
   * data-* blobs and inline JSON in attributes that no analyzer reads (a third of the time went
   * into slicing and storing them on data/pages-benign).
   */
  readonly attributes?: ReadonlySet<string>;
}

/** The shared attribute record of elements that kept no attribute (most do): test with `===`. */
export const NO_ATTRS: Readonly<Record<string, string>> = Object.freeze({});

/** Elements whose content the Tokenizer keeps undecoded (its "special" raw-text tags). */
const RAW_TEXT = new Set(['script', 'style', 'iframe', 'noembed', 'noframes', 'xmp', 'plaintext']);

/** Deeper elements are reported as opened-and-closed at once (their text goes to the parent). */
export const MAX_DEPTH = 256;
/** A close tag matches only one of the top N open elements; otherwise it is ignored. */
const CLOSE_SEARCH = 24;

const VOID = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'image', 'img', 'input',
  'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

const HTML_CONTAINERS = new Set([
  'a', 'b', 'button', 'div', 'em', 'form', 'i', 'iframe', 'label', 'li', 'noscript', 'option', 'p', 'script', 'section',
  'select', 'span', 'strong', 'style', 'table', 'td', 'template', 'textarea', 'title', 'tr', 'ul',
]);

/** Opening `key` implicitly closes an open element of these names at the top of the stack. */
const BLOCKS = ['address', 'article', 'aside', 'div', 'dl', 'fieldset', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul'];
const IMPLIED_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ...BLOCKS.map((b) => [b, new Set(['p'])] as [string, ReadonlySet<string>]),
  ['li', new Set(['li', 'p'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['option', 'optgroup'])],
  ['tr', new Set(['tr', 'td', 'th'])],
  ['td', new Set(['td', 'th'])],
  ['th', new Set(['td', 'th'])],
  ['dt', new Set(['dt', 'dd'])],
  ['dd', new Set(['dt', 'dd'])],
]);

export interface ScanStats {
  /** Elements that were flattened because the stack was at MAX_DEPTH. */
  readonly tooDeep: number;
  readonly maxDepth: number;
  readonly elements: number;
}

/**
 * Length and lower-cased first and last character of `s[start, end)`, as one number; -1 (never
 * skipped) when either end is not ASCII, since toLowerCase maps some of those to ASCII (K, U+212A).
 */
function nameShape(s: string, start: number, end: number): number {
  const first = s.charCodeAt(start);
  const last = s.charCodeAt(end - 1);
  if (end <= start || first > 127 || last > 127) return -1;
  return (end - start) * 0x10000 + (lowerCode(first) << 8) + lowerCode(last);
}

function lowerCode(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Streams `html` through `handler`. Never throws on content; bounded work per event. */
export function scanHtml(html: string, handler: HtmlHandler): ScanStats {
  const stack: string[] = [];
  let tagName = '';
  let attrName = '';
  let attrValue = '';
  let skipAttr = false;
  // Most elements keep no attribute at all: they share one empty record instead of allocating.
  const NONE = NO_ATTRS as Record<string, string>;
  let attrs: Record<string, string> = NONE;
  let handlers = false;
  /** What the Tokenizer does with the text after the last open tag (see html-decode.ts). */
  let textMode: TextMode = 'text';
  const keep = handler.attributes;
  // Names longer than every kept one are skipped without slicing or lower-casing them (long
  // data-*/aria-* names are common on real pages; each slice + toLowerCase is an allocation).
  let keepMax = 0;
  if (keep) for (const k of keep) keepMax = Math.max(keepMax, k.length);
  // And names whose (length, first, last letter) no kept name has, read from the input in place.
  const keepShapes = new Set<number>();
  if (keep) for (const k of keep) keepShapes.add(nameShape(k, 0, k.length));
  const shapeMayKeep = (shape: number): boolean => shape === -1 || keepShapes.has(shape);
  let tooDeep = 0;
  let maxDepth = 0;
  let elements = 0;

  const emitText = (s: string): void => handler.text(s);
  const pop = (): void => {
    const name = stack.pop();
    if (name !== undefined) handler.close(name);
  };
  const openTag = (selfClosing: boolean): void => {
    const name = tagName;
    tagName = '';
    if (name === '') return;
    elements++;
    const implied = IMPLIED_CLOSE.get(name);
    while (implied && stack.length > 0 && implied.has(stack[stack.length - 1] ?? '')) pop();
    const flat = VOID.has(name) || selfClosing || stack.length >= MAX_DEPTH;
    if (!VOID.has(name) && !selfClosing && stack.length >= MAX_DEPTH) tooDeep++;
    if (!flat) stack.push(name);
    if (stack.length > maxDepth) maxDepth = stack.length;
    handler.open(name, attrs, stack.length, handlers);
    if (flat) handler.close(name);
    // The Tokenizer enters raw text / RCDATA after these names even when self-closed.
    textMode = RAW_TEXT.has(name) ? 'raw' : name === 'title' || name === 'textarea' ? name : 'text';
  };
  const closeTag = (name: string): void => {
    const floor = Math.max(0, stack.length - CLOSE_SEARCH);
    for (let i = stack.length - 1; i >= floor; i--) {
      if (stack[i] !== name) continue;
      while (stack.length > i) pop();
      return;
    }
  };

  const tokenizer = new Tokenizer({ decodeEntities: false }, {
    onattribdata(start, end) { if (!skipAttr) attrValue = attrValue === '' ? html.slice(start, end) : attrValue + html.slice(start, end); },
    onattribentity(cp) { if (!skipAttr) attrValue += String.fromCodePoint(cp); },
    onattribend(quote) {
      if (!skipAttr) {
        if (attrValue.includes('&')) attrValue = decodeAttributeValue(attrValue, quote);
        if (attrs === NONE) attrs = {};
        if (attrName.startsWith('on')) handlers = true;
        if (!Object.hasOwn(attrs, attrName)) attrs[attrName] = attrValue.length > 4096 ? attrValue.slice(0, 4096) : attrValue;
      }
      attrValue = '';
    },
    onattribname(start, end) {
      if (keep !== undefined && (end - start > keepMax || !shapeMayKeep(nameShape(html, start, end)))) {
        skipAttr = true;
        return;
      }
      attrName = html.slice(start, end).toLowerCase();
      skipAttr = keep !== undefined && !keep.has(attrName);
    },
    oncdata() {},
    onclosetag(start, end) { textMode = 'text'; closeTag(html.slice(start, end).toLowerCase()); },
    oncomment() {},
    ondeclaration() {},
    onend() { while (stack.length > 0) pop(); },
    onopentagend() { openTag(false); },
    onopentagname(start, end) {
      tagName = html.slice(start, end).toLowerCase();
      textMode = 'text';
      attrs = NONE;
      handlers = false;
    },
    onprocessinginstruction() {},
    // `<x/>` closes only foreign (SVG/MathML/custom) elements; for HTML elements browsers ignore
    // the slash (`<script src=a />` still swallows what follows as code).
    onselfclosingtag() { openTag(!HTML_CONTAINERS.has(tagName)); },
    ontext(start, end) {
      const segment = html.slice(start, end);
      if (textMode === 'raw' || !segment.includes('&')) handler.text(segment);
      else emitDecodedText(segment, textMode, emitText);
    },
    ontextentity() {},
  });
  tokenizer.write(html);
  tokenizer.end();
  return { tooDeep, maxDepth, elements };
}
