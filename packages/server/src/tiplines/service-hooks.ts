/**
 * What startService does for the tiplines, in one call: build them from the environment, log
 * each channel's state (a channel without its configuration is off and says why; secrets never
 * appear), schedule their daily retention, and hand buildApp what it registers.
 */
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { Db } from '../db/connect.ts';
import type { Metrics } from '../metrics.ts';
import { createImageChecker } from '../image-check.ts';
import { createTiplines, scheduleTiplineRetention } from './setup.ts';
import type { TiplineAppDeps } from './register.ts';

export interface StartTiplinesOptions {
  readonly config: Config;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly db: Db;
  readonly metrics: Metrics;
  readonly log: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** startService's list of things to stop on close (retention timer). */
  readonly closers: (() => Promise<void> | void)[];
}

export function startTiplines(o: StartTiplinesOptions): Required<TiplineAppDeps> {
  const images = createImageChecker();
  const tiplines = createTiplines({
    env: o.env, db: o.db.db, kind: o.db.kind, images,
    log: (msg) => o.log.warn({ component: 'tipline' }, msg),
    onReport: (channel) => o.metrics.inc('tipline_report', `channel="${channel}"`),
  });
  for (const line of tiplines.config.describe()) o.log.info({ component: 'tipline' }, line);
  // Conversations (language, last redacted case) live as long as submissions do.
  o.closers.push(scheduleTiplineRetention(tiplines.store, o.config.RETENTION_SUBMISSIONS_DAYS, (r) =>
    r instanceof Error ? o.log.error({ err: r.message }, 'tipline retention failed') : o.log.info({ deleted: r }, 'tipline retention')));
  return { images, tiplines };
}
