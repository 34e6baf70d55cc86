/**
 * Stable error codes of the sandbox. A failed capture is not an exception: `capture()`
 * resolves with `evidence.error = { code, message }` so that batch callers keep going.
 * SandboxError is thrown only for programmer/configuration mistakes (closed pool, bad options).
 */
export const SANDBOX_ERRORS = {
  /** The URL's host is (or resolves to) a refused address. */
  blockedAddress: 'GG_ERR_SANDBOX_BLOCKED_ADDRESS',
  /** Not an http(s) URL, or not a URL at all. */
  invalidUrl: 'GG_ERR_SANDBOX_INVALID_URL',
  /** The host does not resolve. */
  dns: 'GG_ERR_SANDBOX_DNS',
  /** The capture ran out of its total time budget before the page loaded. */
  timeout: 'GG_ERR_SANDBOX_TIMEOUT',
  /** The main frame kept navigating (HTTP, meta refresh or JavaScript) past the redirect limit. */
  tooManyRedirects: 'GG_ERR_SANDBOX_TOO_MANY_REDIRECTS',
  /** The navigation failed (connection refused, TLS error, too many redirects ...). */
  navigation: 'GG_ERR_SANDBOX_NAVIGATION',
  /** Chromium could not start or crashed during the capture. */
  browser: 'GG_ERR_SANDBOX_BROWSER',
  /** capture() after close(). */
  closed: 'GG_ERR_SANDBOX_CLOSED',
  /** Invalid pool or capture options. */
  config: 'GG_ERR_SANDBOX_CONFIG',
} as const;

export type SandboxErrorCode = (typeof SANDBOX_ERRORS)[keyof typeof SANDBOX_ERRORS];

export class SandboxError extends Error {
  readonly code: SandboxErrorCode;
  constructor(code: SandboxErrorCode, message: string) {
    super(message);
    this.name = 'SandboxError';
    this.code = code;
  }
}
