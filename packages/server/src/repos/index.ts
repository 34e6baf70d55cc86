/** All repositories over one database handle (or one transaction). */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { DbKind } from '../db/connect.ts';
import { submissionsRepo, type SubmissionsRepo } from './submissions.ts';
import { reportsRepo, type ReportsRepo } from './reports.ts';
import { scansRepo, type ScansRepo } from './scans.ts';
import { indicatorsRepo, type IndicatorsRepo } from './indicators.ts';
import { usersRepo, type UsersRepo } from './users.ts';
import { auditRepo, type AuditRepo } from './audit.ts';
import { jobsRepo, type JobsRepo } from './jobs.ts';
import { createIntelRepos, type IntelRepos } from './intel.ts';

export interface Repositories {
  readonly kind: DbKind;
  readonly submissions: SubmissionsRepo;
  readonly reports: ReportsRepo;
  readonly scans: ScansRepo;
  readonly indicators: IndicatorsRepo;
  readonly users: UsersRepo;
  readonly audit: AuditRepo;
  readonly jobs: JobsRepo;
  /** Threat intelligence: cursors, feeds, indicator sources, appeals, campaigns (repos/intel.ts). */
  readonly intel: IntelRepos;
  /** Runs `fn` with repositories bound to one transaction. */
  transaction<T>(fn: (r: Repositories) => Promise<T>): Promise<T>;
}

export function createRepositories(db: Kysely<Database>, kind: DbKind): Repositories {
  return {
    kind,
    submissions: submissionsRepo(db),
    reports: reportsRepo(db),
    scans: scansRepo(db, kind),
    indicators: indicatorsRepo(db),
    users: usersRepo(db),
    audit: auditRepo(db),
    jobs: jobsRepo(db, kind),
    intel: createIntelRepos(db, kind),
    transaction: (fn) => db.transaction().execute((trx) => fn(createRepositories(trx, kind))),
  };
}
