/**
 * `ghostguard chat <export>`: scan a WhatsApp (.txt/.zip) or Telegram (result.json) export.
 * The file is streamed in 1 MiB chunks through @ghostguard/chat; the JSON report is streamed to
 * disk as messages are scanned (with back-pressure), so memory stays bounded for a 1 GB export:
 * only flagged messages and counters are held.
 */
import { createReadStream, createWriteStream, statSync, writeFileSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { basename } from 'node:path';
import {
  createChatScan,
  jsonReportHead,
  jsonReportMessage,
  jsonReportTail,
  renderHtmlReport,
  renderTerminalSummary,
  toStixBundle,
  type ScannedMessage,
} from '@ghostguard/chat';
import { CliError, EXIT } from '../exit-codes.ts';
import { resolveLang } from '../lang.ts';
import { Progress } from '../progress.ts';

export interface ChatOptions {
  readonly html?: string;
  readonly json?: string;
  readonly stix?: string;
  readonly lang?: string;
  /** TLP of the STIX bundle: clear, green, amber (default) or red. */
  readonly tlp?: string;
}

const CHUNK = 1024 * 1024;
const TLPS = ['clear', 'green', 'amber', 'red'] as const;

/** Streams JSON to a file, awaiting 'drain' between input chunks. */
class JsonSink {
  private buf: string[] = [];
  private first = true;
  constructor(private readonly stream: WriteStream) {
    this.buf.push(jsonReportHead());
  }
  add(m: ScannedMessage): void {
    this.buf.push(jsonReportMessage(m, this.first));
    this.first = false;
  }
  async flush(): Promise<void> {
    if (this.buf.length === 0) return;
    const s = this.buf.join('');
    this.buf = [];
    if (!this.stream.write(s)) await once(this.stream, 'drain');
  }
  async end(tail: string): Promise<void> {
    this.buf.push(tail);
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

function fileSize(file: string): number {
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new CliError(`not a file: ${file}`, EXIT.dataError);
    return st.size;
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`, EXIT.dataError);
  }
}

export async function runChat(file: string, opts: ChatOptions, out: (s: string) => void): Promise<number> {
  const lang = resolveLang(opts.lang, undefined);
  const tlp = (opts.tlp ?? 'amber').toLowerCase();
  if (!(TLPS as readonly string[]).includes(tlp)) throw new CliError(`unsupported --tlp "${opts.tlp}": use clear, green, amber or red`, EXIT.usage);
  let size: number;
  try {
    size = fileSize(file);
  } catch (err) {
    process.stderr.write(`ghostguard chat: ${(err as Error).message}\n`);
    return EXIT.dataError;
  }
  const json = opts.json ? new JsonSink(createWriteStream(opts.json)) : undefined;
  const scan = createChatScan({ lang, name: basename(file), ...(json ? { onMessage: (m: ScannedMessage) => json.add(m) } : {}) });
  const progress = new Progress(process.stderr, size);
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: CHUNK })) {
      scan.push(chunk as Uint8Array);
      if (json) await json.flush();
      progress.update(scan.messages, scan.bytesRead);
    }
  } catch (err) {
    process.stderr.write(`ghostguard chat: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}\n`);
    return EXIT.dataError;
  }
  const report = scan.finish();
  progress.done(scan.messages, scan.bytesRead);
  if (json) await json.end(jsonReportTail(report));
  if (opts.html) writeFileSync(opts.html, renderHtmlReport(report, lang));
  if (opts.stix) writeFileSync(opts.stix, JSON.stringify(toStixBundle(report.indicators, { tlp: tlp as (typeof TLPS)[number] }), null, 2) + '\n');
  out(renderTerminalSummary(report, lang));
  if (report.totals.messages === 0) return EXIT.dataError;
  if (report.totals.levels.dangerous > 0) return EXIT.dangerous;
  if (report.totals.levels.suspicious > 0) return EXIT.suspicious;
  return EXIT.ok;
}
