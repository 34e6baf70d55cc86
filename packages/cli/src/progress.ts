/**
 * A one-line progress indicator on stderr, only when stderr is a terminal (never pollutes
 * logs or pipes). Redraws at most 10 times a second.
 */
export class Progress {
  private last = 0;
  private readonly started = Date.now();
  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly totalBytes: number | undefined,
  ) {}

  get enabled(): boolean {
    return this.stream.isTTY === true;
  }

  update(items: number, bytes: number, force = false): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.last < 100) return;
    this.last = now;
    const secs = Math.max(0.001, (now - this.started) / 1000);
    const rate = Math.round(items / secs);
    let line = `${items.toLocaleString('en')} lines, ${rate.toLocaleString('en')}/s`;
    if (this.totalBytes && this.totalBytes > 0) {
      const frac = Math.min(1, bytes / this.totalBytes);
      const width = 24;
      const filled = Math.round(frac * width);
      line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(frac * 100).toFixed(1)}% ${line}`;
    }
    this.stream.write(`\r${line}\x1b[K`);
  }

  done(items: number, bytes: number): void {
    if (!this.enabled) return;
    this.update(items, bytes, true);
    this.stream.write('\n');
  }
}
