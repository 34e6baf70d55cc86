/**
 * One conversation step, the same for Telegram and WhatsApp: load the conversation, answer the
 * event, remember what is needed for the buttons and /report, save. Channel adapters turn the
 * replies into API calls.
 */
import type { Lang } from '@ghostguard/core';
import type { AnalyzeImageOptions } from '@ghostguard/vision';
import { asLang, chooseLang } from './lang.ts';
import { isHappened } from './recovery.ts';
import { answerHappened, answerImage, answerText, reportButtons, type Answer, type Reply } from './respond.ts';
import type { Channel, Conversation, TiplineStore } from './store.ts';
import { LANGUAGE_NAMES, TEXTS } from './texts.ts';

export type Command = 'start' | 'help' | 'privacy' | 'language' | 'report';

export type DialogueEvent =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'image'; readonly bytes: Uint8Array }
  | { readonly type: 'image-error'; readonly tooLarge: boolean }
  | { readonly type: 'button'; readonly id: string }
  | { readonly type: 'command'; readonly command: Command; readonly arg?: string }
  | { readonly type: 'unsupported' };

export interface DialogueOptions {
  readonly store: TiplineStore;
  readonly channel: Channel;
  readonly image?: AnalyzeImageOptions;
  /** Called after a consented report is stored (the service may index it, notify analysts). */
  readonly onReport?: (id: string) => void;
}

export interface StepResult {
  readonly lang: Lang;
  readonly replies: readonly Reply[];
  readonly answer?: Answer;
}

function languageButtons(): Reply['buttons'] {
  return (Object.keys(LANGUAGE_NAMES) as Lang[]).map((l) => ({ id: `lang:${l}`, title: LANGUAGE_NAMES[l] }));
}

export class Dialogue {
  constructor(private readonly o: DialogueOptions) {}

  async step(userKey: string, event: DialogueEvent, now: Date, appLang?: string): Promise<StepResult> {
    const prev = (await this.o.store.getConversation(this.o.channel, userKey)) ?? { channel: this.o.channel, userKey, updatedAt: now };
    let conv: Conversation = { ...prev, lastInboundAt: now, updatedAt: now };
    const lang = chooseLang(conv.lang, appLang, conv.lastLang);
    const t = TEXTS[lang];
    let result: StepResult;
    switch (event.type) {
      case 'text':
      case 'image': {
        const answer = event.type === 'text'
          ? answerText(event.text, { chosen: conv.lang, app: appLang }, now)
          : await answerImage(event.bytes, { chosen: conv.lang, app: appLang }, now, this.o.image);
        if (answer.caseSummary) conv = { ...conv, lastCase: answer.caseSummary, happened: [] };
        result = { lang: answer.lang, replies: answer.replies, answer };
        break;
      }
      case 'image-error':
        result = { lang, replies: [{ text: event.tooLarge ? t.imageTooLarge : t.imageFailed }] };
        break;
      case 'button':
        [conv, result] = await this.button(conv, event.id, lang, now);
        break;
      case 'command':
        [conv, result] = this.command(conv, event.command, event.arg, lang);
        break;
      default:
        result = { lang, replies: [{ text: t.unsupported }] };
    }
    await this.o.store.saveConversation({ ...conv, lastLang: result.lang });
    return result;
  }

  private command(conv: Conversation, command: Command, arg: string | undefined, lang: Lang): [Conversation, StepResult] {
    const t = TEXTS[lang];
    if (command === 'language') {
      const chosen = asLang(arg);
      if (!chosen) return [conv, { lang, replies: [{ text: t.languagePrompt, buttons: languageButtons() }] }];
      return [{ ...conv, lang: chosen }, { lang: chosen, replies: [{ text: TEXTS[chosen].languageSet }] }];
    }
    if (command === 'report') {
      if (!conv.lastCase) return [conv, { lang, replies: [{ text: t.reportNothing }] }];
      return [conv, { lang, replies: [{ text: t.reportAsk, buttons: reportButtons(lang) }] }];
    }
    const text = command === 'privacy' ? t.privacy : command === 'help' ? t.help : `${t.start}\n\n${t.help}`;
    return [conv, { lang, replies: [{ text }] }];
  }

  private async button(conv: Conversation, id: string, lang: Lang, now: Date): Promise<[Conversation, StepResult]> {
    const [kind, value = ''] = id.split(':', 2);
    const t = TEXTS[lang];
    if (kind === 'happened' && isHappened(value)) {
      const happened = [...new Set([...(conv.happened ?? []), value])];
      return [{ ...conv, happened }, { lang, replies: answerHappened(value, lang, conv.lastCase) }];
    }
    if (kind === 'lang') return this.command(conv, 'language', value, lang);
    if (kind === 'report' && value === 'no') return [conv, { lang, replies: [{ text: t.reportDeclined }] }];
    if (kind === 'report' && value === 'yes') {
      const c = conv.lastCase;
      if (!c) return [conv, { lang, replies: [{ text: t.reportNothing }] }];
      const reportId = await this.o.store.addReport({
        channel: this.o.channel,
        lang,
        kind: c.kind,
        ...(c.text ? { text: c.text } : {}),
        ...(c.url ? { url: c.url } : {}),
        level: c.level,
        ...(c.attack ? { attack: c.attack } : {}),
        happened: conv.happened ?? [],
        createdAt: now,
      });
      this.o.onReport?.(reportId);
      // Reported once: a second tap must not file the same case twice.
      const { lastCase: _reported, ...rest } = conv;
      return [{ ...rest, happened: [] }, { lang, replies: [{ text: t.reportThanks }] }];
    }
    return [conv, { lang, replies: [{ text: t.unsupported }] }];
  }
}

/** Text commands for channels without slash commands (WhatsApp), in kk, ru and en. */
export function textCommand(text: string): { command: Command; arg?: string } | undefined {
  const s = text.trim().toLowerCase().replace(/^\//, '');
  if (s.length > 40) return undefined;
  const [word = '', arg] = s.split(/\s+/, 2);
  const table: Record<string, Command> = {
    start: 'start', help: 'help', помощь: 'help', көмек: 'help', privacy: 'privacy', конфиденциальность: 'privacy', құпиялық: 'privacy',
    language: 'language', язык: 'language', тіл: 'language', report: 'report', отчет: 'report', отчёт: 'report', есеп: 'report',
  };
  if (['kk', 'ru', 'en', 'қазақша', 'русский', 'english'].includes(s)) {
    return { command: 'language', arg: s === 'қазақша' ? 'kk' : s === 'русский' ? 'ru' : s === 'english' ? 'en' : s };
  }
  const command = table[word];
  // Only a bare command word is a command ("help me, is this a scam?" is a question to check).
  if (!command || (arg && command !== 'language') || s.split(/\s+/).length > 2) return undefined;
  return { command, ...(arg ? { arg } : {}) };
}
