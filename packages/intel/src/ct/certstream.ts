/**
 * certstream-compatible input (the CaliDog certstream-server JSON protocol): messages
 * `{ message_type: 'certificate_update', data: { leaf_cert: { all_domains: [...] }, cert_index,
 * source: { url } } }` and `heartbeat`s. Live only (no cursor). Reconnects with capped backoff.
 */
import WebSocket from 'ws';
import type { NameIntake } from './name-intake.ts';

export interface CertstreamMessage {
  readonly names: readonly string[];
  readonly logUrl?: string;
  readonly certIndex?: number;
}

/** Reads one message; undefined for heartbeats, other types and junk (never throws). */
export function parseCertstreamMessage(raw: string | Uint8Array): CertstreamMessage | undefined {
  if (raw.length > 1024 * 1024) return undefined;
  let m: unknown;
  try {
    m = JSON.parse(typeof raw === 'string' ? raw : new TextDecoder().decode(raw));
  } catch {
    return undefined;
  }
  if (typeof m !== 'object' || m === null || (m as { message_type?: unknown }).message_type !== 'certificate_update') return undefined;
  const data = (m as { data?: { leaf_cert?: { all_domains?: unknown }; source?: { url?: unknown }; cert_index?: unknown } }).data;
  const all = data?.leaf_cert?.all_domains;
  if (!Array.isArray(all)) return undefined;
  const names = all.filter((d): d is string => typeof d === 'string').slice(0, 1000);
  const logUrl = typeof data?.source?.url === 'string' ? data.source.url : undefined;
  const certIndex = typeof data?.cert_index === 'number' ? data.cert_index : undefined;
  return { names, ...(logUrl ? { logUrl } : {}), ...(certIndex !== undefined ? { certIndex } : {}) };
}

export interface CertstreamOptions {
  readonly url: string;
  readonly intake: NameIntake;
  readonly reconnectBaseMs?: number;
  readonly reconnectMaxMs?: number;
  readonly onError?: (err: unknown) => void;
}

export interface CertstreamHandle {
  readonly messages: () => number;
  close(): Promise<void>;
}

const MAX_PENDING = 1000;

export function startCertstream(o: CertstreamOptions): CertstreamHandle {
  let closed = false;
  let ws: WebSocket | undefined;
  let count = 0;
  let pending = 0;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Messages are processed one after another: a burst queues in the socket, not in our memory.
  let chain: Promise<void> = Promise.resolve();
  const connect = () => {
    if (closed) return;
    ws = new WebSocket(o.url, { maxPayload: 1024 * 1024, handshakeTimeout: 10_000 });
    ws.on('open', () => {
      failures = 0;
    });
    ws.on('message', (data: Buffer) => {
      const msg = parseCertstreamMessage(new Uint8Array(data));
      if (!msg) return;
      count++;
      pending++;
      // Back-pressure: past 1,000 queued messages stop reading the socket until we catch up.
      if (pending > MAX_PENDING) ws?.pause();
      chain = chain
        .then(() => o.intake.ingest(msg.names, `certstream:${msg.logUrl ?? o.url}`))
        .catch((e: unknown) => o.onError?.(e))
        .finally(() => {
          pending--;
          if (pending <= MAX_PENDING / 2 && ws?.isPaused) ws.resume();
        });
    });
    ws.on('error', (e) => o.onError?.(e));
    ws.on('close', () => {
      if (closed) return;
      const wait = Math.min(o.reconnectMaxMs ?? 60_000, (o.reconnectBaseMs ?? 1000) * 2 ** failures++);
      timer = setTimeout(connect, wait);
    });
  };
  connect();
  return {
    messages: () => count,
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      ws?.terminate();
      await chain;
    },
  };
}
