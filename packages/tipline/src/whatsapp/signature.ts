/**
 * X-Hub-Signature-256: "sha256=" + hex HMAC-SHA256 of the raw request body with the app secret
 * (Meta Webhooks docs, "Validating payloads"). Compared in constant time.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export function signBody(appSecret: string, raw: Uint8Array): string {
  return `sha256=${createHmac('sha256', appSecret).update(raw).digest('hex')}`;
}

export function verifySignature(appSecret: string, raw: Uint8Array, header: string | undefined): boolean {
  if (typeof header !== 'string' || !/^sha256=[0-9a-f]{64}$/i.test(header.trim())) return false;
  const got = Buffer.from(header.trim().slice(7).toLowerCase(), 'hex');
  const want = createHmac('sha256', appSecret).update(raw).digest();
  return got.length === want.length && timingSafeEqual(got, want);
}

/** Constant-time equality of two strings (verify tokens, webhook secrets). */
export function safeEqual(a: string, b: string): boolean {
  const x = createHmac('sha256', 'cmp').update(a).digest();
  const y = createHmac('sha256', 'cmp').update(b).digest();
  return timingSafeEqual(x, y) && a.length === b.length;
}
