/**
 * Bytes of an export in, messages out: detects the format from the first bytes (zip, Telegram
 * JSON, WhatsApp text), decodes text (UTF-8, or UTF-16 with a BOM), and streams .zip exports
 * through fflate so only the chat text is inflated (the media never is). Pure: no I/O.
 */
import { Unzip, UnzipInflate, UnzipPassThrough, type UnzipFile } from 'fflate';
import { TelegramParser } from './telegram.ts';
import type { ExportFormat } from './types.ts';
import { WhatsAppParser, type MessageSink } from './whatsapp/parser.ts';

export interface ReaderOptions {
  /** File name of the export (used for the chat name and the format hint). */
  readonly name?: string;
  /** Force the WhatsApp day/month order. */
  readonly daysFirst?: boolean;
}

interface TextParser {
  push(text: string): void;
  end(): void;
}

/** Bytes looked at before deciding the format. */
const SNIFF_BYTES = 4096;

/** "WhatsApp Chat with Mama.txt", «Чат WhatsApp с Мама.txt», "WhatsApp Chat - Mama.zip" → "Mama". */
export function chatNameFrom(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.(txt|zip|json)$/i, '');
  if (stem === '_chat' || stem === 'result' || stem === '') return '';
  const m = /^(?:WhatsApp Chat (?:with|-)|Чат WhatsApp с|WhatsApp чаты:?|WhatsApp-Chat mit|Chat de WhatsApp con)\s*(.+)$/i.exec(stem);
  return (m?.[1] ?? stem).trim();
}

function looksBinary(b: Uint8Array): boolean {
  let ctrl = 0;
  const n = Math.min(b.length, SNIFF_BYTES);
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32)) ctrl++;
  }
  return ctrl > n / 20;
}

export class ExportReader {
  format: ExportFormat | 'unknown' = 'unknown';
  private head: Uint8Array[] = [];
  private headBytes = 0;
  private decided = false;
  private rejected = false;
  private decoder: TextDecoder | undefined;
  private text: TextParser | undefined;
  private unzip: Unzip | undefined;
  private zipFile: string | undefined;
  private replaced = 0;
  private bytes = 0;

  constructor(
    private readonly sink: MessageSink,
    private readonly options: ReaderOptions = {},
  ) {}

  /** Bytes read so far (for progress). */
  get bytesRead(): number {
    return this.bytes;
  }

  push(chunk: Uint8Array): void {
    this.bytes += chunk.length;
    if (this.rejected) return;
    if (!this.decided) {
      this.head.push(chunk);
      this.headBytes += chunk.length;
      if (this.headBytes < SNIFF_BYTES) return;
      this.decide();
      return;
    }
    this.feed(chunk, false);
  }

  end(): void {
    if (!this.decided) {
      if (this.headBytes === 0) {
        this.sink.issue({ line: 0, reason: 'the file is empty' });
        return;
      }
      this.decide();
    }
    if (this.rejected) return;
    this.feed(new Uint8Array(0), true);
    if (this.unzip && this.zipFile === undefined) {
      this.sink.issue({ line: 0, reason: 'no chat text in the zip (expected _chat.txt or "WhatsApp Chat with … .txt")' });
    }
    this.text?.end();
    if (this.replaced > 0) this.sink.issue({ line: 0, reason: `${this.replaced} characters were not valid text and were replaced with �` });
  }

  private decide(): void {
    this.decided = true;
    const all = new Uint8Array(this.headBytes);
    let off = 0;
    for (const h of this.head) {
      all.set(h, off);
      off += h.length;
    }
    this.head = [];
    if (all[0] === 0x50 && all[1] === 0x4b && all[2] === 0x03 && all[3] === 0x04) {
      this.format = 'whatsapp-zip';
      this.startZip();
    } else if ((all[0] === 0xff && all[1] === 0xfe) || (all[0] === 0xfe && all[1] === 0xff)) {
      this.decoder = new TextDecoder(all[0] === 0xff ? 'utf-16le' : 'utf-16be');
    } else if (looksBinary(all)) {
      this.rejected = true;
      this.sink.issue({ line: 0, reason: 'a binary file, not a chat export (.txt, .zip or result.json)' });
      return;
    } else {
      this.decoder = new TextDecoder('utf-8');
    }
    this.feed(all, false);
  }

  private startZip(): void {
    const unzip = new Unzip((file: UnzipFile) => this.onZipFile(file));
    unzip.register(UnzipInflate);
    unzip.register(UnzipPassThrough);
    this.unzip = unzip;
  }

  private onZipFile(file: UnzipFile): void {
    if (this.zipFile !== undefined || !/\.txt$/i.test(file.name) || file.name.includes('__MACOSX')) return;
    this.zipFile = file.name;
    this.decoder = new TextDecoder('utf-8');
    this.text = new WhatsAppParser(chatNameFrom(file.name) || chatNameFrom(this.options.name ?? ''), this.sink, this.options);
    file.ondata = (err, data, final) => {
      if (err) {
        this.sink.issue({ line: 0, reason: `the chat text in the zip is damaged: ${err.message}` });
        return;
      }
      this.decodeInto(data, final);
    };
    file.start();
  }

  private feed(bytes: Uint8Array, final: boolean): void {
    if (this.unzip) {
      try {
        this.unzip.push(bytes, final);
      } catch (err) {
        this.rejected = true;
        this.sink.issue({ line: 0, reason: `the zip is damaged or truncated: ${String((err as Error).message ?? err).slice(0, 100)}` });
      }
      return;
    }
    this.decodeInto(bytes, final);
  }

  private decodeInto(bytes: Uint8Array, final: boolean): void {
    const s = this.decoder!.decode(bytes, { stream: !final });
    if (s === '') return;
    for (let i = s.indexOf('\uFFFD'); i >= 0; i = s.indexOf('\uFFFD', i + 1)) this.replaced++;
    if (!this.text) {
      // TextDecoder has already dropped a byte-order mark.
      const first = /\S/.exec(s)?.[0];
      const name = this.options.name ?? '';
      if (first === '{') {
        this.format = 'telegram-json';
        this.text = new TelegramParser(chatNameFrom(name), this.sink);
      } else {
        this.format = 'whatsapp-txt';
        this.text = new WhatsAppParser(chatNameFrom(name), this.sink, this.options);
      }
    }
    this.text.push(s);
  }
}
