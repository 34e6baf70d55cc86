/** A certstream-compatible WebSocket server on loopback (the CaliDog JSON message format). */
import { WebSocketServer, type WebSocket } from 'ws';

export interface FakeCertstream {
  readonly url: string;
  readonly clients: () => number;
  /** Connections accepted since the start. */
  readonly connections: () => number;
  send(names: readonly string[], index?: number): void;
  sendRaw(data: string): void;
  /** Drops every connection (the client must reconnect). */
  dropAll(): void;
  close(): Promise<void>;
}

export function certstreamMessage(names: readonly string[], index = 0): string {
  return JSON.stringify({
    message_type: 'certificate_update',
    data: {
      update_type: 'X509LogEntry',
      leaf_cert: { subject: { CN: names[0] ?? null }, all_domains: names, not_before: 1767225600, not_after: 1775001600 },
      chain: [],
      cert_index: index,
      seen: 1767225600.5,
      source: { url: 'https://ct.ghostguard.test/log/', name: 'GhostGuard test log' },
    },
  });
}

export async function startFakeCertstream(): Promise<FakeCertstream> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((r) => wss.once('listening', () => r()));
  const addr = wss.address();
  if (!addr || typeof addr === 'string') throw new Error('no address');
  const sockets = new Set<WebSocket>();
  let connections = 0;
  wss.on('connection', (ws) => {
    connections++;
    sockets.add(ws);
    ws.on('close', () => sockets.delete(ws));
  });
  const broadcast = (data: string) => {
    for (const s of sockets) s.send(data);
  };
  return {
    url: `ws://127.0.0.1:${addr.port}/`,
    clients: () => sockets.size,
    connections: () => connections,
    send: (names, index) => broadcast(certstreamMessage(names, index)),
    sendRaw: broadcast,
    dropAll: () => {
      for (const s of sockets) s.terminate();
    },
    close: () =>
      new Promise((r) => {
        for (const s of sockets) s.terminate();
        wss.close(() => r());
      }),
  };
}
