/**
 * The WhatsApp tipline: webhook events in, replies out through the persistent outbox.
 * Idempotent by message id (WhatsApp redelivers until it gets a 200), stale events dropped,
 * the 24-hour customer-service window respected when a reply is finally sent.
 */
import type { AnalyzeImageOptions } from '@ghostguard/vision';
import { DEFAULT_IMAGE_LIMITS } from '@ghostguard/vision';
import { userKeyOf, type WhatsAppConfig } from '../config.ts';
import { Dialogue, textCommand, type DialogueEvent } from '../dialogue.ts';
import { OutboxWorker, SendError, type OutboxOptions } from '../outbox.ts';
import { RateLimiter } from '../rate-limit.ts';
import { redactRecipient } from '../redact.ts';
import { TEXTS } from '../texts.ts';
import type { OutboxItem, TiplineStore } from '../store.ts';
import { createGraphClient, GraphError, type FetchLike, type GraphClient } from './graph.ts';
import { outgoingBody, parseWebhook, templateBody, type IncomingMessage } from './messages.ts';

export interface WhatsAppTiplineOptions {
  readonly config: WhatsAppConfig;
  readonly store: TiplineStore;
  readonly userKeySecret: string;
  readonly now?: () => Date;
  readonly fetch?: FetchLike;
  readonly image?: AnalyzeImageOptions;
  /** Events older than this are dropped (replays of captured, validly signed bodies). 10 min. */
  readonly maxEventAgeMs?: number;
  readonly outbox?: OutboxOptions;
  readonly rateLimiter?: RateLimiter;
  readonly onReport?: (id: string) => void;
  readonly log?: (msg: string) => void;
}

export interface EventResult {
  readonly accepted: number;
  readonly duplicates: number;
  readonly stale: number;
  readonly ignored: number;
}

/** WhatsApp's customer-service window: free-form replies within 24 h of the person's last message. */
export const SERVICE_WINDOW_MS = 24 * 3600_000;
/** A message stamped this far in the future is not believed either (clock skew allowance). */
const FUTURE_SKEW_MS = 5 * 60_000;

interface QueuedReply {
  readonly body: Record<string, unknown>;
  /** First line of the reply: the template parameter outside the window. */
  readonly headline: string;
  readonly lang: string;
}

export class WhatsAppTipline {
  readonly outbox: OutboxWorker;
  private readonly graph: GraphClient;
  private readonly dialogue: Dialogue;
  private readonly now: () => Date;
  private readonly limiter: RateLimiter;
  private readonly pending = new Set<Promise<unknown>>();

  constructor(private readonly o: WhatsAppTiplineOptions) {
    this.now = o.now ?? (() => new Date());
    this.graph = createGraphClient(o.config, o.fetch);
    this.dialogue = new Dialogue({ store: o.store, channel: 'whatsapp', ...(o.image ? { image: o.image } : {}), ...(o.onReport ? { onReport: o.onReport } : {}) });
    this.limiter = o.rateLimiter ?? new RateLimiter();
    this.outbox = new OutboxWorker(o.store, (item) => this.deliver(item), { now: this.now, ...o.outbox });
  }

  /** Handles a verified webhook body. Text and buttons are answered (queued) before it returns. */
  async handleEvent(body: unknown): Promise<EventResult> {
    let accepted = 0, duplicates = 0, stale = 0, ignored = 0;
    const now = this.now();
    for (const batch of parseWebhook(body)) {
      if (batch.phoneNumberId !== this.o.config.phoneNumberId) {
        ignored += batch.messages.length;
        continue;
      }
      for (const m of batch.messages) {
        const sentAt = Number(m.timestamp) * 1000;
        const age = now.getTime() - sentAt;
        if (!Number.isFinite(sentAt) || age > (this.o.maxEventAgeMs ?? 10 * 60_000) || age < -FUTURE_SKEW_MS) {
          stale++;
          continue;
        }
        if (!(await this.o.store.claimMessage('whatsapp', m.id, now))) {
          duplicates++;
          continue;
        }
        accepted++;
        const work = this.handleMessage(m, new Date(Math.min(sentAt, now.getTime())));
        // Pictures need a download and OCR (seconds): answered after the 200 so that WhatsApp does not redeliver.
        if (m.type === 'image') this.track(work);
        else await work;
      }
    }
    if (accepted > 0) this.track(this.outbox.pump());
    return { accepted, duplicates, stale, ignored };
  }

