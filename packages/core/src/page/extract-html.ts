/**
 * One pass over static HTML that extracts what the page analyzers read: title, og:* meta,
 * headings, visible and hidden text, forms and inputs with labels, images, icons, scripts,
 * links, buttons, short element texts, runs of one-character boxes, and a DOM skeleton.
 * Linear in the input; every list bounded by `limits.ts`.
 */
import * as events from './html-events.ts';
import type { ScanStats } from './html-events.ts';
import * as limits from './limits.ts';
import { createCollector, keepUrl, type Collector, type Frame } from './html-collector.ts';

export interface MutableInput {
  tag: 'input' | 'select' | 'textarea';
  type: string;
  name: string;
  id: string;
  placeholder: string;
  autocomplete: string;
  maxLength: number | null;
  inputMode: string;
  pattern: string;
  label: string;
  visible: boolean;
  form: number;
  optionCount: number;
  dialCodeOptions: number;
}

export interface ExtractedHtml {
  lang: string;
  title: string;
  meta: Record<string, string>;
  headings: string[];
  text: string;
  hiddenText: string;
  forms: { action: string; method: string }[];
  inputs: MutableInput[];
  images: { src: string; alt: string }[];
  icons: string[];
  scripts: { src: string; inline: boolean; text: string; sha256: string }[];
  links: { href: string; text: string }[];
  buttons: string[];
  shortTexts: string[];
  /** Runs of 6–8 adjacent one-character boxes: their characters ('_' for an empty slot). */
  boxRuns: string[];
  qrHints: number;
  handlers: string[];
  skeleton: string[];
  stats: ScanStats;
}

// Module-local copies of imported bindings read per element (see html-collector.ts).
const { NO_ATTRS, scanHtml } = events;
const { MAX_ITEM_CHARS, MAX_SHORT_TEXTS } = limits;

/** Text in these is not page text (code, styles, form values, templates of other documents). */
const NO_TEXT = new Set(['script', 'style', 'noscript', 'textarea', 'template', 'svg', 'math', 'head', 'iframe', 'object']);
const HIDDEN_CLASS = /(?:^|\s)(?:hidden|d-none|is-hidden|invisible|hide|sr-only|visually-hidden)(?:\s|$)/i;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const BOX_HINT = /code|digit|box|char|otp|pin|cell|slot/i;
const HANDLER_ATTRS = ['oncontextmenu', 'onkeydown', 'onselectstart', 'oncopy', 'ondragstart', 'onmousedown'];

function isHidden(name: string, a: Readonly<Record<string, string>>): boolean {
  if (a['hidden'] !== undefined || a['aria-hidden'] === 'true') return true;
  if (name === 'input' && (a['type'] ?? '').toLowerCase() === 'hidden') return true;
  const style = a['style'];
  if (style !== undefined && HIDDEN_STYLE.test(style)) return true;
  const cls = a['class'];
  return cls !== undefined && HIDDEN_CLASS.test(cls);
}

const QR_WORD = /(?:^|[^a-z])qr(?:[^a-z]|$)/i;
/** A QR drawn as SVG modules: a 21×21 code has ~200 dark modules; charts and icons have far fewer rects. */
const SVG_QR_RECTS = 80;

/** QR codes that are not <canvas> or named so: labelled (`aria-label="QR"`), WhatsApp Web's `data-ref="2@…"` holder, SVG module grids. */
function qrHintsOf(c: Collector, name: string, a: Readonly<Record<string, string>>): void {
  const label = a['aria-label'] ?? a['title'];
  if (name !== 'img' && label !== undefined && QR_WORD.test(label)) c.out.qrHints++;
  const ref = a['data-ref'];
  if (ref !== undefined && /^\d@[\w+/=,@-]{8,}/.test(ref)) c.out.qrHints++;
  if (name === 'svg') c.svgRects = 0;
  else if (name === 'rect' && ++c.svgRects === SVG_QR_RECTS) c.out.qrHints++;
}

