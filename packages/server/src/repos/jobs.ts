/**
 * The durable job table behind the embedded queue. A job is claimed with one atomic UPDATE
 * (SQLite serialises writers; PostgreSQL skips rows locked by other workers) and holds a lease:
 * when its worker dies, the lease expires and the job is claimed again, so a restart loses nothing.
 */
import { sql, type Kysely } from 'kysely';
import type { Database, JobsTable } from '../db/schema.ts';
import type { DbKind } from '../db/connect.ts';
import { newId, nowIso } from './util.ts';

export interface JobRecord {
  readonly id: string;
  readonly kind: string;
  readonly payload: Record<string, unknown>;
  readonly status: 'queued' | 'running' | 'done' | 'dead';
  readonly attempts: number;
  readonly maxAttempts: number;
  readonly lastError?: string;
  readonly worker?: string;
}

function toJob(r: JobsTable): JobRecord {
  let payload: Record<string, unknown> = {};
  try {
    payload = JSON.parse(r.payload_json) as Record<string, unknown>;
  } catch {
    /* a corrupt payload is handled by the worker as a failed job */
  }
  return {
    id: r.id,
    kind: r.kind,
    payload,
    status: r.status as JobRecord['status'],
    attempts: Number(r.attempts),
    maxAttempts: Number(r.max_attempts),
    ...(r.last_error ? { lastError: r.last_error } : {}),
    ...(r.worker ? { worker: r.worker } : {}),
  };
}

export function jobsRepo(db: Kysely<Database>, kind: DbKind) {
  return {
    async enqueue(jobKind: string, payload: Record<string, unknown>, opts: { maxAttempts: number; id?: string }): Promise<string> {
      const id = opts.id ?? newId();
      const at = nowIso();
      await db
        .insertInto('jobs')
        .values({
          id, kind: jobKind, payload_json: JSON.stringify(payload), status: 'queued', attempts: 0, max_attempts: opts.maxAttempts,
          run_at: at, lease_until: null, last_error: null, worker: null, created_at: at, updated_at: at,
        })
        // Idempotent: enqueueing the same job id twice keeps one job.
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
      return id;
    },

    /** Claims the oldest due job (or one whose lease expired) for `worker`, or undefined. */
    async claim(jobKind: string, worker: string, leaseMs: number, nowMs: number = Date.now()): Promise<JobRecord | undefined> {
      const now = nowIso(nowMs);
      let due = db
        .selectFrom('jobs')
        .select('id')
        .where('kind', '=', jobKind)
        .where((eb) => eb.or([eb.and([eb('status', '=', 'queued'), eb('run_at', '<=', now)]), eb.and([eb('status', '=', 'running'), eb('lease_until', '<', now)])]))
        .orderBy('run_at')
        .limit(1);
      if (kind === 'postgres') due = due.forUpdate().skipLocked();
      const row = await db
        .updateTable('jobs')
        .set((eb) => ({ status: 'running', worker, lease_until: nowIso(nowMs + leaseMs), updated_at: now, attempts: eb('attempts', '+', 1) }))
        .where('id', '=', (eb) => eb.selectFrom(due.as('d')).select('d.id'))
        .returningAll()
        .executeTakeFirst();
      return row ? toJob(row) : undefined;
    },

    async complete(id: string): Promise<void> {
      await db.updateTable('jobs').set({ status: 'done', lease_until: null, updated_at: nowIso() }).where('id', '=', id).execute();
    },

    /** After a failure: back to the queue after `delayMs`, or to the dead-letter state. */
    async retryOrBury(id: string, error: string, delayMs: number, nowMs: number = Date.now()): Promise<'retry' | 'dead'> {
      const job = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
      if (!job) return 'dead';
      const dead = Number(job.attempts) >= Number(job.max_attempts);
      await db
        .updateTable('jobs')
        .set({
          status: dead ? 'dead' : 'queued', last_error: error.slice(0, 500), lease_until: null,
          run_at: nowIso(nowMs + (dead ? 0 : delayMs)), updated_at: nowIso(nowMs),
        })
        .where('id', '=', id)
        .execute();
      return dead ? 'dead' : 'retry';
    },

    async get(id: string): Promise<JobRecord | undefined> {
      const r = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toJob(r) : undefined;
    },

    async depth(): Promise<number> {
      const r = await db.selectFrom('jobs').select((eb) => eb.fn.countAll<number>().as('n')).where('status', 'in', ['queued', 'running']).executeTakeFirst();
      return Number(r?.n ?? 0);
    },

    async countByStatus(): Promise<Record<string, number>> {
      const rows = await db.selectFrom('jobs').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute();
      return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    },

    async deleteFinishedOlderThan(iso: string): Promise<number> {
      const r = await db.deleteFrom('jobs').where('status', 'in', ['done', 'dead']).where('updated_at', '<', iso).executeTakeFirst();
      return Number(r.numDeletedRows);
    },

    /** Liveness probe used by /readyz. */
    async ping(): Promise<void> {
      await sql`select 1`.execute(db);
    },
  };
}
export type JobsRepo = ReturnType<typeof jobsRepo>;
