/**
 * Incremental line splitting over text chunks, splitting exactly where whatsapp-chat-parser
 * splits (`\r\n`, `\r`, `\n`), with a bound on one line so that a file without newlines cannot
 * grow memory without limit.
 */

/** One line longer than this (4 MiB) is cut: no chat message is that long (WhatsApp caps a message at 65,536 chars). */
export const MAX_LINE_CHARS = 4 * 1024 * 1024;

export class LineSplitter {
  private carry = '';
  private pendingCR = false;
  /** Inside the tail of a cut line: drop text until the next newline. */
  private skipping = false;
  /** Number of over-long lines that were cut. */
  cut = 0;

  constructor(private readonly onLine: (line: string, cut: boolean) => void) {}

  push(chunk: string): void {
    let text = chunk;
    if (this.pendingCR) {
      this.pendingCR = false;
      if (text.startsWith('\n')) text = text.slice(1);
    }
    let start = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      this.emit(this.carry === '' ? text.slice(start, i) : this.carry + text.slice(start, i));
      this.carry = '';
      if (c === 13) {
        if (i + 1 < n) {
          if (text.charCodeAt(i + 1) === 10) i++;
        } else {
          this.pendingCR = true;
        }
      }
      start = i + 1;
    }
    if (start < n && !this.skipping) {
      this.carry += text.slice(start);
      if (this.carry.length > MAX_LINE_CHARS) {
        // Emit the head of the monster line and drop the rest of it up to the next newline.
        this.cut++;
        this.onLine(this.carry.slice(0, MAX_LINE_CHARS), true);
        this.carry = '';
        this.skipping = true;
      }
    }
  }

  private emit(line: string): void {
    if (this.skipping) {
      this.skipping = false;
      return;
    }
    this.onLine(line, false);
  }

  end(): void {
    if (this.carry !== '' && !this.skipping) this.onLine(this.carry, false);
    this.carry = '';
    this.skipping = false;
  }
}
