/**
 * Links in a message: linkifyjs (browser-safe, knows every IANA TLD, strips trailing
 * punctuation and unbalanced brackets) plus defanged forms that linkify cannot see
 * (hxxp://, example[.]com, example(dot)com) as people paste them from warnings and reports.
 */
import { find } from 'linkifyjs';
import type { ExtractedUrl, TextSpan } from '../subjects/types.ts';

/** A message with more links than this is itself odd; the rest are ignored (bounded work). */
export const MAX_URLS = 100;

// Cheap gate: linkify costs ~10 µs per short message, most chat has no dot between letters.
const MAYBE_LINK = /[^\s.]\.[^\s\d.,!?)"'»]|:\/\//;
const DEFANGED = /[^\s<>"«»]*(?:hxxps?|h\*\*ps?|\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\[:\]|\[:\/\/\])[^\s<>"«»]*/gi;
const TRAILING = /[.,!?;:)\]}>»"'’]+$/;

function refang(s: string): string {
  return s
    .replace(/^h(?:xx|\*\*)p/i, 'http')
    .replace(/\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)/gi, '.')
    .replace(/\[:\/\/\]/g, '://')
    .replace(/\[:\]/g, ':');
}

function defangedLinks(text: string): ExtractedUrl[] {
  const out: ExtractedUrl[] = [];
  for (const m of text.matchAll(DEFANGED)) {
    const raw = m[0].replace(TRAILING, '');
    const start = m.index;
    const url = refang(raw);
    const hit = find(url, 'url')[0];
    if (hit === undefined || hit.start !== 0) continue;
    out.push({ start, end: start + raw.length, raw, url: hit.href, defanged: true });
    if (out.length >= MAX_URLS) break;
  }
  return out;
}

const overlaps = (a: TextSpan | { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

export interface LinkExtraction {
  readonly urls: readonly ExtractedUrl[];
  /** URLs and e-mail addresses: spans the phrase matcher must not read as words. */
  readonly masks: readonly { start: number; end: number }[];
}

export function extractLinks(text: string): LinkExtraction {
  if (!MAYBE_LINK.test(text)) return { urls: [], masks: [] };
  const defanged = /hxx|h\*\*p|\[|\(/i.test(text) ? defangedLinks(text) : [];
  const urls: ExtractedUrl[] = [...defanged];
  const masks: { start: number; end: number }[] = defanged.map((u) => ({ start: u.start, end: u.end }));
  let found: ReturnType<typeof find> = [];
  try {
    found = find(text);
  } catch {
    found = []; // linkify is robust, but a library bug must not take the message down
  }
  for (const f of found) {
    if (defanged.some((d) => overlaps(d, f))) continue;
    masks.push({ start: f.start, end: f.end });
    if (f.type !== 'url' || urls.length >= MAX_URLS) continue;
    urls.push({ start: f.start, end: f.end, raw: f.value, url: f.href, defanged: false });
  }
  urls.sort((a, b) => a.start - b.start);
  masks.sort((a, b) => a.start - b.start);
  return { urls, masks };
}
