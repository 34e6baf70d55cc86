import type { Analyzer } from './analyzer.ts';
import type { MessageSubject } from '../subjects/types.ts';

/** Explicit list, run in this order. No discovery by file name. */
export const MESSAGE_ANALYZERS: readonly Analyzer<MessageSubject>[] = [];
