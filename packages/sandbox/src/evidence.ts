/**
 * Pure helpers that turn what the browser reported into bounded PageEvidence pieces.
 * No Playwright here, so they are unit-tested without Chromium.
 */
import { createHash } from 'node:crypto';
import type { RedirectHop } from '@ghostguard/core';

export const EVIDENCE_LIMITS = {
  requests: 500,
  websockets: 20,
  framesPerSocket: 50,
  frameChars: 2048,
  consoleErrors: 50,
  consoleChars: 500,
  dialogs: 20,
  popups: 20,
  scriptExcerptChars: 2048,
  redirects: 30,
} as const;

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function clip(s: string, n: number): string {
  return s.length > n ? s.slice(0, n) : s;
}

/** Text of a WebSocket frame, bounded; binary frames are shown as base64 with a prefix. */
export function frameText(payload: string | Uint8Array): string {
  if (typeof payload === 'string') return clip(payload, EVIDENCE_LIMITS.frameChars);
  const b = Buffer.from(payload.buffer, payload.byteOffset, Math.min(payload.byteLength, EVIDENCE_LIMITS.frameChars));
  return clip(`base64:${b.toString('base64')}`, EVIDENCE_LIMITS.frameChars);
}

/**
 * Event name of a Socket.IO frame, or null. Wire format (socket.io-protocol v5 over
 * engine.io v4): `4` = engine.io message, then `2` EVENT / `3` ACK / `5` BINARY_EVENT, an
 * optional `/namespace,`, an optional ack id, then a JSON array whose first item is the name:
 * `42["code",{"c":"…"}]`, `42/admin,17["ready"]`. Older servers (v2) use the same shape.
 */
export function socketIoEvent(frame: string): string | null {
  const m = /^4[25](?:\/[^,[]*,)?\d*(\[[\s\S]*)$/.exec(frame);
  if (!m?.[1]) return null;
  const quick = /^\[\s*"((?:[^"\\]|\\.){1,100})"/.exec(m[1]);
  if (!quick?.[1]) return null;
  try {
    const name: unknown = JSON.parse(`"${quick[1]}"`);
    return typeof name === 'string' && name.length > 0 ? name : null;
  } catch {
    return null;
  }
}

/** How a main-frame navigation that was not an HTTP redirect came about (CDP ClientNavigationReason). */
export function hopKindFor(reason: string | undefined): RedirectHop['kind'] {
  return reason === 'metaTagRefresh' || reason === 'httpHeaderRefresh' ? 'meta-refresh' : 'javascript';
}

export interface NavRecord {
  readonly url: string;
  /** Reached through an HTTP redirect from the previous record. */
  readonly viaHttp: boolean;
  /** Response status of this URL, 0 when none (blocked, failed, still pending). */
  readonly status: number;
}

/**
 * The chain of URLs the main frame went through. Each hop is one URL with its own response
 * status (so a server redirect hop shows 301/302/307) and how the browser got there.
 */
export function buildRedirectChain(navs: readonly NavRecord[], reasons: ReadonlyMap<string, string>): RedirectHop[] {
  const hops: RedirectHop[] = [];
  for (const [i, n] of navs.entries()) {
    if (hops.length >= EVIDENCE_LIMITS.redirects) break;
    const kind: RedirectHop['kind'] = i === 0 ? 'initial' : n.viaHttp ? 'http' : hopKindFor(reasons.get(n.url));
    hops.push({ url: clip(n.url, 2048), status: n.status, kind });
  }
  return hops;
}

/** Lower-cased host of a URL (brackets removed), '' when unparsable. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  } catch {
    return '';
  }
}
