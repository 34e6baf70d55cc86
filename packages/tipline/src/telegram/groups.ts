/**
 * Groups: with privacy mode on (Telegram's default, which we respect) the bot sees only commands,
 * replies to it and mentions; with it off, every message. Either way it speaks only when a
 * posted link is dangerous (or suspicious, if the admins chose so) and only admins configure it.
 */
import { analyzeMessage } from '@ghostguard/core';
import type { Context } from 'grammy';
import { chooseLang } from '../lang.ts';
import { formatVerdict, type Reply } from '../respond.ts';
import type { TiplineStore } from '../store.ts';
import { TEXTS } from '../texts.ts';

type Mode = 'dangerous' | 'suspicious' | 'off';

export function isGroup(ctx: Context): boolean {
  return ctx.chat?.type === 'group' || ctx.chat?.type === 'supergroup';
}

export async function groupCheck(ctx: Context, text: string, store: TiplineStore, chatKey: string, send: (ctx: Context, r: Reply[]) => Promise<void>): Promise<void> {
  const conv = await store.getConversation('telegram', chatKey);
  const mode: Mode = conv?.groupMode ?? 'dangerous';
  if (mode === 'off') return;
  // Only messages with a link are checked in groups: people chat; lures carry links.
  if (!/https?:\/\/|www\.|\b[a-z0-9-]+\.[a-z]{2,}\b/i.test(text)) return;
  const v = analyzeMessage(text);
  if (v.indicators.urls.length === 0) return;
  const speak = v.level === 'dangerous' || (mode === 'suspicious' && v.level === 'suspicious');
  if (!speak) return;
  const lang = chooseLang(undefined, ctx.from?.language_code, v.language);
  await send(ctx, [{ text: formatVerdict(v, lang) }]);
}

export async function settingsCommand(ctx: Context, store: TiplineStore, chatKey: string, now: Date): Promise<void> {
  const lang = chooseLang(undefined, ctx.from?.language_code);
  const t = TEXTS[lang];
  const opts = { link_preview_options: { is_disabled: true } };
  if (!isGroup(ctx)) return void (await ctx.reply(t.groupSettings, opts));
  const member = ctx.from ? await ctx.getChatMember(ctx.from.id) : undefined;
  if (!member || (member.status !== 'administrator' && member.status !== 'creator')) return void (await ctx.reply(t.adminsOnly, opts));
  const arg = String(ctx.match ?? '').trim().toLowerCase();
  if (arg !== 'dangerous' && arg !== 'suspicious' && arg !== 'off') return void (await ctx.reply(t.groupSettings, opts));
  const prev = await store.getConversation('telegram', chatKey);
  await store.saveConversation({ ...(prev ?? { channel: 'telegram', userKey: chatKey }), groupMode: arg, updatedAt: now });
  await ctx.reply(t.groupSettingsSaved, opts);
}
