/**
 * `ghostguard export --format rpz|stix|misp|hosts|filters|csv|json [--out FILE] [--since DATE]
 * [--status STATUS] [--data-dir DIR]`: the indicators of the local store in one format. With
 * nothing to export yet the file is still valid (an RPZ with SOA and NS only, an empty bundle...).
 */
import { writeFileSync, renameSync } from 'node:fs';
import { CliError, EXIT } from '../exit-codes.ts';

const FORMATS = ['stix', 'misp', 'rpz', 'hosts', 'filters', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

export interface ExportOptions {
  readonly format: string;
  readonly out?: string;
  readonly since?: string;
  readonly status?: string;
  readonly dataDir?: string;
}

export async function runExport(opts: ExportOptions, write: (s: string) => void = (s) => process.stdout.write(s)): Promise<{ count: number; bytes: number }> {
  if (!(FORMATS as readonly string[]).includes(opts.format)) throw new CliError(`--format must be one of ${FORMATS.join(', ')}`, EXIT.usage);
  let since: string | undefined;
  if (opts.since !== undefined) {
    const t = Date.parse(opts.since);
    if (!Number.isFinite(t)) throw new CliError(`--since must be a date (2026-01-31 or ISO 8601), got "${opts.since}"`, EXIT.usage);
    since = new Date(t).toISOString();
  }
  if (opts.status !== undefined && opts.status !== 'suspected' && opts.status !== 'confirmed') throw new CliError('--status must be suspected or confirmed', EXIT.usage);
  const server = await import('@ghostguard/server');
  const config = server.loadConfig(process.env, opts.dataDir ? { DATA_DIR: opts.dataDir } : {});
  const r = await server.exportFromStore(config, opts.format as Format, { ...(since ? { since } : {}), ...(opts.status ? { status: opts.status } : {}) });
  if (opts.out && opts.out !== '-') {
    // Write then rename: a resolver reading the file never sees half a zone.
    const tmp = `${opts.out}.tmp-${process.pid}`;
    writeFileSync(tmp, r.body);
    renameSync(tmp, opts.out);
  } else write(r.body);
  return { count: r.count, bytes: Buffer.byteLength(r.body) };
}
