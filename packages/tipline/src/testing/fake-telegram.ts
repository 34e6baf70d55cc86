/**
 * A local fake of the Telegram Bot API on 127.0.0.1, speaking the real shapes for the methods
 * the bot uses: getMe, getUpdates (offset + long-poll timeout), sendMessage (inline keyboards),
 * answerCallbackQuery, getFile + /file/bot<token>/<path>, getChatMember, setWebhook,
 * deleteWebhook. Records every call.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ApiCall {
  readonly method: string;
  readonly params: Record<string, unknown>;
}

export interface FakeTelegram {
  readonly url: string;
  readonly calls: ApiCall[];
  /** sendMessage calls only. */
  sent(): Record<string, unknown>[];
  pushUpdate(update: Record<string, unknown>): void;
  addFile(fileId: string, bytes: Uint8Array): void;
  setMemberStatus(status: string): void;
  /** Resolves when `n` sendMessage calls have been recorded (or rejects after `ms`). */
  waitForSent(n: number, ms?: number): Promise<void>;
  close(): Promise<void>;
}

export const FAKE_BOT = { id: 777000111, is_bot: true, first_name: 'GhostGuard', username: 'ghostguard_test_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false };

async function params(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if (raw === '') return {};
  return (req.headers['content-type'] ?? '').includes('json') ? (JSON.parse(raw) as Record<string, unknown>) : Object.fromEntries(new URLSearchParams(raw));
}

export async function startFakeTelegram(token: string): Promise<FakeTelegram> {
  const calls: ApiCall[] = [];
  const updates: Record<string, unknown>[] = [];
  const files = new Map<string, Uint8Array>();
  let waiters: (() => void)[] = [];
  let memberStatus = 'member';
  let messageId = 100;
  const wake = () => {
    const w = waiters;
    waiters = [];
    for (const f of w) f();
  };
  const sent = () => calls.filter((c) => c.method === 'sendMessage').map((c) => c.params);

  const methods: Record<string, (p: Record<string, unknown>) => Promise<unknown> | unknown> = {
    getMe: () => FAKE_BOT,
    deleteWebhook: () => true,
    setWebhook: () => true,
    answerCallbackQuery: () => true,
    getChatMember: (p) => ({ status: memberStatus, user: { id: Number(p['user_id']), is_bot: false, first_name: 'U' } }),
    sendMessage: (p) => ({ message_id: ++messageId, date: Math.floor(Date.now() / 1000), chat: { id: p['chat_id'], type: 'private' }, text: p['text'] }),
    getFile: (p) => {
      const id = String(p['file_id']);
      if (!files.has(id)) throw Object.assign(new Error('Bad Request: invalid file_id'), { code: 400 });
      return { file_id: id, file_unique_id: `u${id}`, file_size: files.get(id)!.length, file_path: `photos/${id}.png` };
    },
    getUpdates: async (p) => {
      const offset = Number(p['offset'] ?? 0);
      const timeoutMs = Math.min(Number(p['timeout'] ?? 0), 5) * 1000;
      const pending = () => updates.filter((u) => Number(u['update_id']) >= offset);
      if (pending().length === 0 && timeoutMs > 0) {
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, timeoutMs);
          waiters.push(() => (clearTimeout(t), resolve()));
        });
      }
      // Confirmed updates (below offset) are forgotten, as Telegram does.
      for (let i = updates.length - 1; i >= 0; i--) if (Number(updates[i]!['update_id']) < offset) updates.splice(i, 1);
      return pending().slice(0, 100);
    },
  };

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const file = url.pathname.match(/^\/file\/bot([^/]+)\/photos\/(.+)\.png$/);
      if (file) {
        const bytes = file[1] === token ? files.get(decodeURIComponent(file[2]!)) : undefined;
        res.writeHead(bytes ? 200 : 404);
        return res.end(bytes ? Buffer.from(bytes) : 'not found');
      }
      const m = url.pathname.match(/^\/bot([^/]+)\/(\w+)$/);
      const reply = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (!m || m[1] !== token) return reply(401, { ok: false, error_code: 401, description: 'Unauthorized' });
      const fn = methods[m[2]!];
      if (!fn) return reply(404, { ok: false, error_code: 404, description: 'Not Found: method not found' });
      const p = await params(req);
      calls.push({ method: m[2]!, params: p });
      try {
        const result = await fn(p);
        reply(200, { ok: true, result });
        if (m[2] === 'sendMessage') wake();
      } catch (e) {
        reply(400, { ok: false, error_code: 400, description: (e as Error).message });
      }
    })().catch(() => res.end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    calls,
    sent,
    pushUpdate: (u) => (updates.push(u), wake()),
    addFile: (id, bytes) => files.set(id, bytes),
    setMemberStatus: (s) => (memberStatus = s),
    async waitForSent(n, ms = 20_000) {
      const until = Date.now() + ms;
      while (sent().length < n) {
        if (Date.now() > until) throw new Error(`waited ${ms} ms for ${n} messages, got ${sent().length}`);
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, 200);
          waiters.push(() => (clearTimeout(t), resolve()));
        });
      }
    },
    close: () => new Promise<void>((resolve) => {
      wake();
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
