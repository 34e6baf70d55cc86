import { en, type UiKey, type UiStrings } from './en.ts';
import { kk } from './kk.ts';
import { ru } from './ru.ts';

export type UiLang = 'kk' | 'ru' | 'en';
export const UI_LANGS: readonly UiLang[] = ['kk', 'ru', 'en'];
export const LANG_NAMES: Readonly<Record<UiLang, string>> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };
export const STRINGS: Readonly<Record<UiLang, UiStrings>> = { kk, ru, en };
export type { UiKey, UiStrings };

export const LANG_STORAGE_KEY = 'gg.lang';

export function isUiLang(v: unknown): v is UiLang {
  return typeof v === 'string' && (UI_LANGS as readonly string[]).includes(v);
}

/**
 * Remembered choice first, then the browser's languages in order (`kk-KZ` → kk), then Russian:
 * the language most people in Kazakhstan read (the service's first audience) and the API's default.
 */
export function pickLang(stored: string | null | undefined, browser: readonly string[]): UiLang {
  if (isUiLang(stored)) return stored;
  for (const tag of browser) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isUiLang(base)) return base;
  }
  return 'ru';
}

/** Fills `{name}` placeholders; unknown placeholders stay visible so a missing value is noticed. */
export function format(template: string, params?: Readonly<Record<string, string | number>>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (params[k] === undefined ? m : String(params[k])));
}

export type Segment = { readonly ui: boolean; readonly text: string };

/** Splits `Open [[Settings]] → [[Linked devices]]` into plain text and WhatsApp UI words. */
export function splitUiWords(text: string): Segment[] {
  const out: Segment[] = [];
  const re = /\[\[([^\]]+)\]\]/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) out.push({ ui: false, text: text.slice(last, m.index) });
    out.push({ ui: true, text: m[1] ?? '' });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ ui: false, text: text.slice(last) });
  return out;
}

/** The plain reading of a string (UI-word markers removed), e.g. for copying or aria labels. */
export function plainText(text: string): string {
  return splitUiWords(text).map((s) => s.text).join('');
}

export function translate(lang: UiLang, key: UiKey, params?: Readonly<Record<string, string | number>>): string {
  return format(STRINGS[lang][key] ?? en[key], params);
}
