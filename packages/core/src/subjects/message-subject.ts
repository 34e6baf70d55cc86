/**
 * A message normalised once: bounded NFKC text, folded matching forms, language guess and
 * extracted links, phone numbers and codes. Expensive parts are computed on first use and
 * memoised, so an analyzer that never reads `translit` never pays for it.
 */
import type { ExtractedCode, ExtractedPhone, ExtractedUrl, LinkPreview, MessageSubject } from './types.ts';
import { normalizeText } from '../text/normalize.ts';
import { foldText, sourceSpan, type FoldedText } from '../text/fold.ts';
import { transliterate } from '../text/translit.ts';
import { guessLanguage } from '../text/language.ts';
import { extractLinks, type LinkExtraction } from '../extract/urls.ts';
import { extractPhones } from '../extract/phones.ts';
import { extractCodes } from '../extract/codes.ts';

export interface MessageSubjectOptions {
  readonly preview?: LinkPreview;
  readonly senderKnown?: boolean;
}

/** Runs of this many digits are masked in evidence even when not recognised as phone or code. */
const DIGIT_RUN = /\d(?:[\d\s-]{3,}\d)/g;

class LazyMessageSubject implements MessageSubject {
  readonly type = 'message' as const;
  readonly text: string;
  readonly truncated: boolean;
  readonly problem?: string;
  readonly preview?: LinkPreview;
  readonly senderKnown?: boolean;
  #links?: LinkExtraction;
  #fold?: FoldedText;
  #translit?: FoldedText;
  #language?: string;
  #phones?: readonly ExtractedPhone[];
  #codes?: readonly ExtractedCode[];

  constructor(input: unknown, opts: MessageSubjectOptions) {
    const n = normalizeText(input);
    // Binary junk is not analysed as words: the verdict says "unsupported", not "safe".
    this.text = n.text;
    this.truncated = n.truncated;
    if (n.problem) this.problem = n.problem;
    if (opts.preview) this.preview = opts.preview;
    if (opts.senderKnown !== undefined) this.senderKnown = opts.senderKnown;
  }

  get #analysable(): string {
    return this.problem === 'binary' ? '' : this.text;
  }

  get #linkData(): LinkExtraction {
    return (this.#links ??= extractLinks(this.#analysable));
  }

  get #folded(): FoldedText {
    return (this.#fold ??= foldText(this.#analysable, this.#linkData.masks));
  }

  get #translitForm(): FoldedText {
    return (this.#translit ??= transliterate(this.#folded));
  }

  get folded(): string {
    return this.#folded.folded;
  }

  get translit(): string {
    return this.#translitForm.folded;
  }

  get language(): string {
    return (this.#language ??= guessLanguage(this.#analysable, this.#folded.tokens));
  }

  get urls(): readonly ExtractedUrl[] {
    return this.#linkData.urls;
  }

  get phones(): readonly ExtractedPhone[] {
    return (this.#phones ??= extractPhones(this.#analysable));
  }

  get codes(): readonly ExtractedCode[] {
    return (this.#codes ??= extractCodes(this.#analysable, this.phones));
  }

  sourceSpan(form: 'folded' | 'translit', start: number, end: number): { start: number; end: number } {
    return sourceSpan(form === 'folded' ? this.#folded : this.#translitForm, start, end);
  }

  redactedSlice(start: number, end: number): string {
    const s = Math.max(0, Math.min(start, this.text.length));
    const e = Math.max(s, Math.min(end, this.text.length));
    const hidden = [...this.phones, ...this.codes]
      .filter((x) => x.start < e && s < x.end)
      .sort((a, b) => a.start - b.start);
    let out = '';
    let at = s;
    for (const h of hidden) {
      if (h.start < at) continue;
      out += this.text.slice(at, h.start) + h.redacted;
      at = Math.min(e, h.end);
    }
    out += this.text.slice(at, e);
    return out.replace(DIGIT_RUN, (m) => m.replace(/\d/g, '#'));
  }
}

export function createMessageSubject(input: string, opts: MessageSubjectOptions = {}): MessageSubject {
  return new LazyMessageSubject(input, opts);
}
