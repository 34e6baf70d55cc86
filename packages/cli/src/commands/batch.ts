import { createReadStream, createWriteStream, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { analyzeMessage, analyzePage, analyzeUrl, type Verdict } from '@ghostguard/core';
import { CliError, EXIT } from '../exit-codes.ts';
import { Progress } from '../progress.ts';

export type BatchKind = 'message' | 'url' | 'page';

export interface BatchOptions {
  readonly kind: BatchKind;
  readonly in: string;
  readonly out?: string;
  readonly domainOnly?: boolean;
}

/** Lines longer than this are reported as malformed rather than analysed (memory bound). */
const MAX_LINE_CHARS = 4 * 1024 * 1024;
/** Bound on an HTML file read for `--kind page` with `htmlPath`. */
const MAX_HTML_BYTES = 5 * 1024 * 1024;

interface Item {
  readonly id: string | number;
  readonly value: string;
  readonly url?: string;
}

type Parsed = { ok: true; item: Item } | { ok: false; id: string | number; reason: string };

function field(obj: Record<string, unknown>, name: string): string | undefined {
  const v = obj[name];
  return typeof v === 'string' ? v : undefined;
}

/** One input line → item. JSONL when the line starts with `{`, else the whole line is the value. */
export function parseLine(line: string, lineNo: number, kind: BatchKind, baseDir: string): Parsed {
  if (line.length > MAX_LINE_CHARS) return { ok: false, id: lineNo, reason: `line longer than ${MAX_LINE_CHARS} characters` };
  const trimmed = line.trim();
  if (!trimmed.startsWith('{')) {
    if (kind === 'page') return { ok: false, id: lineNo, reason: 'page input must be JSONL with "url" and "html" or "htmlPath"' };
    return { ok: true, item: { id: lineNo, value: line } };
  }
  let obj: unknown;
  try {
    obj = JSON.parse(trimmed);
  } catch (e) {
    return { ok: false, id: lineNo, reason: `invalid JSON: ${(e as Error).message.slice(0, 120)}` };
  }
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return { ok: false, id: lineNo, reason: 'a JSON line must be an object' };
  const o = obj as Record<string, unknown>;
  const rawId = o['id'];
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? rawId : lineNo;
  if (kind === 'message') {
    const text = field(o, 'text');
    return text === undefined ? { ok: false, id, reason: 'missing string field "text"' } : { ok: true, item: { id, value: text } };
  }
  const url = field(o, 'url');
  if (url === undefined) return { ok: false, id, reason: 'missing string field "url"' };
  if (kind === 'url') return { ok: true, item: { id, value: url } };
  const html = field(o, 'html');
  if (html !== undefined) return { ok: true, item: { id, value: html, url } };
  const htmlPath = field(o, 'htmlPath');
  if (htmlPath === undefined) return { ok: false, id, reason: 'missing string field "html" or "htmlPath"' };
  const p = resolve(baseDir, htmlPath);
  try {
    const size = statSync(p).size;
    if (size > MAX_HTML_BYTES) return { ok: false, id, reason: `htmlPath file is larger than ${MAX_HTML_BYTES} bytes` };
    return { ok: true, item: { id, value: readFileSync(p, 'utf8'), url } };
  } catch (e) {
    return { ok: false, id, reason: `cannot read htmlPath: ${(e as NodeJS.ErrnoException).code ?? 'error'}` };
  }
}

function analyze(kind: BatchKind, item: Item, domainOnly: boolean): Verdict {
  if (kind === 'message') return analyzeMessage(item.value);
  if (kind === 'url') return analyzeUrl(item.value, { domainOnly });
  return analyzePage(item.value, item.url ?? '');
}

export function resultLine(id: string | number, v: Verdict): string {
  return JSON.stringify({
    id,
    level: v.level,
    score: v.score,
    attack: v.attack ?? null,
    brand: v.brand ?? null,
    rules: [...new Set(v.findings.map((f) => f.rule))],
  });
}

async function write(out: Writable, s: string): Promise<void> {
  if (!out.write(s)) await once(out, 'drain');
}

export interface BatchSummary {
  readonly lines: number;
  readonly analysed: number;
  readonly malformed: number;
  readonly flagged: number;
}

/** Streams input to output, one result per input line in order, with bounded memory. */
export async function runBatch(opts: BatchOptions, stderr: NodeJS.WriteStream = process.stderr): Promise<BatchSummary> {
  const inPath = opts.in;
  const fromStdin = inPath === '-';
  if (!fromStdin && !existsSync(inPath)) throw new CliError(`input file not found: ${inPath}`, EXIT.dataError);
  if (!fromStdin && statSync(inPath).isDirectory()) throw new CliError(`input is a directory, not a file: ${inPath}`, EXIT.dataError);
  const input = fromStdin ? process.stdin : createReadStream(inPath, { encoding: 'utf8' });
  const out: Writable = opts.out ? createWriteStream(opts.out) : process.stdout;
  const progress = new Progress(stderr, fromStdin ? undefined : statSync(inPath).size);
  const baseDir = fromStdin ? process.cwd() : dirname(resolve(inPath));
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lines = 0, analysed = 0, malformed = 0, flagged = 0, bytes = 0;
  for await (const line of rl) {
    lines++;
    bytes += Buffer.byteLength(line) + 1;
    if (line.trim() === '') continue; // blank lines carry nothing; ids are line numbers so order stays readable
    const parsed = parseLine(line, lines, opts.kind, baseDir);
    if (!parsed.ok) {
      malformed++;
      stderr.write(`${progress.enabled ? '\n' : ''}line ${lines}: ${parsed.reason}\n`);
      await write(out, JSON.stringify({ id: parsed.id, error: { code: 'GG_ERR_BAD_LINE', message: parsed.reason } }) + '\n');
      continue;
    }
    const v = analyze(opts.kind, parsed.item, opts.domainOnly === true);
    analysed++;
    if (v.level === 'dangerous' || v.level === 'suspicious') flagged++;
    await write(out, resultLine(parsed.item.id, v) + '\n');
    progress.update(lines, bytes);
  }
  progress.done(lines, bytes);
  if (opts.out) {
    out.end();
    await once(out, 'finish');
  }
  return { lines, analysed, malformed, flagged };
}
