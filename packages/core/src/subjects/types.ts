/**
 * Subjects: each input normalised once, immutable. Analyzers read these and never re-parse.
 * Expensive fields are getters that compute lazily and memoise.
 */

export interface UrlSubject {
  readonly type: 'url';
  /** The raw input as given (bounded copy). */
  readonly input: string;
  /** False when the input could not be understood as a web URL or hostname. */
  readonly ok: boolean;
  /** Why it could not be parsed or is unsupported (`empty`, `too-long`, `invalid`, `data-url`, `javascript-url`, ...). */
  readonly problem?: string;
  /** Lower-case scheme without colon: 'http', 'https', 'data', 'javascript', ... ('' in domain-only mode). */
  readonly scheme: string;
  /** Normalised absolute URL (WHATWG href, punycode host) when ok. */
  readonly href: string;
  /** The input was defanged (hxxp, [.], (dot)) and has been refanged. */
  readonly wasDefanged: boolean;
  /** The input had no scheme and one was assumed. */
  readonly schemeAssumed: boolean;
  /** ASCII (punycode) hostname, lower case, no trailing dot. */
  readonly hostname: string;
  /** Unicode form of the hostname (IDN decoded). */
  readonly hostnameUnicode: string;
  /** Registrable domain (eTLD+1) in ASCII, '' for IPs and single-label hosts (unknown TLDs count as suffixes). */
  readonly domain: string;
  /** Registrable domain in Unicode. */
  readonly domainUnicode: string;
  /** Public suffix ('com', 'co.uk', 'pages.dev' when private suffixes are on: see url-subject.ts). */
  readonly publicSuffix: string;
  /** Domain label without the suffix ('whatsapp' for whatsapp.com). */
  readonly domainLabel: string;
  /** Subdomain part ('www', 'facebook.com.photo'), '' when none. */
  readonly subdomain: string;
  readonly isIp: boolean;
  /** How an IP host was written: 'dotted', 'ipv6', or an obfuscated form ('decimal', 'hex', 'octal', 'short'). */
  readonly ipForm?: 'dotted' | 'ipv6' | 'decimal' | 'hex' | 'octal' | 'short';
  /** The host as typed (lower case, refanged, before IDN/IP normalisation). */
  readonly rawHost: string;
  /** The public suffix is in the Public Suffix List (false for `.local`, typos, made-up TLDs). */
  readonly suffixKnown: boolean;
  /** Confusables skeleton of the Unicode hostname (text/skeleton.ts), lazily computed. */
  readonly skeleton: string;
  readonly port: string;
  /** userinfo before '@' (the `https://facebook.com@evil.top` trick), '' when none. */
  readonly userinfo: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  /** Lower-case word tokens of host + path (split on non-alphanumerics), lazily computed. */
  readonly tokens: readonly string[];
  /** True in domain-only mode (CT names): path-based analyzers skip. */
  readonly domainOnly: boolean;
}

export interface TextSpan {
  readonly start: number;
  readonly end: number;
  /** The raw text of the span (phones and codes: never shown, only `redacted`). */
  readonly raw: string;
}

export interface ExtractedUrl extends TextSpan {
  /** The URL as it should be analysed (refanged, scheme added when missing). */
  readonly url: string;
  /** Written defanged in the message (hxxp://, example[.]com). */
  readonly defanged?: boolean;
}

export interface ExtractedPhone extends TextSpan {
  /** Redacted form, safe to show and store: `+7 7** *** ** 12`. */
  readonly redacted: string;
}

export interface ExtractedCode extends TextSpan {
  /** `pairing` = 8 chars of the WhatsApp linking alphabet; `numeric` = 6-digit SMS/registration code. */
  readonly kind: 'pairing' | 'numeric';
  /** Shape only, e.g. `XXXX-XXXX` or `###-###`. */
  readonly redacted: string;
}

export interface LinkPreview {
  readonly title?: string;
  readonly description?: string;
  readonly siteName?: string;
}

export interface MessageSubject {
  readonly type: 'message';
  /** NFKC-normalised text (bounded: see MAX_MESSAGE_CHARS). Offsets of spans refer to this. */
  readonly text: string;
  /** Was the input cut to the size bound? */
  readonly truncated: boolean;
  /** Why the input is not analysable as text ('empty', 'binary'), if so. */
  readonly problem?: string;
  /**
   * Lower-cased, confusables folded (Cyrillic/Latin lookalikes and leetspeak to one script per word),
   * whitespace and emoji noise collapsed. For phrase matching. Same length is NOT guaranteed.
   */
  readonly folded: string;
  /** Best guess of the language (ISO 639-1) or 'und'. */
  readonly language: string;
  readonly urls: readonly ExtractedUrl[];
  readonly phones: readonly ExtractedPhone[];
  readonly codes: readonly ExtractedCode[];
  readonly preview?: LinkPreview;
  readonly senderKnown?: boolean;
  /**
   * `folded` with every Latin-script word transliterated to (folded) Cyrillic, so Russian and
   * Kazakh typed in Latin letters ("progolosuy", "kodty jiber") meet the Cyrillic patterns.
   * Equal to `folded` when there is no Latin word.
   */
  readonly translit: string;
  /** Maps a [start, end) range of `folded` or `translit` back to offsets into `text`. */
  sourceSpan(form: 'folded' | 'translit', start: number, end: number): { readonly start: number; readonly end: number };
  /** `text.slice(start, end)` with phone numbers and codes replaced by their redacted forms. */
  redactedSlice(start: number, end: number): string;
}
