/**
 * The Telegram bot (grammY). Long polling for a laptop (`ghostguard telegram`), webhook for the
 * service (telegramWebhookPlugin). The API root is configurable (TELEGRAM_API_URL) so that tests
 * run against a local fake Bot API. Replies never show link previews: a preview would make
 * Telegram fetch the lure for the person.
 */
import { Bot, type Context } from 'grammy';
import type { Update } from 'grammy/types';
import { DEFAULT_IMAGE_LIMITS, type AnalyzeImageOptions } from '@ghostguard/vision';
import { userKeyOf } from '../config.ts';
import { Dialogue, type Command, type DialogueEvent } from '../dialogue.ts';
import { chooseLang } from '../lang.ts';
import { RateLimiter } from '../rate-limit.ts';
import type { Reply } from '../respond.ts';
import type { TiplineStore } from '../store.ts';
import { TEXTS } from '../texts.ts';
import { groupCheck, isGroup, settingsCommand } from './groups.ts';

export interface TelegramTiplineOptions {
  readonly token: string;
  readonly apiUrl?: string;
  readonly store: TiplineStore;
  readonly userKeySecret: string;
  readonly now?: () => Date;
  readonly image?: AnalyzeImageOptions;
  readonly rateLimiter?: RateLimiter;
  readonly onReport?: (id: string) => void;
  readonly log?: (msg: string) => void;
}

const COMMANDS: readonly Command[] = ['start', 'help', 'privacy', 'language', 'report'];

export class TelegramTipline {
  readonly bot: Bot;
  private readonly dialogue: Dialogue;
  private readonly now: () => Date;
  private readonly limiter: RateLimiter;
  private initing: Promise<void> | undefined;

  constructor(private readonly o: TelegramTiplineOptions) {
    this.now = o.now ?? (() => new Date());
    this.limiter = o.rateLimiter ?? new RateLimiter();
    this.bot = new Bot(o.token, { client: { apiRoot: this.apiRoot } });
    this.dialogue = new Dialogue({ store: o.store, channel: 'telegram', ...(o.image ? { image: o.image } : {}), ...(o.onReport ? { onReport: o.onReport } : {}) });
    this.install();
  }

  private get apiRoot(): string {
    return this.o.apiUrl ?? 'https://api.telegram.org';
  }

  private install(): void {
    const bot = this.bot;
    // Webhook deliveries can repeat (Telegram retries on timeouts): each update is handled once.
    bot.use(async (ctx, next) => {
      if (await this.o.store.claimMessage('telegram', String(ctx.update.update_id), this.now())) await next();
    });
    bot.use(async (ctx, next) => {
      if (!ctx.from || ctx.from.is_bot) return;
      const d = this.limiter.take(String(ctx.from.id), this.now().getTime());
      if (d === 'allow') return next();
      if (d === 'deny-notify' && !isGroup(ctx)) await this.send(ctx, [{ text: TEXTS[chooseLang(undefined, ctx.from.language_code)].rateLimited }]);
    });
    bot.command('settings', (ctx) => settingsCommand(ctx, this.o.store, this.key(ctx, 'chat'), this.now()));
    for (const c of COMMANDS) bot.command(c, (ctx) => (isGroup(ctx) ? undefined : this.step(ctx, { type: 'command', command: c, arg: String(ctx.match ?? '').trim() })));
    bot.on('callback_query:data', async (ctx) => {
      await ctx.answerCallbackQuery();
      await this.step(ctx, { type: 'button', id: ctx.callbackQuery.data.slice(0, 64) });
    });
    bot.on('message:photo', async (ctx) => {
      if (isGroup(ctx)) return;
      const sizes = ctx.message.photo;
      // Telegram lists sizes smallest first; the largest within our limit reads best.
      const best = [...sizes].reverse().find((p) => (p.file_size ?? 0) <= DEFAULT_IMAGE_LIMITS.maxBytes) ?? sizes[0];
      await this.step(ctx, await this.download(ctx, best?.file_id, best?.file_size));
    });
    bot.on('message:document', async (ctx) => {
      if (isGroup(ctx)) return;
      const doc = ctx.message.document;
      if (!/^image\/(png|jpeg)$/.test(doc.mime_type ?? '')) return this.step(ctx, { type: 'unsupported' });
      await this.step(ctx, await this.download(ctx, doc.file_id, doc.file_size));
    });
    bot.on(['message:text', 'message:caption'], async (ctx) => {
      const text = ctx.message.text ?? ctx.message.caption ?? '';
      if (isGroup(ctx)) return groupCheck(ctx, text, this.o.store, this.key(ctx, 'chat'), (c, r) => this.send(c, r));
      await this.step(ctx, { type: 'text', text });
    });
    bot.on('message', (ctx) => (isGroup(ctx) ? undefined : this.step(ctx, { type: 'unsupported' })));
    bot.catch((err) => this.o.log?.(`telegram: ${String(err.error instanceof Error ? err.error.message : err.error).slice(0, 300)}`));
  }

  private key(ctx: Context, kind: 'user' | 'chat'): string {
    const id = kind === 'chat' ? ctx.chat?.id : ctx.from?.id;
    return userKeyOf(this.o.userKeySecret, `telegram-${kind}`, String(id ?? 'unknown'));
  }

  private async download(ctx: Context, fileId: string | undefined, size: number | undefined): Promise<DialogueEvent> {
    const max = this.o.image?.limits?.maxBytes ?? DEFAULT_IMAGE_LIMITS.maxBytes;
    if (!fileId) return { type: 'unsupported' };
    if ((size ?? 0) > max) return { type: 'image-error', tooLarge: true };
    try {
      const file = await ctx.api.getFile(fileId);
      if (!file.file_path) return { type: 'image-error', tooLarge: false };
      const res = await fetch(`${this.apiRoot}/file/bot${this.o.token}/${file.file_path}`, { signal: AbortSignal.timeout(20_000) });
      if (!res.ok) return { type: 'image-error', tooLarge: false };
      const bytes = new Uint8Array(await res.arrayBuffer());
      return bytes.length > max ? { type: 'image-error', tooLarge: true } : { type: 'image', bytes };
    } catch {
      return { type: 'image-error', tooLarge: false };
    }
  }

  private async step(ctx: Context, event: DialogueEvent): Promise<void> {
    const result = await this.dialogue.step(this.key(ctx, 'user'), event, this.now(), ctx.from?.language_code);
    await this.send(ctx, result.replies);
  }

  private async send(ctx: Context, replies: readonly Reply[]): Promise<void> {
    for (const r of replies) {
      await ctx.reply(r.text, {
        link_preview_options: { is_disabled: true },
        ...(r.buttons?.length ? { reply_markup: { inline_keyboard: r.buttons.map((b) => [{ text: b.title, callback_data: b.id }]) } } : {}),
      });
    }
  }

  /** Webhook entry: handles one update (fetching the bot's identity first, once). */
  async handleUpdate(update: Update): Promise<void> {
    this.initing ??= this.bot.init().catch((err) => {
      this.initing = undefined;
      throw err;
    });
    await this.initing;
    await this.bot.handleUpdate(update);
  }

  /** Long polling until stop(); drops nothing (pending updates are answered). */
  async startPolling(onStart?: (username: string) => void): Promise<void> {
    await this.bot.start({ drop_pending_updates: false, onStart: (me) => onStart?.(me.username) });
  }

  async stop(): Promise<void> {
    if (this.bot.isRunning()) await this.bot.stop();
  }
}

export function createTelegramTipline(o: TelegramTiplineOptions): TelegramTipline {
  return new TelegramTipline(o);
}
