/**
 * Chat-export scanning, one core: (1) messages/s for a WhatsApp export built from the pinned
 * bench messages (real en/ru/kk chat and SMS texts, ~3% lures), parsed and scanned end to end
 * (decode → whatsapp-chat-parser → engine → counters/signals); (2) a 64 MB export generated on
 * the fly and streamed in 1 MiB chunks, for the peak memory of a big export (maxRSS is this
 * process's). Target (issue 7): ≥ 50,000 messages/s; memory bounded whatever the size.
 */
import { createChatScan } from '@ghostguard/chat';
import { whatsappLine } from '../../packages/chat/src/fixtures/formats.ts';
import { bigWhatsAppExport } from '../../packages/chat/src/fixtures/big.ts';
import { benchMessages } from '../corpus.ts';
import { report } from '../harness.ts';

const SENDERS = ['Мама', 'Анна Сергеевна', 'Ерлан', 'Айгүл', 'Kate', '+7 701 555 12 34'];
const enc = new TextEncoder();

// Multi-line texts stay multi-line (as in a real export).
const text = benchMessages()
  .map((t, i) => whatsappLine('android-ru', { at: i, sender: SENDERS[i % SENDERS.length]!, text: t }, 'Bench') + '\n')
  .join('');
const bytes = enc.encode(text);

function scanOnce(): number {
  const scan = createChatScan({ lang: 'ru' });
  for (let off = 0; off < bytes.length; off += 1 << 20) scan.push(bytes.subarray(off, off + (1 << 20)));
  return scan.finish().totals.messages;
}

scanOnce(); // warm-up
let messages = 0;
const t0 = performance.now();
while (performance.now() - t0 < 4000) messages += scanOnce();
const seconds = (performance.now() - t0) / 1000;
const rssAfterThroughput = Math.round(process.resourceUsage().maxRSS / 1024);

const STREAM_MB = 64;
const s0 = performance.now();
const big = createChatScan({ lang: 'ru' });
for (const chunk of bigWhatsAppExport(STREAM_MB * 1024 * 1024)) big.push(enc.encode(chunk));
const bigMessages = big.finish().totals.messages;
const streamSeconds = (performance.now() - s0) / 1000;

report({
  name: 'chat: scan WhatsApp export',
  unit: 'messages/s',
  ops: messages,
  seconds,
  opsPerSec: Math.round(messages / seconds),
  maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  extra: {
    exportMessages: benchMessages().length,
    rssAfterThroughputMB: rssAfterThroughput,
    streamedMB: STREAM_MB,
    streamedMessages: bigMessages,
    streamedMsgsPerSec: Math.round(bigMessages / streamSeconds),
  },
});
