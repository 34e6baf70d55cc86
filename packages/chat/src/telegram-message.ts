/**
 * One Telegram Desktop export message object → ChatMessage. The export writes `text` as a string,
 * or as an array of strings and entity objects (`{type, text, href?}`); `text_entities` repeats it
 * as a list. Links: `link` entities carry the URL as text, `text_link` ones in `href`.
 */
import type { ChatMessage, MessageKind, ParseIssue } from './types.ts';

const TIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

function str(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

function flattenText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (!Array.isArray(v)) return '';
  let out = '';
  for (const part of v) {
    if (typeof part === 'string') out += part;
    else if (part !== null && typeof part === 'object') out += str((part as Record<string, unknown>)['text']);
  }
  return out;
}

function linksOf(o: Record<string, unknown>): string[] {
  const links: string[] = [];
  const entities = Array.isArray(o['text_entities']) ? o['text_entities'] : Array.isArray(o['text']) ? o['text'] : [];
  for (const e of entities as unknown[]) {
    if (e === null || typeof e !== 'object') continue;
    const ent = e as Record<string, unknown>;
    if (ent['type'] === 'text_link' && typeof ent['href'] === 'string') links.push(ent['href']);
    else if (ent['type'] === 'link' && typeof ent['text'] === 'string') links.push(ent['text']);
  }
  return [...new Set(links)].slice(0, 50);
}

function kindOf(o: Record<string, unknown>, text: string): MessageKind {
  if (o['type'] === 'service') return 'system';
  if (text.trim() !== '') return 'text';
  if ('photo' in o || 'file' in o || 'media_type' in o || 'sticker_emoji' in o || 'poll' in o || 'location_information' in o) return 'media';
  return 'text';
}

export function telegramMessage(obj: unknown, chat: string, line: number): ChatMessage | ParseIssue {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return { line, reason: 'a message is not a JSON object' };
  const o = obj as Record<string, unknown>;
  const text = flattenText(o['text']);
  const links = linksOf(o);
  const date = str(o['date']);
  const time = TIME_RE.test(date) ? date : '';
  const kind = kindOf(o, text);
  // Forwarded messages keep the original author in `forwarded_from`; the sender is still `from`.
  const sender = str(o['from'] ?? o['actor']).trim();
  if (text === '' && kind === 'text' && links.length === 0 && time === '' && sender === '') {
    return { line, reason: 'a message without text, date or sender' };
  }
  // Links hidden behind words (text_link) are not in the text: append them so the engine sees them.
  const hidden = links.filter((l) => !text.includes(l));
  return {
    chat,
    time,
    sender,
    text: hidden.length > 0 ? `${text}\n${hidden.join('\n')}` : text,
    kind,
    line,
    ...(links.length > 0 ? { links } : {}),
  };
}
