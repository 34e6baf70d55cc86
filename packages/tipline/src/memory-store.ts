/** In-memory TiplineStore: for a laptop (`ghostguard telegram`) and tests. Lost on restart. */
import { randomUUID } from 'node:crypto';
import type { Channel, Conversation, NewOutboxItem, OutboxItem, StoredReport, TiplineReport, TiplineStore } from './store.ts';

/** Bounds so that a long-running laptop bot cannot grow without limit. */
const MAX_MESSAGES = 100_000;
const MAX_REPORTS = 10_000;

export function createMemoryStore(): TiplineStore {
  const messages = new Map<string, Date>();
  const outbox = new Map<string, OutboxItem>();
  const conversations = new Map<string, Conversation>();
  const reports: StoredReport[] = [];
  const update = (id: string, patch: Partial<OutboxItem>) => {
    const item = outbox.get(id);
    if (item) outbox.set(id, { ...item, ...patch });
  };

  return {
    async claimMessage(channel, messageId, at) {
      const key = `${channel}:${messageId}`;
      if (messages.has(key)) return false;
      if (messages.size >= MAX_MESSAGES) {
        const oldest = messages.keys().next().value;
        if (oldest !== undefined) messages.delete(oldest);
      }
      messages.set(key, at);
      return true;
    },
    async pruneMessages(before) {
      let n = 0;
      for (const [k, at] of messages) {
        if (at < before) {
          messages.delete(k);
          n++;
        }
      }
      return n;
    },
    async enqueue(item: NewOutboxItem) {
      const stored: OutboxItem = { ...item, id: randomUUID(), state: 'pending', attempts: 0, nextAttemptAt: item.createdAt, updatedAt: item.createdAt };
      outbox.set(stored.id, stored);
      return stored;
    },
    async claimDue(now, limit, leaseMs) {
      const due = [...outbox.values()]
        .filter((i) => (i.state === 'pending' && i.nextAttemptAt <= now) || (i.state === 'sending' && (i.leaseUntil ?? now) <= now))
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
        .slice(0, Math.max(0, limit));
      return due.map((i) => {
        const claimed: OutboxItem = { ...i, state: 'sending', attempts: i.attempts + 1, leaseUntil: new Date(now.getTime() + leaseMs), updatedAt: now };
        outbox.set(i.id, claimed);
        return claimed;
      });
    },
    async markSent(id, at, providerMessageId) {
      update(id, { state: 'sent', recipient: '', updatedAt: at, leaseUntil: undefined, ...(providerMessageId ? { providerMessageId } : {}) });
    },
    async markRetry(id, error, nextAttemptAt, at) {
      update(id, { state: 'pending', lastError: error.slice(0, 500), nextAttemptAt, updatedAt: at, leaseUntil: undefined });
    },
    async markDead(id, error, at) {
      update(id, { state: 'dead', lastError: error.slice(0, 500), updatedAt: at, leaseUntil: undefined });
    },
    async requeue(id, at) {
      const item = outbox.get(id);
      if (!item || item.state !== 'dead') return false;
      outbox.set(id, { ...item, state: 'pending', nextAttemptAt: at, updatedAt: at });
      return true;
    },
    async listOutbox(filter = {}) {
      return [...outbox.values()]
        .filter((i) => !filter.state || i.state === filter.state)
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
        .slice(0, filter.limit ?? 100);
    },
    async getConversation(channel: Channel, userKey: string) {
      return conversations.get(`${channel}:${userKey}`);
    },
    async saveConversation(c) {
      conversations.set(`${c.channel}:${c.userKey}`, c);
    },
    async addReport(r: TiplineReport) {
      const id = randomUUID();
      reports.push({ ...r, id });
      if (reports.length > MAX_REPORTS) reports.shift();
      return id;
    },
    async listReports(limit = 100) {
      return reports.slice(-limit).reverse();
    },
  };
}
