import { SUPPORTED_UI_LANGS, type Lang } from '@ghostguard/core';

export function asLang(code: string | undefined | null): Lang | undefined {
  if (!code) return undefined;
  const base = code.toLowerCase().split(/[-_]/)[0] ?? '';
  return (SUPPORTED_UI_LANGS as readonly string[]).includes(base) ? (base as Lang) : undefined;
}

/**
 * The person's language: an explicit /language choice wins (they told us); else the app's
 * language (Telegram language_code); else the language of the text they sent; else Russian,
 * the language most people in Kazakhstan read (THREAT.md: kk, ru and en first).
 */
export function chooseLang(chosen?: string, appLang?: string, textLang?: string): Lang {
  return asLang(chosen) ?? asLang(appLang) ?? asLang(textLang) ?? 'ru';
}
