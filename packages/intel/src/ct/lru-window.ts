/**
 * "Seen within the last `windowMs`" for at most `capacity` keys: a Map in insertion order is an
 * LRU (re-inserting moves a key to the end; the first key is the oldest). Memory is bounded by
 * capacity whatever the stream does; 100,000 host names of ~30 chars cost ~10 MB.
 */
export class LruWindow {
  private readonly seen = new Map<string, number>();
  constructor(private readonly capacity: number, private readonly windowMs: number) {
    if (capacity < 1) throw new RangeError('capacity must be ≥ 1');
  }

  /** True when `key` was seen within the window (a duplicate); records the sighting either way. */
  checkAndAdd(key: string, now: number): boolean {
    const at = this.seen.get(key);
    const dup = at !== undefined && now - at < this.windowMs;
    // A duplicate keeps its first time, so a name repeated forever still re-qualifies once per window.
    if (dup) return true;
    if (at !== undefined) this.seen.delete(key);
    this.seen.set(key, now);
    if (this.seen.size > this.capacity) {
      const oldest = this.seen.keys().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
    return false;
  }

  /** Forgets a key (a candidate that was rate-limited may qualify again on its next sighting). */
  forget(key: string): void {
    this.seen.delete(key);
  }

  get size(): number {
    return this.seen.size;
  }
}

/** Token bucket: `ratePerSec` tokens per second, at most `burst` stored. */
export class TokenBucket {
  private tokens: number;
  private last: number;
  constructor(private readonly ratePerSec: number, private readonly burst: number, now: number) {
    this.tokens = burst;
    this.last = now;
  }

  take(now: number): boolean {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.ratePerSec);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
