/** Session tokens, CSRF tokens and API keys: random, compared in constant time, stored hashed. */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const randomToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** Session tokens are HMAC'd with the server secret: a copied sessions table opens nothing. */
export const hashSessionToken = (secret: string, token: string): string => createHmac('sha256', secret).update(token).digest('base64url');

/** API keys are 256-bit random: a plain SHA-256 is enough and survives a secret rotation. */
export const hashApiKey = (key: string): string => createHash('sha256').update(key).digest('base64url');

export const newApiKey = (): string => `gg_${randomToken(32)}`;

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
