/**
 * Sends what the store's outbox holds, with retries: exponential backoff with jitter (base 2 s,
 * ×2 per attempt, capped at 15 min, Retry-After honoured), 10 attempts (≈ 1.5 h in all) and then
 * `dead`, where analysts see it and can requeue it. Nothing is lost while the API is down: the
 * reply waits in the store, not in memory.
 */
import type { OutboxItem, TiplineStore } from './store.ts';

export interface SendOutcome {
  readonly messageId?: string;
}

export class SendError extends Error {
  constructor(message: string, readonly retryable: boolean, readonly retryAfterMs?: number) {
    super(message);
    this.name = 'SendError';
  }
}

export interface OutboxOptions {
  readonly now?: () => Date;
  readonly maxAttempts?: number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  readonly leaseMs?: number;
  readonly batch?: number;
  readonly random?: () => number;
  readonly onError?: (item: OutboxItem, err: unknown) => void;
}

export class OutboxWorker {
  private timer: ReturnType<typeof setInterval> | undefined;
  private running: Promise<number> | undefined;
  private again = false;
  private readonly o: Required<Omit<OutboxOptions, 'onError'>> & Pick<OutboxOptions, 'onError'>;

  constructor(
    private readonly store: TiplineStore,
    private readonly send: (item: OutboxItem) => Promise<SendOutcome>,
    opts: OutboxOptions = {},
  ) {
    this.o = {
      now: opts.now ?? (() => new Date()),
      maxAttempts: opts.maxAttempts ?? 10,
      baseDelayMs: opts.baseDelayMs ?? 2000,
      maxDelayMs: opts.maxDelayMs ?? 15 * 60_000,
      leaseMs: opts.leaseMs ?? 60_000,
      batch: opts.batch ?? 20,
      random: opts.random ?? Math.random,
      ...(opts.onError ? { onError: opts.onError } : {}),
    };
  }

  delayFor(attempts: number, retryAfterMs?: number): number {
    const exp = Math.min(this.o.maxDelayMs, this.o.baseDelayMs * 2 ** Math.max(0, attempts - 1));
    const jittered = exp * (0.8 + 0.4 * this.o.random());
    return Math.max(jittered, retryAfterMs ?? 0);
  }

  /**
   * Sends every due item (in order); returns how many were sent. Calls never overlap: a call
   * made while a pump runs makes it go round once more, so newly queued items are not missed.
   */
  pump(): Promise<number> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      let sent = 0;
      do {
        this.again = false;
        sent += await this.pumpOnce();
      } while (this.again);
      return sent;
    })().finally(() => (this.running = undefined));
    return this.running;
  }

  /**
   * One round: items of different people are sent concurrently (up to `batch` at once), each
   * person's items in order; after a failure that person's later items wait (order is kept).
   */
  private async pumpOnce(): Promise<number> {
    const items = await this.store.claimDue(this.o.now(), this.o.batch, this.o.leaseMs);
    const byUser = new Map<string, OutboxItem[]>();
    for (const item of items) byUser.set(item.userKey, [...(byUser.get(item.userKey) ?? []), item]);
    const counts = await Promise.all([...byUser.values()].map((list) => this.sendInOrder(list)));
    return counts.reduce((a, b) => a + b, 0);
  }

  private async sendInOrder(items: readonly OutboxItem[]): Promise<number> {
    let sent = 0;
    let wait: Date | undefined;
    for (const item of items) {
      if (wait) {
        await this.store.markRetry(item.id, 'waiting for an earlier reply to the same person', wait, this.o.now());
        continue;
      }
      try {
        const r = await this.send(item);
        await this.store.markSent(item.id, this.o.now(), r.messageId);
        sent++;
      } catch (err) {
        wait = await this.fail(item, err);
        // A dead item does not hold the next one back: it will never be sent.
      }
    }
    return sent;
  }

  /** Records a failure; returns when the item will be tried again (undefined when dead). */
  private async fail(item: OutboxItem, err: unknown): Promise<Date | undefined> {
    this.o.onError?.(item, err);
    const e = err instanceof SendError ? err : new SendError(String((err as Error)?.message ?? err), true);
    const now = this.o.now();
    if (!e.retryable || item.attempts >= this.o.maxAttempts) {
      await this.store.markDead(item.id, `${e.message} (after ${item.attempts} attempt(s))`, now);
      return undefined;
    }
    const next = new Date(now.getTime() + this.delayFor(item.attempts, e.retryAfterMs));
    await this.store.markRetry(item.id, e.message, next, now);
    return next;
  }

  start(intervalMs = 1000): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.pump().catch(() => undefined), intervalMs);
    this.timer.unref?.();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }
}
