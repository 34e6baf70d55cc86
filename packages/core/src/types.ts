/**
 * The vocabulary of the engine. Everything a caller sees is named here.
 * Kept dependency-free so that it can be imported by every other module.
 */

export type Level = 'safe' | 'unknown' | 'suspicious' | 'dangerous';

/** What kind of attack a verdict believes it is looking at (THREAT.md variants). */
export type Attack =
  | 'ghostpairing' // A: pairing code typed into WhatsApp (and B/D/E when they lead there)
  | 'qr-linking' // B: scan a "verification" QR that is really a WhatsApp Web / Telegram login QR
  | 'code-theft' // C: registration/SMS/login code handed over
  | 'credential-phishing' // password forms on foreign domains
  | 'takeover-followup' // F: loan / new number / card requests from a hijacked account
  | 'telegram-session-theft' // G
  | 'brand-impersonation' // a lookalike link with no clearer story yet
  | 'scam'; // generic fraud pattern (prize, delivery fee) that is not one of the above

export type Severity = 'info' | 'low' | 'medium' | 'high' | 'critical';

export type Lang = 'en' | 'ru' | 'kk';
export const SUPPORTED_UI_LANGS: readonly Lang[] = ['kk', 'ru', 'en'];

/** Where in the input a finding points. Offsets are into the subject's `text` (NFKC form). */
export interface Evidence {
  /** Which field of the subject: 'text', 'url', 'host', 'path', 'preview.title', 'page.title', ... */
  readonly field: string;
  /** The matched excerpt, already redacted when it is a phone number or a code. */
  readonly value: string;
  readonly start?: number;
  readonly end?: number;
}

export interface Finding {
  /** Analyzer id (`brand-impersonation`, `lure-phrases`, ...). */
  readonly analyzer: string;
  /** Stable rule id, `<analyzer>/<rule>` (e.g. `typosquat/edit-distance`). */
  readonly rule: string;
  readonly severity: Severity;
  /** Message id rendered by i18n (`finding.typosquat`), with its parameters. */
  readonly message: MessageRef;
  readonly evidence: readonly Evidence[];
  /** What this finding suggests about the attack, when it does. */
  readonly attack?: Attack;
  /** Brand id the finding is about (`whatsapp`, `kaspi`, ...). */
  readonly brand?: string;
  /** 0..100 contribution to the verdict score (before combination). */
  readonly weight: number;
  /** Advice ids this finding calls for. */
  readonly advice?: readonly AdviceId[];
  /** Indicators this finding produced (domains, urls) */
}

export interface MessageRef {
  readonly id: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Advice ids, each rendered in every UI language by `advice/`. */
export type AdviceId =
  | 'check-linked-devices'
  | 'never-enter-number-or-code'
  | 'never-share-code'
  | 'enable-two-step'
  | 'reregister-with-sms'
  | 'locked-out-support'
  | 'warn-contacts'
  | 'verify-sender-other-channel'
  | 'report-police'
  | 'report-bank'
  | 'do-not-open-link'
  | 'do-not-scan-qr'
  | 'telegram-terminate-sessions'
  | 'official-domain-only'
  | 'do-not-enter-password'
  | 'pair-code-site-danger'
  | 'unknown-site-caution';

export interface Indicators {
  readonly urls: readonly string[];
  readonly domains: readonly string[];
  /** Phone numbers, always redacted (`+7 7** *** **12`). */
  readonly phones: readonly string[];
  /** Codes, always redacted to their shape (`XXXX-XXXX`, `###-###`). */
  readonly codes: readonly string[];
}

export interface Verdict {
  readonly kind: 'url' | 'message' | 'page';
  readonly level: Level;
  readonly score: number;
  readonly attack?: Attack;
  readonly brand?: string;
  readonly findings: readonly Finding[];
  readonly indicators: Indicators;
  readonly advice: readonly AdviceId[];
  readonly rulesetVersion: string;
  /** Language of the input as guessed by the engine (ISO 639-1), if any. */
  readonly language?: string;
}
