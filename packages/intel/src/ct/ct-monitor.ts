/**
 * Polls several CT logs at once. Each log has its cursor in a CursorStore (the index of the next
 * entry); a poll reads [cursor, treeSize) in chunks, feeds every entry's names to the intake and
 * saves the cursor after each chunk. A restart therefore resumes at the last saved chunk: nothing
 * is lost, and nothing already committed is read again (a crash *inside* a chunk replays that
 * chunk once; scan submission is idempotent downstream).
 */
import type { CursorStore, PollableLog } from './types.ts';
import type { NameIntake } from './name-intake.ts';

export interface MonitorOptions {
  readonly logs: readonly PollableLog[];
  readonly cursors: CursorStore;
  readonly intake: NameIntake;
  /** Entries per committed chunk (one get-entries batch or one tile is 256). */
  readonly chunkSize?: number;
  /** Cap per log and poll, so one busy log cannot starve the others (Argon-class logs grow ~500/s). */
  readonly maxEntriesPerPoll?: number;
  /** Where a log without a cursor starts: its current end (default: only new certificates) or 0. */
  readonly startAt?: 'end' | 'start';
  readonly onError?: (logId: string, err: unknown) => void;
}

export interface LogPollResult {
  readonly logId: string;
  readonly from: number;
  readonly to: number;
  readonly treeSize: number;
  readonly entries: number;
  readonly error?: string;
}

async function pollLog(log: PollableLog, o: MonitorOptions): Promise<LogPollResult> {
  const chunk = Math.max(1, o.chunkSize ?? 256);
  let from = 0;
  let cursor = 0;
  let entries = 0;
  let treeSize = 0;
  try {
    treeSize = await log.treeSize();
    const saved = await o.cursors.get(log.id);
    if (saved === undefined) {
      cursor = o.startAt === 'start' ? 0 : treeSize;
      await o.cursors.set(log.id, cursor);
    } else cursor = Math.min(saved, treeSize);
    from = cursor;
    const stop = Math.min(treeSize, cursor + (o.maxEntriesPerPoll ?? 10_000));
    while (cursor < stop) {
      const end = Math.min(stop, cursor + chunk);
      for await (const e of log.entries(cursor, end)) {
        await o.intake.ingest(e.names, `ct:${log.id}`);
        entries++;
      }
      cursor = end;
      await o.cursors.set(log.id, cursor);
    }
    return { logId: log.id, from, to: cursor, treeSize, entries };
  } catch (err) {
    o.onError?.(log.id, err);
    return { logId: log.id, from, to: cursor, treeSize, entries, error: String(err).slice(0, 300) };
  }
}

/** One polling cycle over all logs, concurrently (each log is sequential and polite on its own). */
export async function pollLogs(o: MonitorOptions): Promise<LogPollResult[]> {
  return Promise.all(o.logs.map((l) => pollLog(l, o)));
}
