/**
 * OCR with Debian's `tesseract` command (tesseract-ocr + -rus + -kaz, installed by
 * scripts/setup.sh): offline, no model download. The image goes in on stdin and the text comes
 * back on stdout, so nothing is written to disk. No shell: arguments are passed as an array.
 */
import { spawn } from 'node:child_process';
import { VisionError } from './errors.ts';

export interface OcrOptions {
  /** Tesseract languages; Kazakh first so that its extra letters (ә ғ қ ң ө ұ ү һ і) win ties. */
  readonly langs?: string;
  /**
   * Page segmentation mode. 3 (automatic) keeps chat bubbles and list rows as separate lines;
   * 11 (sparse text) loses the reading order of a Linked devices list (measured on our fixtures).
   */
  readonly psm?: number;
  /** Hard time limit. One 1080×2400 screenshot takes ~2–4 s on one core with three languages. */
  readonly timeoutMs?: number;
  readonly command?: string;
  /** Largest accepted output: a screenshot never holds more than a few KB of text. */
  readonly maxOutputBytes?: number;
}

const DEFAULTS = { langs: 'kaz+rus+eng', psm: 3, timeoutMs: 30_000, command: 'tesseract', maxOutputBytes: 1_000_000 };

export async function runTesseract(image: Uint8Array, options: OcrOptions = {}): Promise<string> {
  const o = { ...DEFAULTS, ...options };
  const args = ['stdin', 'stdout', '-l', o.langs, '--psm', String(o.psm)];
  return await new Promise<string>((resolve, reject) => {
    // One OpenMP thread: the machine's cores are shared with the service (and bench is per-core).
    const child = spawn(o.command, args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
    const out: Buffer[] = [];
    let outLen = 0;
    let err = '';
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish(() => reject(new VisionError('GG_ERR_OCR_FAILED', `OCR took longer than ${o.timeoutMs} ms`)));
    }, o.timeoutMs);
    child.on('error', (e: NodeJS.ErrnoException) => {
      const code = e.code === 'ENOENT' ? 'GG_ERR_OCR_UNAVAILABLE' : 'GG_ERR_OCR_FAILED';
      finish(() => reject(new VisionError(code, e.code === 'ENOENT' ? `${o.command} is not installed (run scripts/setup.sh)` : `OCR failed: ${e.message}`)));
    });
    child.stdout.on('data', (b: Buffer) => {
      outLen += b.length;
      if (outLen > o.maxOutputBytes) {
        child.kill('SIGKILL');
        finish(() => reject(new VisionError('GG_ERR_OCR_FAILED', 'OCR output too large')));
      } else out.push(b);
    });
    child.stderr.on('data', (b: Buffer) => {
      if (err.length < 2000) err += b.toString('utf8');
    });
    child.on('close', (code) => {
      if (code === 0) finish(() => resolve(Buffer.concat(out).toString('utf8')));
      else finish(() => reject(new VisionError('GG_ERR_OCR_FAILED', `tesseract exited ${code}: ${err.trim().split('\n').slice(-2).join(' ').slice(0, 200)}`)));
    });
    // EPIPE when tesseract exits early (bad image) is reported by 'close' with its exit code.
    child.stdin.on('error', () => undefined);
    child.stdin.end(Buffer.from(image.buffer, image.byteOffset, image.byteLength));
  });
}

let available: Promise<boolean> | undefined;

/** Whether tesseract runs and has all of kaz, rus and eng (cached). */
export function tesseractAvailable(command = 'tesseract'): Promise<boolean> {
  available ??= new Promise((resolve) => {
    const child = spawn(command, ['--list-langs'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (b: Buffer) => (text += b.toString('utf8')));
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0 && ['kaz', 'rus', 'eng'].every((l) => new RegExp(`^${l}$`, 'm').test(text))));
  });
  return available;
}
