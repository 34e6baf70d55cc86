import type { Analyzer } from './analyzer.ts';
import type { MessageSubject } from '../subjects/types.ts';
import { codeRequest } from './code-request.ts';
import { scamInstructions } from './scam-instructions.ts';
import { lurePhrases } from './lure-phrases.ts';
import { linkPreviewMismatch } from './link-preview-mismatch.ts';
import { takeoverFollowup } from './takeover-followup.ts';
import { brandMentionLink } from './brand-mention-link.ts';

/** Explicit list, run in this order (strongest, most specific signals first). No discovery by file name. */
export const MESSAGE_ANALYZERS: readonly Analyzer<MessageSubject>[] = [
  codeRequest,
  scamInstructions,
  lurePhrases,
  linkPreviewMismatch,
  takeoverFollowup,
  brandMentionLink,
];
