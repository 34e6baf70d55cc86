/** STUB — replaced by the real normaliser/extractor. */
import type { LinkPreview, MessageSubject } from './types.ts';
export interface MessageSubjectOptions { readonly preview?: LinkPreview; readonly senderKnown?: boolean }
export function createMessageSubject(input: string, opts: MessageSubjectOptions = {}): MessageSubject {
  const text = input.normalize('NFKC');
  return { type: 'message', text, truncated: false, folded: text.toLowerCase(), language: 'und', urls: [], phones: [], codes: [],
    ...(opts.preview ? { preview: opts.preview } : {}), ...(opts.senderKnown !== undefined ? { senderKnown: opts.senderKnown } : {}) };
}
