/**
 * The page subject: one normalised view of a page, built once from static HTML or from sandbox
 * evidence. Analyzers read it and never re-parse. Every list is bounded by `page/limits.ts`.
 */
import type { RedirectHop, RequestEvidence, WebSocketEvidence } from './page-evidence.ts';
import type { UrlSubject } from './types.ts';

export interface PageInput {
  readonly tag: 'input' | 'select' | 'textarea';
  /** Lower-case `type` attribute ('text' when absent for inputs, the tag for select/textarea). */
  readonly type: string;
  readonly name: string;
  readonly id: string;
  readonly placeholder: string;
  readonly autocomplete: string;
  readonly maxLength: number | null;
  readonly inputMode: string;
  readonly pattern: string;
  /** Text of the associated <label>, aria-label or title. */
  readonly label: string;
  readonly visible: boolean;
  /** Index into `PageSubject.forms`, -1 when outside any form. */
  readonly form: number;
  /** For selects: how many options, and how many look like dialling codes (`+7`, `🇰🇿 +7`). */
  readonly optionCount: number;
  readonly dialCodeOptions: number;
}

export interface PageForm {
  /** Absolute action URL ('' when the form posts to the page itself). */
  readonly action: string;
  readonly method: string;
}

export interface PageScript {
  /** Absolute URL of an external script, '' for inline code. */
  readonly src: string;
  readonly inline: boolean;
  /** Inline code (bounded), '' for external scripts unless evidence carried an excerpt. */
  readonly text: string;
  /** SHA-256 hex when the producer knew it (sandbox), '' otherwise. */
  readonly sha256: string;
}

export interface PageImage {
  readonly src: string;
  readonly alt: string;
}

export interface PageLink {
  readonly href: string;
  readonly text: string;
}

export interface PageSubject {
  readonly type: 'page';
  /** Where the subject came from: static HTML or a sandbox capture. */
  readonly source: 'html' | 'evidence';
  /** The final URL, parsed. `url.domain` is the registrable domain brand claims are compared with. */
  readonly url: UrlSubject;
  readonly requestedUrl: string;
  /** Why the page could not be fully analysed ('empty', 'binary', 'truncated', 'capture-failed:…'). */
  readonly problems: readonly string[];
  /** `<html lang>` primary subtag, lower case, '' when absent. */
  readonly lang: string;
  readonly title: string;
  /** og:* and twitter:* meta, keys lower case (`og:site_name`, `og:title`, ...). */
  readonly meta: Readonly<Record<string, string>>;
  readonly headings: readonly string[];
  /** Visible text (scripts, styles, hidden elements skipped), whitespace collapsed, bounded. */
  readonly text: string;
  /** Text of hidden elements (later kit steps are often hidden until a script shows them), bounded. */
  readonly hiddenText: string;
  /**
   * Text the inline scripts build at runtime from encoded literals (base64 for `atob`, hex or
   * unicode escapes, `fromCharCode` lists, percent-encoding), decoded statically, newline-joined,
   * bounded (page/script-strings.ts). '' for ordinary pages.
   */
  readonly decodedText: string;
  /**
   * The phrase window, lazily built: title, meta, headings, buttons, input labels and
   * placeholders, the first 60 KB of visible and 20 KB of hidden text, the decoded script text; lower-cased, NFKC,
   * Cyrillic/Latin lookalikes folded inside mixed-script words. For phrase matching.
   */
  readonly folded: string;
  readonly forms: readonly PageForm[];
  readonly inputs: readonly PageInput[];
  readonly images: readonly PageImage[];
  /** Absolute URLs of <link rel=icon|apple-touch-icon|...>. */
  readonly icons: readonly string[];
  readonly scripts: readonly PageScript[];
  readonly links: readonly PageLink[];
  /** Buttons' visible texts and values (vote / get code / verify). */
  readonly buttons: readonly string[];
  /** Texts of elements whose whole text is one short token (candidate displayed codes). */
  readonly shortTexts: readonly string[];
  /** Runs of 6–8 adjacent one-character boxes (or `maxlength=1` inputs): their characters, '_' for empty. */
  readonly boxRuns: readonly string[];
  /** <canvas> elements and elements/images named like a QR code. */
  readonly qrHints: number;
  /** Inline event handlers that matter for anti-analysis (`oncontextmenu=return false`). */
  readonly handlers: readonly string[];
  /** Tag+class skeleton tokens (bounded) for the DOM fingerprint. */
  readonly skeleton: readonly string[];
  readonly redirects: readonly RedirectHop[];
  readonly requests: readonly RequestEvidence[];
  readonly websockets: readonly WebSocketEvidence[];
  readonly dialogs: readonly string[];
  readonly faviconSha256: string;
}
