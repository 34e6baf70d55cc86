/**
 * WhatsApp Cloud API shapes we read (webhook "messages" field) and write (messages endpoint).
 * Limits from the Cloud API reference: text body 4096 chars, interactive body 1024, at most
 * 3 reply buttons, button title 20 chars, button id 256 chars.
 */
import type { Reply } from '../respond.ts';

export interface IncomingMessage {
  readonly from: string;
  readonly id: string;
  /** Unix seconds, as a string. */
  readonly timestamp: string;
  readonly type: string;
  readonly text?: { readonly body?: string };
  readonly image?: { readonly id?: string; readonly mime_type?: string; readonly caption?: string };
  readonly interactive?: { readonly type?: string; readonly button_reply?: { readonly id?: string; readonly title?: string } };
  readonly context?: { readonly forwarded?: boolean; readonly frequently_forwarded?: boolean };
}

export interface IncomingBatch {
  readonly phoneNumberId: string;
  readonly messages: readonly IncomingMessage[];
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Pulls message batches out of a webhook body; anything malformed is skipped, never thrown. */
export function parseWebhook(body: unknown): IncomingBatch[] {
  if (!isObj(body) || body['object'] !== 'whatsapp_business_account' || !Array.isArray(body['entry'])) return [];
  const out: IncomingBatch[] = [];
  for (const entry of body['entry'].slice(0, 50)) {
    if (!isObj(entry) || !Array.isArray(entry['changes'])) continue;
    for (const change of entry['changes'].slice(0, 50)) {
      if (!isObj(change) || change['field'] !== 'messages' || !isObj(change['value'])) continue;
      const value = change['value'];
      const meta = isObj(value['metadata']) ? value['metadata'] : {};
      const messages = Array.isArray(value['messages']) ? value['messages'] : [];
      const valid = messages.slice(0, 100).filter((m): m is IncomingMessage => isObj(m) && typeof m['from'] === 'string' && typeof m['id'] === 'string' && typeof m['type'] === 'string' && typeof m['timestamp'] === 'string');
      if (valid.length > 0) out.push({ phoneNumberId: String(meta['phone_number_id'] ?? ''), messages: valid });
    }
  }
  return out;
}

const MAX_TEXT = 4096;
const MAX_INTERACTIVE_BODY = 1024;
const MAX_BUTTONS = 3;
const MAX_TITLE = 20;

/** The message body (without `to`) for one reply: text, or interactive reply buttons. */
export function outgoingBody(reply: Reply): Record<string, unknown> {
  if (!reply.buttons || reply.buttons.length === 0) {
    return { messaging_product: 'whatsapp', recipient_type: 'individual', type: 'text', text: { body: reply.text.slice(0, MAX_TEXT), preview_url: false } };
  }
  return {
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    type: 'interactive',
    interactive: {
      type: 'button',
      body: { text: reply.text.slice(0, MAX_INTERACTIVE_BODY) },
      action: {
        buttons: reply.buttons.slice(0, MAX_BUTTONS).map((b) => ({ type: 'reply', reply: { id: b.id.slice(0, 256), title: [...b.title].slice(0, MAX_TITLE).join('') } })),
      },
    },
  };
}

/** An approved template with one body parameter (the verdict headline), for outside the 24-hour window. */
export function templateBody(name: string, langCode: string, text: string): Record<string, unknown> {
  return {
    messaging_product: 'whatsapp',
    type: 'template',
    template: { name, language: { code: langCode }, components: [{ type: 'body', parameters: [{ type: 'text', text: text.split('\n')[0]!.slice(0, 200) }] }] },
  };
}
