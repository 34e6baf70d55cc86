/**
 * Which WhatsApp lines are people talking and which are the app's own notes (media placeholders,
 * deletions, encryption notices). Only people's text goes through the engine: the app's notes
 * carry no lure and would only cost time.
 */
import type { MessageKind } from '../types.ts';

/**
 * Android writes media placeholders in angle brackets in the phone's language:
 * en "<Media omitted>", ru «<Без медиафайлов>», de «<Medien ausgeschlossen>», kk (unverified)
 * «<Медиафайлдар жоқ>». Any short single bracketed line is taken as one, whatever the language.
 */
const ANDROID_PLACEHOLDER_RE = /^\u200E?<[^<>\n]{2,60}>$/;

/** Deleted-message notes (Android and iOS), en / ru / kk (kk unverified) / de / es. */
const DELETED_RE =
  /^\u200E?(?:this message was deleted|you deleted this message|данное сообщение удалено|вы удалили (?:данное )?сообщение|это сообщение удалено|бұл хабар(?:лама)? жойылды|сіз бұл хабар(?:ламаны)? жойдыңыз|diese nachricht wurde gelöscht|se eliminó este mensaje)\.?$/i;

/** iOS media notes follow an LRM: "‎image omitted", «‎изображение отсутствует», «‎фото отсутствует». */
const IOS_MEDIA_RE = /^\u200E(?:.{0,40}(?:omitted|отсутству|опущен|жоқ|weggelassen|omitido|omesso).{0,20}|<attached: [^>]{1,200}>|.{1,200}\.(?:jpe?g|png|webp|gif|mp4|opus|ogg|pdf|vcf|docx?|xlsx?)\s*(?:•.*)?)$/i;

/**
 * System notes that come with an author on iOS (the chat's name) and, rarely, as an ordinary line:
 * end-to-end encryption notices, group changes. iOS marks them with an LRM, which is checked first.
 */
const SYSTEM_RE =
  /(?:messages and calls are end-to-end encrypted|сообщения и звонки защищены сквозным шифрованием|хабарламалар мен қоңыраулар .{0,20}шифрлау|joined using this group's invite link|присоединил(?:ся|ась|ся\(-ась\)) по ссылке-приглашению|created group|создал\(?-?а?\)? группу|changed the subject|изменил\(?-?а?\)? тему|changed this group's icon|security code (?:with .{1,60} )?changed|код безопасности .{0,80}изменился|is a contact|disappearing messages)/i;

/** Android: "IMG-20250301-WA0007.jpg (file attached)" / «(файл прикреплён)» — the library finds the name. */
export function classifyWhatsApp(author: string | null, text: string, hasAttachment: boolean): MessageKind {
  if (author === null) return 'system';
  const first = text.length > 300 ? text.slice(0, 300) : text;
  // Whatever it looks like, a line with a link is scanned: a lure must not hide as a "note".
  if (first.includes('://')) return 'text';
  if (hasAttachment && !first.includes('\n')) return 'media';
  if (first.charCodeAt(0) === 0x200e) {
    if (IOS_MEDIA_RE.test(first)) return 'media';
    if (DELETED_RE.test(first)) return 'deleted';
    return 'system';
  }
  if (first.charCodeAt(0) === 60 /* < */ && ANDROID_PLACEHOLDER_RE.test(first)) return 'media';
  if (first.length < 80 && DELETED_RE.test(first)) return 'deleted';
  if (first.length < 300 && SYSTEM_RE.test(first) && !/https?:\/\//i.test(first)) return 'system';
  return 'text';
}

/** Text of a message with an attachment line and a caption: the caption (people's words). */
export function captionOf(text: string, hasAttachment: boolean): string {
  if (!hasAttachment) return text;
  const nl = text.indexOf('\n');
  return nl < 0 ? '' : text.slice(nl + 1);
}

/** Bidi marks WhatsApp wraps numbers and names in (LRE/PDF/LRM/RLM/isolates). */
const BIDI_RE = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function cleanSender(author: string): string {
  return author.replace(BIDI_RE, '').trim();
}

/** A sender shown as a bare number is not in the address book: WhatsApp shows saved contacts by name. */
export function isPhoneSender(sender: string): boolean {
  if (sender.length > 24 || sender.length < 7) return false;
  if (!/^[+\d][\d\s().-]+$/.test(sender)) return false;
  let digits = 0;
  for (let i = 0; i < sender.length; i++) {
    const c = sender.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  return digits >= 7;
}
