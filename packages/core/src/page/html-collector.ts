/**
 * Mutable state of one extraction pass (see extract-html.ts). Kept apart so that the event
 * handlers stay short. URLs are kept as the page wrote them: absolute ones as-is,
 * protocol-relative ones with https:, relative ones unchanged (they are same-origin). Parsing
 * every href with `new URL` cost ~1 ms on a link-heavy page, a third of the time budget.
 */
import type { ScanStats } from './html-events.ts';
import type { ExtractedHtml, MutableInput } from './extract-html.ts';
import * as limits from './limits.ts';

// Module-local copies: transpiled to CommonJS (tsx, the bench), every imported binding is a
// getter call, and these are read per element (~1% of analyzePage time).
const { MAX_HEADINGS, MAX_HIDDEN_TEXT_CHARS, MAX_INPUTS, MAX_ITEMS, MAX_ITEM_CHARS, MAX_SCRIPTS_TOTAL_CHARS, MAX_SCRIPT_CHARS, MAX_SKELETON, MAX_TEXT_CHARS } = limits;

export interface Frame {
  name: string;
  hidden: boolean;
  noText: boolean;
  textStart: number;
  run: number;
  runChars: string;
  runTag: string;
  children: number;
  /** class + id, tested for box hints only when the element turns out to be an empty leaf. */
  classId: string;
  oneCharInput: boolean;
  capture: number;
  labelFrom: number;
}

type CaptureKind = 'title' | 'heading' | 'label' | 'button' | 'option' | 'link' | 'script';
interface Capture {
  kind: CaptureKind;
  parts: string[];
  len: number;
  max: number;
  index: number;
  alsoButton: boolean;
}

const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'label']);
const META_KEYS = /^(?:og:|twitter:)|^(?:description|application-name|apple-mobile-web-app-title)$/;
/** Element texts longer than this are not candidate codes or boxes. */
const OWN_TEXT_MAX = 24;

export function keepUrl(u: string): string {
  const t = u.trim();
  if (t.startsWith('data:')) return t.slice(0, 40);
  if (t.startsWith('//')) return ('https:' + t).slice(0, MAX_ITEM_CHARS);
  return t.slice(0, MAX_ITEM_CHARS);
}

function clean(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max) : t;
}

