import type { AdviceId, Attack } from '../../types.ts';

/**
 * What a lure phrase is about (THREAT.md "Variants to detect"). Analyzers pick entries by kind:
 * lure-phrases (photo, vote, account-notice, prize, telegram-gift), code-request (code-*),
 * scam-instructions (instruction, qr-instruction), takeover-followup (loan, card, card-details,
 * new-number, payment-qr). `urgency` and `warning` are modifiers with no weight of their own:
 * urgency raises follow-ups; warning marks protective or news text ("never share your code",
 * "it's fake", "scammers ask for codes"); scam-topic (scam, police) damps lures but not code
 * requests (fake bank and police calls name fraud themselves); poll marks an in-app poll or
 * an election (native WhatsApp polls are not lures); everyday-code marks codes of doors,
 * safes and Wi-Fi, which people do share; secrecy ("don't tell anyone", «никому не говори»)
 * is pressure in a money request although it is worded like a protective negation.
 */
export type LureKind =
  | 'photo'
  | 'vote'
  | 'code-mistake'
  | 'code-request'
  | 'account-notice'
  | 'prize'
  | 'telegram-gift'
  | 'instruction'
  | 'qr-instruction'
  | 'loan'
  | 'card'
  | 'card-details'
  | 'new-number'
  | 'payment-qr'
  | 'urgency'
  | 'warning'
  | 'scam-topic'
  | 'poll'
  | 'everyday-code'
  | 'secrecy';

/** Languages with lure tables. ISO 639-1. */
export type LureLang = 'en' | 'ru' | 'kk' | 'cs' | 'de' | 'es' | 'pt' | 'it' | 'ro' | 'pl' | 'uk' | 'uz' | 'hi' | 'fr';

/**
 * A compiled phrase pattern over the folded text (text/fold.ts: lower case, words separated
 * by one space, sentence ends as a "." token). `hints` are literal substrings of which at
 * least one occurs in every match: a single scan for all hints decides which patterns run.
 */
export interface PhrasePattern {
  readonly source: string;
  readonly hints: readonly string[];
}

export interface LureEntry {
  /** Unique within the language: `<lang>/<id>` is unique overall. */
  readonly id: string;
  readonly kind: LureKind;
  readonly lang: LureLang;
  readonly pattern: RegExp;
  readonly hints: readonly string[];
  /** 0..100 before context (a link, urgency, a known sender) is taken into account. */
  readonly weight: number;
  /** Weight when the message also carries a link, if not `weight` + the analyzer's link boost. */
  readonly linkWeight?: number;
  readonly attack?: Attack;
  readonly advice: readonly AdviceId[];
  /**
   * Skipped when the message reads as another main language (en, ru, kk): single common words
   * ("pix", "premiu*") mean other things there (see lure-matcher.ts).
   */
  readonly gated?: boolean;
  /** THREAT.md section or advisory URL the pattern generalises from. */
  readonly source: string;
}
