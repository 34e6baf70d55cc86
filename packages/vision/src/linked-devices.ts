/**
 * Reads the OCR text of WhatsApp's Linked devices screen: which devices, when last active, and
 * which look unfamiliar. The person decides; we ask "which of these do you recognise?" and give
 * the logout steps (core advice `check-linked-devices`).
 */
import { renderAdvice, type AdviceId } from '@ghostguard/core';
import {
  DESKTOP_DEVICE,
  LINKED_DEVICES_STRINGS,
  LINKED_DEVICES_TEXTS,
  SERVER_LIKE_DEVICE,
  type LinkedDevicesLang,
  type LinkedDevicesStrings,
} from './linked-devices-strings.ts';

export type LastActiveKind = 'now' | 'today' | 'yesterday' | 'earlier';

export interface LinkedDevice {
  readonly name: string;
  readonly lastActive: { readonly kind: LastActiveKind; readonly text: string; readonly time?: string };
  /** Why the device deserves a question; absent when nothing stands out. */
  readonly flag?: 'server-like' | 'desktop-but-no-web-use';
}

export interface LinkedDevicesReading {
  /** Language of the screen (which table matched). */
  readonly screenLang: LinkedDevicesLang;
  readonly devices: readonly LinkedDevice[];
}

export interface ReadOptions {
  /** The person says they never use WhatsApp Web/Desktop: every desktop device is then unknown. */
  readonly usesWhatsAppWeb?: boolean;
}

const LANGS = Object.keys(LINKED_DEVICES_STRINGS) as LinkedDevicesLang[];
/** OCR reads Latin device names with Cyrillic lookalikes ("Мас OS"): fold them in names. */
const CYR_TO_LAT: Readonly<Record<string, string>> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X',
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i',
};
const MAX_DEVICES = 20;

function foldName(name: string): string {
  // Only words mixing scripts or made only of lookalikes are folded; real Cyrillic names stay.
  return name.replace(/[\p{L}]+/gu, (w) => {
    const hasLatin = /[A-Za-z]/.test(w);
    const allLookalike = [...w].every((c) => CYR_TO_LAT[c] !== undefined || /[A-Za-z]/.test(c));
    return hasLatin || (allLookalike && /[A-Za-z]/.test(name)) ? [...w].map((c) => CYR_TO_LAT[c] ?? c).join('') : w;
  });
}

function screenLanguage(text: string): LinkedDevicesLang | undefined {
  let best: LinkedDevicesLang | undefined;
  let bestHits = 0;
  for (const lang of LANGS) {
    const s = LINKED_DEVICES_STRINGS[lang];
    const hits = s.screenMarkers.filter((r) => r.test(text)).length + (s.activeNow.test(text) ? 1 : 0);
    if (hits > bestHits) [best, bestHits] = [lang, hits];
  }
  return best;
}

/** True when the OCR text is (probably) the Linked devices screen. */
export function isLinkedDevicesScreen(text: string): boolean {
  const lang = screenLanguage(text);
  return lang !== undefined && LINKED_DEVICES_STRINGS[lang].screenMarkers.some((r) => r.test(text));
}

function statusOf(line: string, s: LinkedDevicesStrings): { index: number; last: LinkedDevice['lastActive'] } | undefined {
  const now = s.activeNow.exec(line);
  if (now) return { index: now.index, last: { kind: 'now', text: now[0] } };
  const last = s.lastActive.exec(line);
  if (!last) return undefined;
  const when = (last[1] ?? '').trim();
  const time = /\b([01]?\d|2[0-3])[:.][0-5]\d\b/.exec(when)?.[0]?.replace('.', ':');
  const kind: LastActiveKind = s.today.test(when) ? 'today' : s.yesterday.test(when) ? 'yesterday' : 'earlier';
  return { index: last.index, last: { kind, text: last[0].trim(), ...(time ? { time } : {}) } };
}

function isUiLine(line: string, s: LinkedDevicesStrings): boolean {
  return s.uiLines.some((r) => r.test(line)) || s.screenMarkers.some((r) => r.test(line) && line.length < 40);
}

function flagFor(name: string, opts: ReadOptions): LinkedDevice['flag'] {
  if (SERVER_LIKE_DEVICE.test(name)) return 'server-like';
  if (opts.usesWhatsAppWeb === false && DESKTOP_DEVICE.test(name)) return 'desktop-but-no-web-use';
  return undefined;
}

/** Lists the devices of a Linked devices screenshot's OCR text; undefined when it is not one. */
export function readLinkedDevices(text: string, opts: ReadOptions = {}): LinkedDevicesReading | undefined {
  const input = String(text).slice(0, 20_000);
  const screenLang = screenLanguage(input);
  if (!screenLang) return undefined;
  const s = LINKED_DEVICES_STRINGS[screenLang];
  const lines = input.split(/\r?\n/).map((l) => l.replace(/\s+/g, ' ').trim());
  const devices: LinkedDevice[] = [];
  let candidate: string | undefined;
  for (const line of lines) {
    if (line === '') continue;
    const st = statusOf(line, s);
    if (!st) {
      // The last plausible line before a status line is the device's name.
      if (!isUiLine(line, s) && line.length <= 60 && /\p{L}/u.test(line)) candidate = line;
      continue;
    }
    const inline = line.slice(0, st.index).trim();
    const name = foldName(inline.length >= 2 ? inline : (candidate ?? ''));
    candidate = undefined;
    if (name === '') continue;
    const flag = flagFor(name, opts);
    devices.push({ name, lastActive: st.last, ...(flag ? { flag } : {}) });
    if (devices.length >= MAX_DEVICES) break;
  }
  if (devices.length === 0 && !isLinkedDevicesScreen(input)) return undefined;
  return { screenLang, devices };
}

export interface LinkedDevicesAnswer {
  readonly text: string;
  readonly advice: AdviceId;
}

/** The bot's answer: the list, the question, then the logout steps. */
export function renderLinkedDevices(reading: LinkedDevicesReading, lang: string): LinkedDevicesAnswer {
  const l: LinkedDevicesLang = (LANGS as string[]).includes(lang) ? (lang as LinkedDevicesLang) : 'en';
  const t = LINKED_DEVICES_TEXTS[l];
  const advice = renderAdvice('check-linked-devices', l);
  const steps = [`${advice.title}:`, ...advice.steps.map((x, i) => `${i + 1}. ${x}`)];
  if (reading.devices.length === 0) return { text: [t.none, '', ...steps].join('\n'), advice: 'check-linked-devices' };
  const list = reading.devices.map((d) => {
    const when = d.lastActive.kind === 'now' ? t.activeNow : d.lastActive.text;
    return `• ${d.name} — ${when}${d.flag ? ` ⚠️ ${t.flagged}` : ''}`;
  });
  return { text: [t.found, ...list, '', t.question, '', ...steps].join('\n'), advice: 'check-linked-devices' };
}
