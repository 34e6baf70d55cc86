/**
 * Incremental WhatsApp .txt parsing: text chunks in, messages out, bounded memory.
 *
 * Lines are grouped into blocks that start at a message header, and each block is handed to
 * whatsapp-chat-parser (which knows the many date/time layouts of Android and iOS exports). The
 * day/month order is decided from the dates seen so far; blocks wait (up to DECIDE_WITHIN_CHARS)
 * until it is known, so a whole small file is judged as a whole, and a huge one by a bounded prefix.
 */
import { parseString } from 'whatsapp-chat-parser';
import { LineSplitter } from '../lines.ts';
import type { ChatMessage, ParseIssue } from '../types.ts';
import { captionOf, classifyWhatsApp, cleanSender, isPhoneSender } from './classify.ts';
import { DateOrder, HEADER_RE, normaliseDayPeriod } from './header.ts';

export interface MessageSink {
  message(m: ChatMessage): void;
  issue(i: ParseIssue): void;
}

/** Lines per block handed to the library: large enough to amortise the call, small enough to stay cheap. */
const BLOCK_LINES = 2000;
/** A block is cut even without a header past this size (a file that is not a chat must not pile up). */
const BLOCK_MAX_CHARS = 8 * 1024 * 1024;
/** Blocks wait this long for the day/month order to be known before a guess is made (32 MiB of text). */
const DECIDE_WITHIN_CHARS = 32 * 1024 * 1024;

interface Block {
  readonly lines: string[];
  readonly start: number;
  chars: number;
}

export interface WhatsAppParserOptions {
  /** Force the day/month order (true: days first), e.g. from a user's choice. */
  readonly daysFirst?: boolean;
}

const FILE_NAME_RE = /^[^\s/\\<>"':]{1,200}\.[A-Za-z0-9]{2,5}$/;

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** The library builds a local-time Date from the written wall clock; read the wall clock back. */
export function wallClock(d: Date): string {
  const t = d.getTime();
  if (Number.isNaN(t)) return '';
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

function countNewlines(s: string): number {
  let n = 0;
  let i = s.indexOf('\n');
  while (i >= 0) {
    n++;
    i = s.indexOf('\n', i + 1);
  }
  return n;
}

export class WhatsAppParser {
  private readonly splitter = new LineSplitter((line, cut) => this.onLine(line, cut));
  private readonly order = new DateOrder();
  private lineNo = 0;
  private block: Block = { lines: [], start: 1, chars: 0 };
  private pending: Block[] = [];
  private pendingChars = 0;
  private twelveHour = 0;
  private slash = 0;
  private headers = 0;
  /** Messages emitted so far. */
  messages = 0;

  constructor(
    private readonly chat: string,
    private readonly sink: MessageSink,
    private readonly options: WhatsAppParserOptions = {},
  ) {
    if (options.daysFirst !== undefined) this.order.decided = options.daysFirst;
  }

  push(text: string): void {
    this.splitter.push(text);
  }

  end(): void {
    this.splitter.end();
    this.cutBlock();
    this.flushPending(true);
    if (this.headers === 0 && this.lineNo > 0) {
      this.sink.issue({ line: 1, reason: 'no WhatsApp message found: not a WhatsApp chat export, or a layout not supported' });
    }
  }

  private onLine(raw: string, cut: boolean): void {
    this.lineNo++;
    if (cut) this.sink.issue({ line: this.lineNo, reason: 'line longer than 4 MiB: the rest of it was skipped' });
    let line = raw;
    const m = HEADER_RE.exec(line);
    if (m) {
      this.headers++;
      line = normaliseDayPeriod(line);
      if (this.order.decided === undefined) this.observeDate(m, line);
      if (this.block.lines.length >= BLOCK_LINES) this.cutBlock();
    } else if (this.block.chars > BLOCK_MAX_CHARS) {
      this.cutBlock();
    }
    this.block.lines.push(line);
    this.block.chars += line.length + 1;
  }

  private observeDate(m: RegExpExecArray, line: string): void {
    const a = m[1]!;
    const b = m[2]!;
    const c = m[3]!;
    this.order.observe(+a, +b, +c, a.length, b.length, c.length);
    const head = line.slice(0, 40);
    if (/\d\s?[ap]\.?\s?m\b/i.test(head)) this.twelveHour++;
    if (head.includes('/')) this.slash++;
  }

  private cutBlock(): void {
    if (this.block.lines.length > 0) {
      this.pending.push(this.block);
      this.pendingChars += this.block.chars;
    }
    this.block = { lines: [], start: this.lineNo, chars: 0 };
    if (this.order.decided !== undefined || this.pendingChars > DECIDE_WITHIN_CHARS) this.flushPending(false);
  }

  private flushPending(final: boolean): void {
    if (this.pending.length === 0) return;
    if (this.order.decided === undefined && !final && this.pendingChars <= DECIDE_WITHIN_CHARS) return;
    const daysFirst = this.order.guess(this.twelveHour > this.headers / 2, this.slash > this.headers / 2);
    this.order.decided = daysFirst;
    const blocks = this.pending;
    this.pending = [];
    this.pendingChars = 0;
    for (const b of blocks) this.parseBlock(b, daysFirst);
  }

  private parseBlock(b: Block, daysFirst: boolean): void {
    const start = b.start;
    let parsed: ReturnType<typeof parseString>;
    try {
      parsed = parseString(b.lines.join('\n'), { daysFirst, parseAttachments: true });
    } catch (err) {
      this.sink.issue({ line: start, reason: `lines ${start}–${start + b.lines.length - 1} could not be parsed: ${String(err).slice(0, 100)}` });
      return;
    }
    let consumed = 0;
    for (const pm of parsed) consumed += 1 + countNewlines(pm.message);
    const dropped = b.lines.length - consumed;
    if (dropped > 0) {
      const first = b.lines.findIndex((l) => l.trim() !== '');
      if (first >= 0 && first < dropped) {
        this.sink.issue({
          line: start + first,
          reason: dropped - first > 1 ? `lines ${start + first}–${start + dropped - 1}: no date and time, not part of any message` : 'no date and time, not part of any message',
          excerpt: b.lines[first]!.slice(0, 60),
        });
      }
    }
    let line = start + Math.max(0, dropped);
    for (const pm of parsed) {
      this.emit(pm, line);
      line += 1 + countNewlines(pm.message);
    }
  }

  private emit(pm: ReturnType<typeof parseString>[number], line: number): void {
    // The library takes any `<x: y>` as an attachment; only a real file name counts, so that
    // "<script src=https://…>" text is scanned, not skipped as media.
    const hasAttachment = pm.attachment !== undefined && FILE_NAME_RE.test(pm.attachment.fileName);
    const kind = classifyWhatsApp(pm.author, pm.message, hasAttachment);
    const sender = pm.author === null ? '' : cleanSender(pm.author);
    const text = kind === 'text' ? captionOf(pm.message, hasAttachment) : pm.message;
    this.messages++;
    this.sink.message({
      chat: this.chat,
      time: wallClock(pm.date),
      sender,
      text,
      kind,
      line,
      ...(hasAttachment && pm.attachment ? { attachment: pm.attachment.fileName } : {}),
      ...(sender !== '' ? { senderKnown: !isPhoneSender(sender) } : {}),
    });
  }
}
