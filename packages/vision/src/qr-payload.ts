/**
 * What a QR code holds, and what that means for the person holding the phone.
 *
 * Device-linking QR codes are the B variant of THREAT.md: a "verification" QR that is really
 * the attacker's WhatsApp Web (or Telegram login) QR. Scanning it from the app's Linked devices
 * screen links the attacker. We match the *shape*, never values:
 * - WhatsApp Web: `ref,noiseKey,identityKey,advSecret` — a ref like `2@…` then base64 keys
 *   (the layout built by WhatsApp Web clients, e.g. Baileys `socket.ts` genPairQR and whatsmeow
 *   `pair.go` makeQRData: ref + three base64 32-byte keys joined by commas). Newer QR codes may
 *   wrap the same string in a wa.me/settings/linked_devices URL fragment: matched too.
 * - Telegram: `tg://login?token=<base64url>` (MTProto auth.exportLoginToken, core.telegram.org/api/qr-login).
 */
import { analyzeMessage, analyzeUrl, buildVerdict, type Finding, type Verdict } from '@ghostguard/core';

export type QrPayloadKind = 'whatsapp-device-link' | 'telegram-login' | 'url' | 'text';

export interface QrPayload {
  readonly kind: QrPayloadKind;
  /** Safe to show: device-link payloads are shortened (they are live credentials for ~20 s). */
  readonly display: string;
  readonly verdict: Verdict;
}

/** WhatsApp ref: a small version number, '@', then an opaque token (base64-ish). */
const WA_REF = /^\d{1,2}@[A-Za-z0-9+/=_-]{8,}$/;
/** A base64 field of a 32-byte key is 43–44 chars; allow some slack for future key sizes. */
const B64_FIELD = /^[A-Za-z0-9+/_-]{20,200}={0,2}$/;
const TG_LOGIN = /^tg:\/\/login\?(?:[^#\s]*&)?token=[A-Za-z0-9_=-]{8,}/i;
const WA_LINK_URL = /^https?:\/\/(?:www\.)?(?:wa\.me|whatsapp\.com|web\.whatsapp\.com)\/settings\/linked_devices/i;

export function isWhatsAppLinkPayload(text: string): boolean {
  const s = text.trim();
  const hash = s.indexOf('#');
  if (WA_LINK_URL.test(s)) return true;
  const body = hash >= 0 && /^https?:/i.test(s) ? s.slice(hash + 1) : s;
  const parts = body.split(',');
  if (parts.length < 3 || parts.length > 6) return false;
  return WA_REF.test(parts[0]!) && parts.slice(1).every((p) => B64_FIELD.test(p));
}

export function isTelegramLoginPayload(text: string): boolean {
  return TG_LOGIN.test(text.trim());
}

function deviceLinkVerdict(app: 'whatsapp' | 'telegram', display: string): Verdict {
  const finding: Finding = {
    analyzer: 'qr-payload',
    rule: `qr-payload/${app}-device-link`,
    severity: 'critical',
    // `attack.qr-linking` reads "This QR code would link someone else's device to your account".
    message: { id: 'attack.qr-linking' },
    evidence: [{ field: 'qr', value: display }],
    attack: 'qr-linking',
    brand: app,
    weight: 95,
    advice: app === 'whatsapp' ? ['do-not-scan-qr', 'check-linked-devices', 'warn-contacts'] : ['do-not-scan-qr', 'telegram-terminate-sessions'],
  };
  const v = buildVerdict({ kind: 'message', findings: [finding], quietLevel: 'unknown' });
  // The qr-linking attack adds WhatsApp's Linked devices advice; for Telegram it would mislead.
  return app === 'telegram' ? { ...v, advice: v.advice.filter((a) => a !== 'check-linked-devices' && a !== 'warn-contacts') } : v;
}

/** A single token with a scheme or a dotted host is analysed as a link, anything else as text. */
function looksLikeUrl(s: string): boolean {
  if (s === '' || /\s/.test(s)) return false;
  return /^https?:\/\//i.test(s) || /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[/?#]|$)/i.test(s);
}

export function classifyQrPayload(text: string): QrPayload {
  const s = String(text).slice(0, 8192).trim();
  if (isWhatsAppLinkPayload(s)) {
    const display = `WhatsApp device-linking QR (${s.slice(0, 6)}…)`;
    return { kind: 'whatsapp-device-link', display, verdict: deviceLinkVerdict('whatsapp', display) };
  }
  if (isTelegramLoginPayload(s)) {
    const display = 'Telegram login QR (tg://login?token=…)';
    return { kind: 'telegram-login', display, verdict: deviceLinkVerdict('telegram', display) };
  }
  if (looksLikeUrl(s)) return { kind: 'url', display: s.slice(0, 300), verdict: analyzeUrl(s) };
  return { kind: 'text', display: s.slice(0, 300), verdict: analyzeMessage(s) };
}

/** Said first whenever a device-linking QR is seen, in the person's language. */
export const QR_LINK_WARNING: Readonly<Record<string, string>> = {
  en: 'This QR code links a device to an account. Never scan it to “verify”, vote or view anything: whoever made it would get your chats.',
  ru: 'Этот QR-код привязывает устройство к аккаунту. Никогда не сканируйте его, чтобы «подтвердить», проголосовать или что-то посмотреть: его автор получит вашу переписку.',
  kk: 'Бұл QR-код аккаунтқа құрылғыны байланыстырады. Оны «растау», дауыс беру немесе бірдеңе көру үшін ешқашан сканерлемеңіз: оны жасаған адам сіздің хаттарыңызды алады.',
};
