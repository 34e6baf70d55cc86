/**
 * Builds the one `PageSubject` of a page, from static HTML or from sandbox evidence.
 * Never throws on content: problems are recorded in `problems` and the analyzers see
 * whatever could be extracted.
 */
import { extractHtml, type ExtractedHtml } from '../page/extract-html.ts';
import { foldPageText } from '../page/fold.ts';
import { decodeScriptStrings, scriptMarkup } from '../page/script-strings.ts';
import { MAX_HIDDEN_TEXT_CHARS, MAX_HTML_CHARS, MAX_INPUTS, MAX_ITEMS, MAX_TEXT_CHARS } from '../page/limits.ts';
import type { FormEvidence, InputEvidence, PageEvidence } from './page-evidence.ts';
import type { PageForm, PageInput, PageScript, PageSubject } from './page-types.ts';
import { createUrlSubject } from './url-subject.ts';

export type { PageSubject } from './page-types.ts';

/** Phrase window sizes (see PageSubject.folded): kit pages are a few KB of text; articles are long. */
const PHRASE_VISIBLE_CHARS = 60_000;
const PHRASE_HIDDEN_CHARS = 20_000;

/** More than 2% control characters in the first 4 KB: not text (images, archives, UTF-16 read as UTF-8). */
function looksBinary(s: string): boolean {
  const head = s.slice(0, 4096);
  let bad = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if ((c < 9 || (c > 13 && c < 32) || c === 0xfffd) && c !== 27) bad++;
  }
  return head.length > 0 && bad / head.length > 0.02;
}

function emptyExtract(): ExtractedHtml {
  return extractHtml('', '');
}

interface Parts {
  readonly source: PageSubject['source'];
  readonly url: string;
  readonly requestedUrl: string;
  readonly problems: string[];
  readonly ex: ExtractedHtml;
}

function phraseWindow(s: Omit<PageSubject, 'folded'>): string {
  const bits: string[] = [s.title, ...Object.values(s.meta), ...s.headings, ...s.buttons];
  for (const i of s.inputs) if (i.visible) bits.push(i.label, i.placeholder);
  bits.push(s.text.slice(0, PHRASE_VISIBLE_CHARS), s.hiddenText.slice(0, PHRASE_HIDDEN_CHARS), s.decodedText);
  return foldPageText(bits.filter((b) => b !== '').join(' \n '));
}

/** Form fields that inline scripts write into the page, visible once written (static HTML only). */
function scriptInputs(ex: ExtractedHtml, decoded: readonly string[]): ExtractedHtml['inputs'] {
  const markup = scriptMarkup(ex.scripts, decoded);
  if (markup === '') return [];
  return extractHtml(markup, '').inputs.map((i) => ({ ...i, visible: i.type !== 'hidden', form: -1 }));
}

function assemble(p: Parts, overrides: Partial<Omit<PageSubject, 'folded'>> = {}): PageSubject {
  const ex = p.ex;
  const decoded = decodeScriptStrings(overrides.scripts ?? ex.scripts);
  const runtimeInputs = p.source === 'html' ? scriptInputs(ex, decoded) : [];
  const base: Omit<PageSubject, 'folded'> = {
    type: 'page', source: p.source, url: createUrlSubject(p.url), requestedUrl: p.requestedUrl, problems: p.problems,
    lang: ex.lang, title: ex.title, meta: ex.meta, headings: ex.headings, text: ex.text, hiddenText: ex.hiddenText,
    decodedText: decoded.join(' \n '), forms: ex.forms,
    inputs: runtimeInputs.length > 0 ? [...ex.inputs, ...runtimeInputs].slice(0, MAX_INPUTS) : ex.inputs, images: ex.images, icons: ex.icons, scripts: ex.scripts, links: ex.links,
    buttons: ex.buttons, shortTexts: ex.shortTexts, boxRuns: ex.boxRuns, qrHints: ex.qrHints, handlers: ex.handlers,
    skeleton: ex.skeleton, redirects: [], requests: [], websockets: [], dialogs: [], faviconSha256: '',
    ...overrides,
  };
  let folded: string | undefined;
  return Object.freeze({
    ...base,
    get folded(): string {
      folded ??= phraseWindow(base);
      return folded;
    },
  });
}

/** Checks and bounds raw HTML; returns what to parse and the problems found. */
function prepareHtml(html: unknown): { html: string; problems: string[] } {
  if (typeof html !== 'string') return { html: '', problems: ['not-text'] };
  if (html.trim() === '') return { html: '', problems: ['empty'] };
  if (looksBinary(html)) return { html: '', problems: ['binary'] };
  if (html.length > MAX_HTML_CHARS) return { html: html.slice(0, MAX_HTML_CHARS), problems: ['truncated'] };
  return { html, problems: [] };
}

