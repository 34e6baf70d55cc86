import type { Lang } from '../types.ts';
import { COMMON_TEXTS } from './common-texts.ts';
import { URL_FINDING_TEXTS } from './url-finding-texts.ts';
import { MESSAGE_FINDING_TEXTS } from './message-finding-texts.ts';
import { PAGE_FINDING_TEXTS } from './page-finding-texts.ts';

/** Message id → template. `{name}` placeholders are filled from the finding's params. */
export type Catalog = Readonly<Record<string, string>>;
/** A catalogue area: one `Catalog` per UI language. Adding a language is adding a key here. */
export type LocalisedCatalog = Readonly<Record<Lang, Catalog>> & Readonly<Record<string, Catalog>>;

const AREAS: readonly LocalisedCatalog[] = [COMMON_TEXTS, URL_FINDING_TEXTS, MESSAGE_FINDING_TEXTS, PAGE_FINDING_TEXTS];

function merge(lang: string): Catalog {
  const out: Record<string, string> = {};
  for (const area of AREAS) Object.assign(out, area[lang] ?? {});
  return out;
}

const CACHE = new Map<string, Catalog>();

export function catalogFor(lang: string): Catalog {
  let c = CACHE.get(lang);
  if (!c) {
    c = merge(lang);
    CACHE.set(lang, c);
  }
  return c;
}

/** Languages that have every area. */
export function catalogLanguages(): string[] {
  const langs = new Set<string>();
  for (const area of AREAS) for (const l of Object.keys(area)) langs.add(l);
  return [...langs].filter((l) => AREAS.every((a) => a[l] !== undefined));
}
