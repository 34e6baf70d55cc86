import type { LocalisedCatalog } from './catalog.ts';

export const MESSAGE_FINDING_TEXTS: LocalisedCatalog = { en: {}, ru: {}, kk: {} };