export function createPageSubjectFromHtml(html: string, url: string): PageSubject {
  const safeUrl = typeof url === 'string' ? url : '';
  const prep = prepareHtml(html);
  const ex = prep.html === '' ? emptyExtract() : extractHtml(prep.html, safeUrl);
  if (ex.stats.tooDeep > 0) prep.problems.push('too-deep');
  return assemble({ source: 'html', url: safeUrl, requestedUrl: safeUrl, problems: prep.problems, ex });
}

function inputFromEvidence(i: InputEvidence, form: number): PageInput {
  return {
    tag: i.tag, type: (i.type || (i.tag === 'input' ? 'text' : i.tag)).toLowerCase(), name: i.name, id: i.id,
    placeholder: i.placeholder, autocomplete: i.autocomplete.toLowerCase(), maxLength: i.maxLength,
    inputMode: i.inputMode.toLowerCase(), pattern: '', label: i.label, visible: i.visible && i.type !== 'hidden', form,
    optionCount: 0, dialCodeOptions: 0,
  };
}

/** Evidence inputs, deduplicated (a producer may list form inputs in `inputs` too), with select details from the DOM. */
function evidenceInputs(forms: readonly FormEvidence[], loose: readonly InputEvidence[], ex: ExtractedHtml): PageInput[] {
  const out: PageInput[] = [];
  const seen = new Set<string>();
  const add = (i: InputEvidence, form: number): void => {
    const key = `${i.tag}|${i.type}|${i.name}|${i.id}|${i.placeholder}`;
    if (seen.has(key) || out.length >= MAX_INPUTS) return;
    seen.add(key);
    const dom = ex.inputs.find((d) => d.tag === i.tag && d.name === i.name && d.id === i.id);
    const base = inputFromEvidence(i, form);
    out.push(dom ? { ...base, pattern: dom.pattern, optionCount: dom.optionCount, dialCodeOptions: dom.dialCodeOptions } : base);
  };
  forms.forEach((f, fi) => f.inputs.forEach((i) => add(i, fi)));
  for (const i of loose) add(i, -1);
  return out;
}

function evidenceProblems(ev: PageEvidence): string[] {
  const problems: string[] = [];
  if (ev.error) problems.push(`capture-failed:${String(ev.error.code).slice(0, 40)}`);
  for (const l of ev.limitsHit ?? []) problems.push(`limit:${String(l).slice(0, 20)}`);
  return problems;
}

export function createPageSubjectFromEvidence(ev: PageEvidence): PageSubject {
  const prep = prepareHtml(ev.html ?? '');
  const finalUrl = ev.finalUrl || ev.requestedUrl || '';
  const ex = prep.html === '' ? emptyExtract() : extractHtml(prep.html, finalUrl);
  const problems = [...evidenceProblems(ev), ...prep.problems.filter((p) => p !== 'empty')];
  const forms: PageForm[] = (ev.forms ?? []).slice(0, MAX_ITEMS).map((f) => ({ action: f.action, method: f.method.toLowerCase() }));
  const inputs = evidenceInputs(ev.forms ?? [], ev.inputs ?? [], ex);
  const scripts: PageScript[] = (ev.scripts ?? []).slice(0, MAX_ITEMS).map((s) => ({ src: s.src, inline: s.inline, text: s.excerpt, sha256: s.sha256 }));
  return assemble({ source: 'evidence', url: finalUrl, requestedUrl: ev.requestedUrl ?? finalUrl, problems, ex }, {
    title: ev.title || ex.title,
    text: ev.visibleText ? ev.visibleText.replace(/\s+/g, ' ').slice(0, MAX_TEXT_CHARS) : ex.text,
    // What the sandbox saw as visible is authoritative; DOM text it did not report as visible is hidden.
    hiddenText: ex.hiddenText.slice(0, MAX_HIDDEN_TEXT_CHARS),
    forms: forms.length > 0 || inputs.length > 0 ? forms : ex.forms,
    inputs: inputs.length > 0 ? inputs : ex.inputs,
    scripts: scripts.length > 0 ? [...scripts, ...ex.scripts.filter((s) => s.inline)].slice(0, MAX_ITEMS) : ex.scripts,
    links: ev.links?.length ? ev.links.slice(0, MAX_ITEMS).map((l) => ({ href: l.href, text: l.text })) : ex.links,
    images: ev.images?.length ? ev.images.slice(0, MAX_ITEMS) : ex.images,
    redirects: (ev.redirects ?? []).slice(0, 50),
    requests: (ev.requests ?? []).slice(0, 2000),
    websockets: (ev.websockets ?? []).slice(0, 50),
    dialogs: (ev.dialogs ?? []).slice(0, 20).map((d) => d.message),
    faviconSha256: ev.faviconSha256 ?? '',
  });
}
