/**
 * How pages name brands, beyond the hostname keywords of rules/brands.ts: Cyrillic spellings
 * people and kits use ("ватсап", "фейсбук"), and Meta's corporate name only in the phrases
 * where it names the company (the bare word "meta" is ordinary: meta tags, meta-analysis).
 * Patterns are in page/fold.ts form (lower case, no accents).
 * Source: THREAT.md (Meta-looking pages; "Meta verification" copy), spellings seen in the
 * kk/ru warnings cited there (https://www.lada.kz/kazakhstan-news/148209-novaia-skhema-pokhishchaet-akkaunty-kazakhstantsev-bez-parolia-podrobnosti.html).
 */
export interface PageBrandWords {
  readonly brand: string;
  /** Whole words (lower case) naming the brand on a page. */
  readonly words: readonly string[];
}

export const PAGE_BRAND_WORDS: readonly PageBrandWords[] = [
  { brand: 'whatsapp', words: ['ватсап', 'вотсап', 'уатсап', 'ватсапп', 'whatsapp web'] },
  { brand: 'facebook', words: ['фейсбук', 'фэйсбук'] },
  { brand: 'instagram', words: ['инстаграм', 'инстаграмм'] },
  { brand: 'telegram', words: ['телеграм', 'телеграмм'] },
  { brand: 'meta', words: ['meta verification', 'meta verified', 'meta platforms', 'meta business', 'meta support', 'meta accounts center', 'accounts center', 'from meta', 'meta security'] },
];
