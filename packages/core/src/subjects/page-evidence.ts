/**
 * What the sandbox captured of a page. Defined here (not in @ghostguard/sandbox) so that the
 * core stays the one place that decides, and so that evidence can come from elsewhere too
 * (stored captures, other crawlers). Every field is bounded by the producer.
 */

export interface RedirectHop {
  readonly url: string;
  /** HTTP status for server redirects; 0 for client-side ones. */
  readonly status: number;
  readonly kind: 'http' | 'meta-refresh' | 'javascript' | 'initial';
}

export interface InputEvidence {
  readonly tag: 'input' | 'select' | 'textarea';
  readonly type: string;
  readonly name: string;
  readonly id: string;
  readonly placeholder: string;
  readonly autocomplete: string;
  readonly maxLength: number | null;
  readonly inputMode: string;
  readonly label: string;
  readonly visible: boolean;
  /** Index into `PageEvidence.forms`, -1 outside any form. */
  readonly form?: number;
  /** The `pattern` attribute ('' when none). */
  readonly pattern?: string;
  /** For selects: option texts, bounded (dialling-code pickers show `+7`, flags). */
  readonly options?: readonly string[];
}

export interface FormEvidence {
  readonly action: string;
  readonly method: string;
  readonly inputs: readonly InputEvidence[];
}

export interface RequestEvidence {
  readonly url: string;
  readonly method: string;
  /** Playwright resource type: document, script, xhr, fetch, websocket, image, ... */
  readonly resourceType: string;
  /** HTTP status, 0 when blocked or failed. */
  readonly status: number;
  /** Why the sandbox refused it, when it did ('private-address', 'loopback', ...). */
  readonly blocked?: string;
}

export interface WebSocketEvidence {
  readonly url: string;
  /** First frames, both directions, each bounded (e.g. 2 KB) and at most ~50. */
  readonly frames: readonly { readonly dir: 'sent' | 'received'; readonly data: string }[];
  /** Socket.IO event names seen in frames (`init_number`, `code`, ...). */
  readonly socketIoEvents: readonly string[];
  readonly blocked?: string;
}

export interface ScriptEvidence {
  readonly src: string;
  /** SHA-256 (hex) of inline code or of the fetched body, when known. */
  readonly sha256: string;
  readonly inline: boolean;
  /** First bytes of inline code (bounded), for behaviour analysis without a browser. */
  readonly excerpt: string;
}

export interface PageEvidence {
  readonly requestedUrl: string;
  readonly finalUrl: string;
  readonly redirects: readonly RedirectHop[];
  readonly status: number;
  readonly title: string;
  /** Serialised DOM after scripts ran (bounded). */
  readonly html: string;
  /** innerText of the body (bounded). */
  readonly visibleText: string;
  readonly forms: readonly FormEvidence[];
  /** Inputs outside any form too. */
  readonly inputs: readonly InputEvidence[];
  readonly links: readonly { readonly href: string; readonly text: string }[];
  readonly scripts: readonly ScriptEvidence[];
  readonly requests: readonly RequestEvidence[];
  readonly websockets: readonly WebSocketEvidence[];
  readonly consoleErrors: readonly string[];
  readonly dialogs: readonly { readonly type: string; readonly message: string }[];
  readonly popups: readonly string[];
  /** SHA-256 of the favicon bytes, '' when none. */
  readonly faviconSha256: string;
  /** Image alt texts and src file names (brand logos). */
  readonly images: readonly { readonly src: string; readonly alt: string }[];
  readonly timings: { readonly startedAt: string; readonly totalMs: number; readonly navigationMs: number };
  /** Limits hit during capture ('time', 'size', 'redirects', 'pages'). */
  readonly limitsHit: readonly string[];
  /** Set when the capture failed (DNS, refused, timeout); other fields may be empty. */
  readonly error?: { readonly code: string; readonly message: string };
}
