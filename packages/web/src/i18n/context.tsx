import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LANG_STORAGE_KEY, pickLang, splitUiWords, translate, type UiKey, type UiLang } from './strings.ts';

export type T = (key: UiKey, params?: Readonly<Record<string, string | number>>) => string;

interface I18n {
  readonly lang: UiLang;
  readonly setLang: (l: UiLang) => void;
  readonly t: T;
}

const Ctx = createContext<I18n | null>(null);

function readStored(): string | null {
  try {
    return window.localStorage.getItem(LANG_STORAGE_KEY);
  } catch {
    return null; // storage disabled (private mode, policy): fall back to the browser language
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<UiLang>(() => pickLang(readStored(), navigator.languages ?? [navigator.language]));
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((l: UiLang) => {
    setLangState(l);
    try {
      window.localStorage.setItem(LANG_STORAGE_KEY, l);
    } catch {
      /* not remembered; still switched */
    }
  }, []);
  const value = useMemo<I18n>(() => ({ lang, setLang, t: (k, p) => translate(lang, k, p) }), [lang, setLang]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useI18n(): I18n {
  const v = useContext(Ctx);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}

/** Renders a string whose `[[words]]` are WhatsApp's own UI labels, as chips people can match on screen. */
export function Rich({ text }: { text: string }) {
  return (
    <>
      {splitUiWords(text).map((s, i) =>
        s.ui ? (
          <span key={i} className="ui-word">
            {s.text}
          </span>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