export function createCollector(_baseUrl: string) {
  const out: ExtractedHtml = {
    lang: '', title: '', meta: {}, headings: [], text: '', hiddenText: '', forms: [], inputs: [], images: [], icons: [],
    scripts: [], links: [], buttons: [], shortTexts: [], boxRuns: [], qrHints: 0, handlers: [], skeleton: [],
    stats: { tooDeep: 0, maxDepth: 0, elements: 0 },
  };
  const frames: Frame[] = [];
  const captures: Capture[] = [];
  const visible: string[] = [];
  const hidden: string[] = [];
  const labelsFor = new Map<string, string>();
  let visLen = 0;
  let hidLen = 0;
  let recent = '';
  let lastSpace = true;
  let scriptBudget = MAX_SCRIPTS_TOTAL_CHARS;

  const c = {
    out,
    textCount: 0,
    currentForm: -1,
    currentSelect: -1,
    labelFor: '',
    optionValue: '',
    /** <rect> elements since the last <svg> opened (QR codes drawn as SVG modules). */
    svgRects: 0,
    top: (): Frame | undefined => frames[frames.length - 1],
    push(list: string[], v: string): void {
      if (list.length < MAX_ITEMS) list.push(v);
    },
    separator(): void {
      if (lastSpace) return;
      appendText(' ');
    },
    pushFrame(f: Frame): void {
      frames.push(f);
      if (!INLINE.has(f.name)) c.separator();
    },
    popFrame(): Frame | undefined {
      const f = frames.pop();
      if (f && !INLINE.has(f.name)) c.separator();
      return f;
    },
    addText(data: string): void {
      for (let i = 0; i < captures.length; i++) {
        const cap = captures[i];
        if (cap !== undefined && cap.len < cap.max) {
          const piece = data.length > cap.max - cap.len ? data.slice(0, cap.max - cap.len) : data;
          cap.parts.push(piece);
          cap.len += piece.length;
        }
      }
      const top = frames[frames.length - 1];
      if (top?.noText) return;
      const t = /[\t\n\r\f]| {2}/.test(data) ? data.replace(/\s+/g, ' ') : data;
      if (t === '' || (t === ' ' && lastSpace)) return;
      if (top && top.run > 0 && t !== ' ') c.endRun(top);
      appendText(lastSpace && t.startsWith(' ') ? t.slice(1) : t);
    },
    /** Text of a just-closed element when short (≤ 24 chars); null when longer. */
    elementText(f: Frame): string | null {
      const len = c.textCount - f.textStart;
      if (len <= 0) return '';
      if (len > OWN_TEXT_MAX) return null;
      return recent.slice(-len).trim();
    },
    /** Ends the current run of one-character boxes under `f`, keeping it when 6–8 long. */
    endRun(f: Frame): void {
      if (f.run >= 6 && f.run <= 8 && out.boxRuns.length < 20) out.boxRuns.push(f.runChars);
      f.run = 0;
      f.runChars = '';
      f.runTag = '';
    },
    startCapture(kind: CaptureKind, max: number, index = -1, alsoButton = false): number {
      captures.push({ kind, parts: [], len: 0, max, index, alsoButton });
      return captures.length - 1;
    },
    endCapture(f: Frame): void {
      const cap = captures.pop();
      if (!cap) return;
      if (cap.kind === 'script') {
        const text = cap.parts.join('');
        scriptBudget -= text.length;
        if (out.scripts.length < MAX_ITEMS) out.scripts.push({ src: '', inline: true, text, sha256: '' });
        return;
      }
      const text = clean(cap.parts.join(''), cap.max);
      endTextCapture(cap, text, f);
    },
    skeletonToken(name: string, cls: string | undefined, depth: number): void {
      if (out.skeleton.length >= MAX_SKELETON) return;
      // Raw class here; fingerprints.ts drops the digits (build tools number classes) when it hashes.
      out.skeleton.push(cls ? `${depth}:${name}.${cls.length > 60 ? cls.slice(0, 60) : cls}` : `${depth}:${name}`);
    },
    handlersOf(a: Readonly<Record<string, string>>, names: readonly string[]): void {
      if (out.handlers.length >= 50) return;
      for (const k of names) {
        const v = a[k];
        if (v !== undefined) out.handlers.push(`${k}=${v.slice(0, 200)}`);
      }
    },
    meta(a: Readonly<Record<string, string>>): void {
      const key = (a['property'] ?? a['name'] ?? '').toLowerCase();
      if (!META_KEYS.test(key) || out.meta[key] !== undefined) return;
      out.meta[key] = clean(a['content'] ?? '', MAX_ITEM_CHARS);
    },
    openLink(a: Readonly<Record<string, string>>, f: Frame): void {
      const href = a['href'];
      const isButton = /btn|button/i.test(a['class'] ?? '') || a['role'] === 'button';
      if (href === undefined || out.links.length >= MAX_ITEMS) {
        if (isButton) f.capture = c.startCapture('button', 100);
        return;
      }
      out.links.push({ href: keepUrl(href), text: '' });
      f.capture = c.startCapture('link', 120, out.links.length - 1, isButton);
    },
    openForm(a: Readonly<Record<string, string>>): void {
      if (out.forms.length >= MAX_ITEMS) return;
      out.forms.push({ action: a['action'] ? keepUrl(a['action']) : '', method: (a['method'] ?? 'get').toLowerCase() });
      c.currentForm = out.forms.length - 1;
    },
    addInput(tag: 'input' | 'select' | 'textarea', a: Readonly<Record<string, string>>, isHiddenEl: boolean): void {
      const type = tag === 'input' ? (a['type'] ?? 'text').toLowerCase().trim() : tag;
      if (type === 'submit' || type === 'button') {
        if (a['value']) c.push(out.buttons, clean(a['value'], 100));
        return;
      }
      if (type === 'image') c.addImage(a['src'] ?? '', a['alt'] ?? '', a);
      if (out.inputs.length >= MAX_INPUTS) return;
      const input: MutableInput = {
        tag, type, name: (a['name'] ?? '').slice(0, 100), id: (a['id'] ?? '').slice(0, 100),
        placeholder: clean(a['placeholder'] ?? '', 120), autocomplete: (a['autocomplete'] ?? '').toLowerCase().slice(0, 60),
        maxLength: intOrNull(a['maxlength']), inputMode: (a['inputmode'] ?? '').toLowerCase(), pattern: (a['pattern'] ?? '').slice(0, 100),
        label: clean(a['aria-label'] ?? a['title'] ?? '', 120), visible: !isHiddenEl && type !== 'hidden', form: c.currentForm,
        optionCount: 0, dialCodeOptions: 0,
      };
      out.inputs.push(input);
      if (tag === 'select') c.currentSelect = out.inputs.length - 1;
    },
    addImage(src: string, alt: string, a: Readonly<Record<string, string>>): void {
      if (out.images.length < MAX_ITEMS) out.images.push({ src: keepUrl(src), alt: clean(alt, 120) });
      if (/(?:^|[^a-z])qr/i.test(`${src} ${alt} ${a['class'] ?? ''} ${a['id'] ?? ''}`)) out.qrHints++;
    },
    openScript(a: Readonly<Record<string, string>>, f: Frame): void {
      if (a['src'] !== undefined) {
        if (out.scripts.length < MAX_ITEMS) out.scripts.push({ src: keepUrl(a['src']), inline: false, text: '', sha256: '' });
        return;
      }
      f.capture = c.startCapture('script', Math.max(0, Math.min(MAX_SCRIPT_CHARS, scriptBudget)));
    },
    finish(stats: ScanStats): ExtractedHtml {
      out.text = visible.join('').trim();
      out.hiddenText = hidden.join('').trim();
      for (const input of out.inputs) {
        const forLabel = input.id ? labelsFor.get(input.id) : undefined;
        if (forLabel) input.label = forLabel;
      }
      out.stats = stats;
      return out;
    },
  };

  function appendText(t: string): void {
    c.textCount += t.length;
    // Only the last OWN_TEXT_MAX (24) characters are ever read (elementText). Concatenating a long
    // text node and slicing flattens (copies) it, so take its tail directly; short pieces are
    // appended and cut back to 64 only past 128, not flattened on every text node.
    if (t.length >= 64) recent = t.slice(-64);
    else {
      recent += t;
      if (recent.length > 128) recent = recent.slice(-64);
    }
    lastSpace = t.endsWith(' ');
    const top = frames[frames.length - 1];
    if (top?.hidden) {
      if (hidLen < MAX_HIDDEN_TEXT_CHARS) { hidden.push(t); hidLen += t.length; }
    } else if (visLen < MAX_TEXT_CHARS) {
      visible.push(t);
      visLen += t.length;
    }
  }

  function endTextCapture(cap: Capture, text: string, f: Frame): void {
    switch (cap.kind) {
      case 'title': if (out.title === '') out.title = text; break;
      case 'heading': if (text && out.headings.length < MAX_HEADINGS) out.headings.push(text); break;
      case 'button': if (text) c.push(out.buttons, text); break;
      case 'link': {
        const link = out.links[cap.index];
        if (link) link.text = text;
        if (cap.alsoButton && text) c.push(out.buttons, text);
        break;
      }
      case 'label':
        if (c.labelFor) labelsFor.set(c.labelFor, text);
        else for (let i = Math.max(0, f.labelFrom); i < out.inputs.length; i++) {
          const input = out.inputs[i];
          if (input && input.label === '') input.label = text;
        }
        c.labelFor = '';
        break;
      case 'option': {
        const select = out.inputs[c.currentSelect];
        if (!select) break;
        select.optionCount++;
        if (/^[\u{1F1E6}-\u{1F1FF}]{2}|\+\s?\d{1,4}\b/u.test(text)) select.dialCodeOptions++;
        break;
      }
      default: break;
    }
  }

  return c;
}

export type Collector = ReturnType<typeof createCollector>;

function intOrNull(v: string | undefined): number | null {
  if (v === undefined) return null;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) && n >= 0 ? n : null;
}
