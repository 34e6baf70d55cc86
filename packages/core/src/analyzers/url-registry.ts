import type { Analyzer } from './analyzer.ts';
import type { UrlSubject } from '../subjects/types.ts';

/** Explicit list, run in this order. No discovery by file name. */
export const URL_ANALYZERS: readonly Analyzer<UrlSubject>[] = [];