  private track(p: Promise<unknown>): void {
    const q = p.catch((err) => this.o.log?.(`whatsapp tipline: ${String((err as Error)?.message ?? err)}`)).finally(() => this.pending.delete(q));
    this.pending.add(q);
  }

  /** Resolves when background work (image answers, outbox pumps) has finished. */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  private async eventOf(m: IncomingMessage): Promise<DialogueEvent> {
    if (m.type === 'text') {
      const text = String(m.text?.body ?? '');
      const cmd = textCommand(text);
      return cmd ? { type: 'command', ...cmd } : { type: 'text', text };
    }
    if (m.type === 'interactive' && m.interactive?.type === 'button_reply') return { type: 'button', id: String(m.interactive.button_reply?.id ?? '') };
    if (m.type === 'image' && m.image?.id) {
      const max = this.o.image?.limits?.maxBytes ?? DEFAULT_IMAGE_LIMITS.maxBytes;
      try {
        return { type: 'image', bytes: await this.graph.downloadMedia(m.image.id, max) };
      } catch (err) {
        return { type: 'image-error', tooLarge: err instanceof GraphError && err.status === 413 };
      }
    }
    return { type: 'unsupported' };
  }

  private async handleMessage(m: IncomingMessage, at: Date): Promise<void> {
    const userKey = userKeyOf(this.o.userKeySecret, 'whatsapp', m.from);
    const decision = this.limiter.take(userKey, at.getTime());
    if (decision === 'deny-silent') return;
    if (decision === 'deny-notify') {
      const conv = await this.o.store.getConversation('whatsapp', userKey);
      const lang = conv?.lang ?? 'ru';
      await this.enqueue(m.from, userKey, [{ body: outgoingBody({ text: TEXTS[lang].rateLimited }), headline: TEXTS[lang].rateLimited, lang }]);
      return;
    }
    const result = await this.dialogue.step(userKey, await this.eventOf(m), at);
    const replies = result.replies.map((r) => ({ body: outgoingBody(r), headline: r.text, lang: result.lang }));
    await this.enqueue(m.from, userKey, replies);
    if (m.type === 'image') this.track(this.outbox.pump());
  }

  private async enqueue(to: string, userKey: string, replies: readonly QueuedReply[]): Promise<void> {
    const now = this.now().getTime();
    // Distinct createdAt (1 ms apart, none in the future) keep the replies in order in any store.
    for (const [i, r] of replies.entries()) {
      const createdAt = new Date(now - (replies.length - 1 - i));
      await this.o.store.enqueue({ channel: 'whatsapp', recipient: to, recipientHint: redactRecipient(to), userKey, payload: r, createdAt });
    }
  }

  /** Sends one outbox item; outside the 24-hour window only the approved template may go. */
  private async deliver(item: OutboxItem): Promise<{ messageId?: string }> {
    const q = item.payload as QueuedReply;
    const conv = await this.o.store.getConversation('whatsapp', item.userKey);
    const last = conv?.lastInboundAt?.getTime() ?? item.createdAt.getTime();
    let body = q.body;
    if (this.now().getTime() - last > SERVICE_WINDOW_MS) {
      const { templateName, templateLangs } = this.o.config;
      if (!templateName) throw new SendError('outside the 24-hour window and no WHATSAPP_TEMPLATE_NAME', false);
      // Buttons make sense only in an open conversation; the template carries the answer itself.
      if (q.body['type'] === 'interactive') throw new SendError('outside the 24-hour window: reply buttons need an open window', false);
      body = templateBody(templateName, templateLangs[q.lang] ?? 'en', q.headline);
    }
    try {
      return await this.graph.sendMessage({ ...body, to: item.recipient });
    } catch (err) {
      if (err instanceof GraphError) throw new SendError(err.message, err.retryable, err.retryAfterMs);
      throw err;
    }
  }

  start(intervalMs = 2000): void {
    this.outbox.start(intervalMs);
  }

  async stop(): Promise<void> {
    await this.outbox.stop();
    await this.idle();
  }
}

export function createWhatsAppTipline(o: WhatsAppTiplineOptions): WhatsAppTipline {
  return new WhatsAppTipline(o);
}
