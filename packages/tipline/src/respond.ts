/**
 * The tipline's answers, channel-neutral: text or picture in, replies (text + optional buttons)
 * out. Telegram and WhatsApp adapters only translate these to their APIs.
 */
import { analyzeMessage, renderAdvice, renderVerdict, type AdviceId, type Lang, type Verdict } from '@ghostguard/core';
import { analyzeImage, isVisionError, QR_LINK_WARNING, renderLinkedDevices, type AnalyzeImageOptions } from '@ghostguard/vision';
import { chooseLang } from './lang.ts';
import { recoveryAdvice } from './recovery.ts';
import { redact } from './redact.ts';
import type { CaseSummary } from './store.ts';
import { TEXTS, type Happened } from './texts.ts';

export interface ReplyButton {
  /** Callback data: `happened:<id>`, `report:yes|no`, `lang:<code>`. ≤ 64 bytes (Telegram). */
  readonly id: string;
  readonly title: string;
}

export interface Reply {
  readonly text: string;
  readonly buttons?: readonly ReplyButton[];
}

export interface Answer {
  readonly lang: Lang;
  readonly replies: readonly Reply[];
  /** Absent when nothing was checked (e.g. the image could not be read). */
  readonly caseSummary?: CaseSummary;
  readonly verdict?: Verdict;
}

const ICON = { dangerous: '⛔', suspicious: '⚠️', unknown: 'ℹ️', safe: '✅' } as const;
/** Telegram's limit is 4096 characters, WhatsApp's text body 4096: stay well below. */
const MAX_REPLY = 3500;

export function happenedButtons(lang: Lang): ReplyButton[] {
  const b = TEXTS[lang].buttons;
  return (Object.keys(b) as Happened[]).map((h) => ({ id: `happened:${h}`, title: b[h] }));
}

function adviceBlock(ids: readonly AdviceId[], lang: Lang, max: number): string[] {
  const out: string[] = [];
  for (const id of ids.slice(0, max)) {
    const a = renderAdvice(id, lang);
    out.push(`• ${a.title}`);
    for (const s of a.steps) out.push(`   ${s}`);
  }
  return out;
}

export function formatVerdict(v: Verdict, lang: Lang): string {
  const r = renderVerdict(v, lang, { maxReasons: 3 });
  const lines = [`${ICON[v.level]} ${r.headline}`, r.summary];
  if (v.level === 'dangerous' || v.level === 'suspicious') {
    if (r.reasons.length > 0) lines.push('', ...r.reasons.map((x) => `– ${x}`));
    lines.push('', ...adviceBlock(v.advice, lang, 4));
  }
  return lines.join('\n').slice(0, MAX_REPLY);
}

function summaryOf(kind: CaseSummary['kind'], v: Verdict, text: string | undefined, at: Date): CaseSummary {
  const url = v.indicators.urls[0];
  return {
    kind,
    ...(text ? { text: redact(text) } : {}),
    ...(url ? { url: redact(url, 2000) } : {}),
    level: v.level,
    ...(v.attack ? { attack: v.attack } : {}),
    score: v.score,
    at,
  };
}

function verdictReplies(v: Verdict, lang: Lang, lead?: string): Reply[] {
  const text = (lead ? `${lead}\n\n` : '') + formatVerdict(v, lang);
  const flagged = v.level === 'dangerous' || v.level === 'suspicious';
  return flagged ? [{ text }, { text: TEXTS[lang].askWhatHappened, buttons: happenedButtons(lang) }] : [{ text }];
}

export interface LangHints {
  readonly chosen?: string;
  readonly app?: string;
}

export function answerText(text: string, hints: LangHints, now: Date): Answer {
  const v = analyzeMessage(text);
  const lang = chooseLang(hints.chosen, hints.app, v.language);
  return { lang, replies: verdictReplies(v, lang), caseSummary: summaryOf('text', v, text, now), verdict: v };
}

export async function answerImage(bytes: Uint8Array, hints: LangHints, now: Date, opts: AnalyzeImageOptions = {}): Promise<Answer> {
  let r;
  try {
    r = await analyzeImage(bytes, opts);
  } catch (err) {
    const lang = chooseLang(hints.chosen, hints.app);
    const t = TEXTS[lang];
    const code = isVisionError(err) ? err.code : '';
    const text = code === 'GG_ERR_IMAGE_TOO_LARGE' ? t.imageTooLarge : code === 'GG_ERR_IMAGE_CORRUPT' || code === 'GG_ERR_IMAGE_UNSUPPORTED' ? t.imageUnreadable : t.imageFailed;
    return { lang, replies: [{ text }] };
  }
  const textLang = r.linkedDevices?.screenLang ?? r.verdict.language;
  const lang = chooseLang(hints.chosen, hints.app, textLang);
  const caseSummary = summaryOf('image', r.verdict, r.text, now);
  if (r.kind === 'qr-device-link') {
    return { lang, replies: verdictReplies(r.verdict, lang, `${ICON.dangerous} ${QR_LINK_WARNING[lang] ?? QR_LINK_WARNING['en']}`), caseSummary, verdict: r.verdict };
  }
  if (r.kind === 'linked-devices' && r.linkedDevices) {
    return { lang, replies: [{ text: renderLinkedDevices(r.linkedDevices, lang).text.slice(0, MAX_REPLY) }], caseSummary, verdict: r.verdict };
  }
  if (r.kind === 'nothing') return { lang, replies: [{ text: TEXTS[lang].unsupported }], caseSummary, verdict: r.verdict };
  return { lang, replies: verdictReplies(r.verdict, lang), caseSummary, verdict: r.verdict };
}

export function answerHappened(happened: Happened, lang: Lang, lastCase?: CaseSummary): Reply[] {
  const t = TEXTS[lang];
  const ids = recoveryAdvice([happened], lastCase?.attack);
  const text = [`${t.buttons[happened]} →`, t.recoveryHeader, '', ...adviceBlock(ids, lang, 6)].join('\n').slice(0, MAX_REPLY);
  return [{ text }, { text: t.reportAsk, buttons: reportButtons(lang) }];
}

export function reportButtons(lang: Lang): ReplyButton[] {
  return [{ id: 'report:yes', title: TEXTS[lang].reportYes }, { id: 'report:no', title: TEXTS[lang].reportNo }];
}