function onOpen(c: Collector, name: string, a: Readonly<Record<string, string>>, depth: number, handlers: boolean): void {
  const parent = c.top();
  // Elements without kept attributes (most of them) skip every attribute check.
  const bare = a === NO_ATTRS;
  const hidden = (!bare && isHidden(name, a)) || (parent?.hidden ?? false);
  const frame: Frame = {
    name, hidden, noText: NO_TEXT.has(name) || (parent?.noText ?? false), textStart: c.textCount, run: 0, runChars: '', runTag: '', children: 0,
    classId: bare || (a['class'] === undefined && a['id'] === undefined) ? '' : `${a['class'] ?? ''} ${a['id'] ?? ''}`,
    oneCharInput: name === 'input' && a['maxlength'] === '1', capture: -1, labelFrom: -1,
  };
  if (parent) parent.children++;
  c.skeletonToken(name, bare ? undefined : a['class'], depth);
  if (handlers) c.handlersOf(a, HANDLER_ATTRS);
  switch (name) {
    case 'html': c.out.lang = (a['lang'] ?? '').toLowerCase().split(/[-_]/)[0] ?? ''; break;
    case 'meta': c.meta(a); break;
    case 'link': if (/\bicon\b/i.test(a['rel'] ?? '') && a['href']) c.push(c.out.icons, keepUrl(a['href'])); break;
    case 'title': if (c.out.title === '' && depth <= 3) frame.capture = c.startCapture('title', MAX_ITEM_CHARS); break;
    case 'h1': case 'h2': case 'h3': frame.capture = c.startCapture('heading', MAX_ITEM_CHARS); break;
    case 'label': frame.capture = c.startCapture('label', MAX_ITEM_CHARS); frame.labelFrom = c.out.inputs.length; c.labelFor = a['for'] ?? ''; break;
    case 'button': frame.capture = c.startCapture('button', 100); break;
    case 'option': frame.capture = c.startCapture('option', 60); c.optionValue = a['value'] ?? ''; break;
    case 'a': c.openLink(a, frame); break;
    case 'form': c.openForm(a); break;
    case 'input': case 'select': case 'textarea': c.addInput(name, a, hidden); break;
    case 'img': c.addImage(a['src'] ?? a['data-src'] ?? '', a['alt'] ?? '', a); break;
    case 'canvas': c.out.qrHints++; break;
    case 'script': c.openScript(a, frame); break;
    default: if (a['role'] === 'button') frame.capture = c.startCapture('button', 100);
  }
  if (name !== 'img' && frame.classId !== '' && QR_WORD.test(frame.classId)) c.out.qrHints++;
  if (!bare) qrHintsOf(c, name, a);
  else if (name === 'svg') c.svgRects = 0;
  else if (name === 'rect' && ++c.svgRects === SVG_QR_RECTS) c.out.qrHints++;
  c.pushFrame(frame);
}

function onClose(c: Collector, name: string): void {
  const frame = c.popFrame();
  if (!frame) return;
  if (frame.capture >= 0) c.endCapture(frame);
  if (name === 'form') c.currentForm = -1;
  if (name === 'select') c.currentSelect = -1;
  const own = c.elementText(frame);
  const parent = c.top();
  if (own === null) {
    if (frame.run > 0) c.endRun(frame);
    if (parent) c.endRun(parent);
    return;
  }
  if (own.length >= 4 && own.length <= 14 && c.out.shortTexts.length < MAX_SHORT_TEXTS) c.out.shortTexts.push(own);
  if (frame.run > 0) c.endRun(frame);
  if (!parent) return;
  // Options (day pickers 1..9) and table cells (calendars) are lists, not code boxes.
  const boxable = name !== 'option' && name !== 'td' && name !== 'th';
  const isBox = boxable && (frame.oneCharInput || (own.length === 1 && /[0-9A-Za-z]/.test(own)) || (own === '' && frame.children === 0 && (BOX_HINT.test(frame.classId) || BOX_HINT.test(parent.classId))));
  if (isBox) {
    if (parent.runTag !== name) c.endRun(parent);
    parent.run++;
    parent.runChars += own === '' ? '_' : own;
    parent.runTag = name;
  } else if (!/^[-–—\s]?$/.test(own)) {
    c.endRun(parent);
  }
}

/** The attributes the handlers below read; everything else is skipped undecoded. */
const ATTRIBUTES: ReadonlySet<string> = new Set([
  'action', 'alt', 'aria-hidden', 'aria-label', 'autocomplete', 'class', 'content', 'data-src', 'data-ref', 'for', 'hidden',
  'href', 'id', 'inputmode', 'lang', 'maxlength', 'method', 'name', 'pattern', 'placeholder', 'property', 'rel', 'role',
  'src', 'style', 'title', 'type', 'value', ...HANDLER_ATTRS,
]);

export function extractHtml(html: string, baseUrl: string): ExtractedHtml {
  const c = createCollector(baseUrl);
  const stats = scanHtml(html, {
    attributes: ATTRIBUTES,
    open: (name, attrs, depth, handlers) => onOpen(c, name, attrs, depth, handlers),
    close: (name) => onClose(c, name),
    text: (data) => c.addText(data),
  });
  return c.finish(stats);
}
