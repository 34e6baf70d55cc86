/**
 * How people write brand names in messages (not domains): Latin, Cyrillic and the informal
 * spellings seen in Kazakh and Russian chats (ватсап, вацап, уатсап, вотсап, фб, тг ...).
 * Patterns run on the folded text (lower case, Kazakh letters folded). Brand ids are those of
 * rules/brands.ts. "тг" is left out: in Kazakhstan it is the usual abbreviation of tenge.
 */
import { slot } from './lures/dsl.ts';

export interface BrandName {
  readonly brand: string;
  /** `|`-separated words in the lure-table slot syntax (`stem*`, exact words). */
  readonly names: string;
}

export const BRAND_NAMES: readonly BrandName[] = [
  { brand: 'whatsapp', names: 'whatsapp*|whats app|whatsap|watsap*|watsapp*|wapp|ватсап*|вацап*|уатсап*|вотсап*|ватцап*|вотцап*|вaтсап*|воцап*|вацаб*' },
  { brand: 'facebook', names: 'facebook*|fb|fbook|фейсбук*|фэйсбук*|фб' },
  { brand: 'meta', names: 'meta|мета|metа' },
  { brand: 'telegram', names: 'telegram*|телеграм*|телега|телеге|телегу' },
  { brand: 'instagram', names: 'instagram*|insta|инстаграм*|инста|инсте|инсту' },
  { brand: 'kaspi', names: 'kaspi*|каспи*' },
  { brand: 'halyk', names: 'halyk*|халык банк*|халык bank|homebank|хоумбанк' },
  { brand: 'egov', names: 'egov*|е гов|егов*|электронное правительство|электронды укимет' },
];

const COMPILED: readonly { brand: string; re: RegExp }[] = BRAND_NAMES.map((b) => ({
  brand: b.brand,
  re: new RegExp(`(?:^| )${slot(b.names)}`, 'g'),
}));

export interface BrandMention {
  readonly brand: string;
  /** Offsets into the folded string searched. */
  readonly start: number;
  readonly end: number;
}

/** Brands named in a folded text, first mention of each. */
export function brandMentions(folded: string): BrandMention[] {
  const out: BrandMention[] = [];
  for (const { brand, re } of COMPILED) {
    re.lastIndex = 0;
    const m = re.exec(folded);
    if (m === null) continue;
    const lead = m[0].startsWith(' ') ? 1 : 0;
    out.push({ brand, start: m.index + lead, end: m.index + m[0].length });
  }
  return out;
}
