/**
 * A sender's language before and after their first lure. A hijacked account is driven by
 * someone else, often with machine-translated text (THREAT.md: lures are "machine-translated
 * into many languages"), so a sender who always wrote Kazakh and suddenly writes Russian or
 * English lures is a sign — a weak one (people switch languages), so never `high`.
 */
import { detach } from '../redact.ts';
import type { Confidence, TakeoverSignal } from '../types.ts';

/** Senders tracked at most (bounded memory for huge group exports). */
const MAX_SENDERS = 100_000;
/** Messages shorter than this say little about language (ok, 👍, да). */
const MIN_LETTERS = 12;

interface Track {
  before: Map<string, number>;
  after: Map<string, number>;
  lureSeq: number;
  lureChat: string;
}

function dominant(m: Map<string, number>): { lang: string; share: number; total: number } {
  let total = 0;
  let best = '';
  let bestN = 0;
  for (const [l, n] of m) {
    total += n;
    if (n > bestN) [best, bestN] = [l, n];
  }
  return { lang: best, share: total === 0 ? 0 : bestN / total, total };
}

/** Script fallback when the engine has no language guess: kk letters, Cyrillic, Latin. */
export function scriptLanguage(text: string): string {
  if (/[әғқңөұүһі]/i.test(text)) return 'kk';
  if (/[а-яё]/i.test(text)) return 'ru';
  if (/[a-z]/i.test(text)) return 'latin';
  return 'other';
}

/** Approximate letter count (ASCII letters and anything from U+00C0 up that is not a space), cheap per message. */
function countLetters(text: string): number {
  let letters = 0;
  for (let i = 0; i < text.length && i < 200 && letters < MIN_LETTERS; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c < 0x2000)) letters++;
  }
  return letters;
}

export class StyleTracker {
  private readonly tracks = new Map<string, Track>();

  observe(sender: string, text: string, language: string | undefined, isLure: boolean, seq: number, chat: string): void {
    if (sender === '') return;
    let t = this.tracks.get(sender);
    if (!t) {
      if (this.tracks.size >= MAX_SENDERS) return;
      t = { before: new Map(), after: new Map(), lureSeq: -1, lureChat: '' };
      this.tracks.set(detach(sender), t);
    }
    if (isLure && t.lureSeq < 0) {
      t.lureSeq = seq;
      t.lureChat = detach(chat);
    }
    if (countLetters(text) < MIN_LETTERS) return;
    const lang = language && language !== 'und' ? language : scriptLanguage(text);
    const bucket = t.lureSeq < 0 ? t.before : t.after;
    bucket.set(lang, (bucket.get(lang) ?? 0) + 1);
  }

  /** The sender wrote one language before the first lure and another from it on. */
  languageChange(sender: string): TakeoverSignal | undefined {
    const t = this.tracks.get(sender);
    if (!t || t.lureSeq < 0) return undefined;
    const b = dominant(t.before);
    const a = dominant(t.after);
    // 8 earlier messages at ≥ 80 % one language make a habit; 2 later ones at ≥ 60 % a change.
    if (b.total < 8 || b.share < 0.8 || a.total < 2 || a.share < 0.6 || a.lang === b.lang) return undefined;
    const confidence: Confidence = b.total >= 30 && a.total >= 3 ? 'medium' : 'low';
    return {
      kind: 'language-change',
      sender,
      confidence,
      explanation: { id: 'signal.language-change', params: { before: b.lang, after: a.lang, nBefore: b.total, nAfter: a.total } },
      messages: [t.lureSeq],
      chats: [t.lureChat],
    };
  }
}
