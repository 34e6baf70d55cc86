/**
 * Per-user token bucket. Default: bursts of 6, refilled at 10 per minute — a person checking a
 * few forwarded messages never notices; a script flooding the bot gets one "wait" and then
 * silence (the "wait" itself is not repeated within a window).
 */
export interface RateLimitOptions {
  readonly burst?: number;
  readonly perMinute?: number;
  readonly maxKeys?: number;
}

export type RateDecision = 'allow' | 'deny-notify' | 'deny-silent';

export class RateLimiter {
  private readonly burst: number;
  private readonly perMs: number;
  private readonly maxKeys: number;
  private readonly buckets = new Map<string, { tokens: number; at: number; notified: boolean }>();

  constructor(opts: RateLimitOptions = {}) {
    this.burst = opts.burst ?? 6;
    this.perMs = (opts.perMinute ?? 10) / 60_000;
    this.maxKeys = opts.maxKeys ?? 50_000;
  }

  take(key: string, now: number): RateDecision {
    let b = this.buckets.get(key);
    if (!b) {
      if (this.buckets.size >= this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
      b = { tokens: this.burst, at: now, notified: false };
      this.buckets.set(key, b);
    }
    b.tokens = Math.min(this.burst, b.tokens + (now - b.at) * this.perMs);
    b.at = now;
    if (b.tokens >= 1) {
      b.tokens -= 1;
      b.notified = false;
      return 'allow';
    }
    if (b.notified) return 'deny-silent';
    b.notified = true;
    return 'deny-notify';
  }
}
