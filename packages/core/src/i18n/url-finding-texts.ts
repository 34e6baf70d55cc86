import type { LocalisedCatalog } from './catalog.ts';

export const URL_FINDING_TEXTS: LocalisedCatalog = { en: {}, ru: {}, kk: {} };
