/**
 * Telegram Desktop export (result.json), read incrementally: a single chat (`{name, type, id,
 * messages: [...]}`) or a full export (`chats.list[].messages`, `left_chats.list[]...`). A small
 * string-aware bracket scanner finds each element of every `messages` array and JSON-parses that
 * element alone, so a 1 GB export never sits in memory whole and a truncated file still yields
 * every complete message before the cut.
 */
import type { MessageSink } from './whatsapp/parser.ts';
import { telegramMessage } from './telegram-message.ts';

/** One message object larger than this (16 MiB) is skipped: no real message is, and memory stays bounded. */
const MAX_ELEMENT_CHARS = 16 * 1024 * 1024;
/** Keys and chat names longer than this are not kept (they are not needed). */
const MAX_KEY_CHARS = 512;

const Q = 34; // "
const BS = 92; // \
const LB = 123; // {
const RB = 125; // }
const LS = 91; // [
const RS = 93; // ]
const COLON = 58;
const COMMA = 44;
const NL = 10;

export class TelegramParser {
  private buf = '';
  private pos = 0;
  private depth = 0;
  private inString = false;
  private escape = false;
  private stringStart = -1;
  private lastString: string | null = null;
  private key: string | null = null;
  private readonly names = new Map<number, string>();
  private messagesDepth = -1;
  private chat = '';
  private elementStart = -1;
  private skippingElement = false;
  private elementLine = 0;
  private line = 1;
  private index = 0;
  private sawMessages = false;
  private started = false;
  messages = 0;

  constructor(
    private readonly fallbackChat: string,
    private readonly sink: MessageSink,
  ) {}

  push(chunk: string): void {
    let text = chunk;
    if (!this.started) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    this.buf += text;
    this.scan();
    this.compact();
  }

  end(): void {
    if (!this.sawMessages) {
      this.sink.issue({ line: 1, reason: 'no "messages" list found: not a Telegram Desktop export (result.json)' });
    } else if (this.depth > 0 || this.inString) {
      const where = this.elementStart >= 0 || this.skippingElement ? ` the unfinished message from line ${this.elementLine} was skipped;` : '';
      this.sink.issue({ line: this.line, reason: `the file ends early (truncated at line ${this.line}):${where} every complete message before it was read` });
    }
    this.buf = '';
    this.pos = 0;
  }

  /** Drops the scanned head of `buf`, keeping an unfinished message (or key) whose text is still needed. */
  private compact(): void {
    let keep = this.buf.length;
    if (this.elementStart >= 0) keep = this.elementStart;
    else if (this.inString && this.stringStart >= 0 && this.buf.length - this.stringStart <= MAX_KEY_CHARS) keep = this.stringStart;
    else if (this.inString) this.stringStart = -1;
    if (this.elementStart >= 0 && this.buf.length - this.elementStart > MAX_ELEMENT_CHARS) {
      this.sink.issue({ line: this.elementLine, reason: `message larger than ${MAX_ELEMENT_CHARS / 1024 / 1024} MiB skipped` });
      this.elementStart = -1;
      this.skippingElement = true;
      keep = this.buf.length;
    }
    this.buf = this.buf.slice(keep);
    this.pos -= keep;
    if (this.stringStart >= 0) this.stringStart -= keep;
    if (this.elementStart >= 0) this.elementStart -= keep;
  }

  private scan(): void {
    const s = this.buf;
    const n = s.length;
    for (let i = this.pos; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c === NL) this.line++;
      if (this.inString) {
        if (this.escape) this.escape = false;
        else if (c === BS) this.escape = true;
        else if (c === Q) this.closeString(i);
        continue;
      }
      if (c === Q) {
        this.inString = true;
        this.stringStart = i;
      } else if (c === LB || c === LS) {
        this.open(c, i);
      } else if (c === RB || c === RS) {
        this.close(c, i);
      } else if (c === COLON) {
        this.key = this.lastString;
        this.lastString = null;
      } else if (c === COMMA) {
        this.key = null;
        this.lastString = null;
      }
    }
    this.pos = n;
  }

  private inElement(): boolean {
    return this.elementStart >= 0 || this.skippingElement;
  }

  private closeString(i: number): void {
    this.inString = false;
    if (this.inElement() || this.stringStart < 0) return;
    const raw = i + 1 - this.stringStart <= MAX_KEY_CHARS + 2 ? this.buf.slice(this.stringStart, i + 1) : null;
    this.stringStart = -1;
    if (this.key !== null) {
      if (this.key === '"name"' && raw !== null) this.names.set(this.depth, decodeJsonString(raw));
      this.key = null;
    } else {
      this.lastString = raw;
    }
  }

  private open(c: number, i: number): void {
    this.depth++;
    if (this.inElement()) return;
    if (c === LB) {
      this.names.delete(this.depth);
      if (this.messagesDepth >= 0 && this.depth === this.messagesDepth + 1) {
        this.elementStart = i;
        this.elementLine = this.line;
      }
    } else if (this.key === '"messages"' && this.messagesDepth < 0) {
      this.messagesDepth = this.depth;
      this.sawMessages = true;
      this.chat = this.names.get(this.depth - 1) ?? this.fallbackChat;
      this.index = 0;
    }
    this.key = null;
    this.lastString = null;
  }

  private close(c: number, i: number): void {
    if (c === RB && this.depth === this.messagesDepth + 1 && this.messagesDepth >= 0) {
      if (this.elementStart >= 0) this.element(this.buf.slice(this.elementStart, i + 1));
      this.elementStart = -1;
      this.skippingElement = false;
    } else if (c === RS && this.depth === this.messagesDepth) {
      this.messagesDepth = -1;
    }
    if (this.depth > 0) this.depth--;
    this.key = null;
    this.lastString = null;
  }

  private element(text: string): void {
    this.index++;
    let obj: unknown;
    try {
      obj = JSON.parse(text);
    } catch (err) {
      this.sink.issue({ line: this.elementLine, reason: `message ${this.index} of "${this.chat}" is not valid JSON: ${String(err).slice(0, 80)}` });
      return;
    }
    const r = telegramMessage(obj, this.chat, this.elementLine);
    if ('reason' in r) {
      this.sink.issue(r);
      return;
    }
    this.messages++;
    this.sink.message(r);
  }
}

function decodeJsonString(raw: string): string {
  try {
    const v: unknown = JSON.parse(raw);
    return typeof v === 'string' ? v : '';
  } catch {
    return '';
  }
}
