/** The intel repositories over one database handle: state (cursors, leases, feeds), indicators, campaigns, feedstock. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { DbKind } from '../db/connect.ts';
import type { IntelTables } from '../intel/schema.ts';
import { intelStateRepo, type IntelDb, type IntelStateRepo } from './intel-state.ts';
import { intelIndicatorsRepo, type IntelIndicatorsRepo } from './intel-indicators.ts';
import { intelCampaignsRepo, type IntelCampaignsRepo } from './intel-campaigns.ts';
import { intelFeedstockRepo, type IntelFeedstockRepo } from './intel-feedstock.ts';

export interface IntelRepos {
  readonly state: IntelStateRepo;
  readonly indicators: IntelIndicatorsRepo;
  readonly campaigns: IntelCampaignsRepo;
  readonly feedstock: IntelFeedstockRepo;
}

export function createIntelRepos(db: Kysely<Database> | Kysely<Database & IntelTables>, kind: DbKind): IntelRepos {
  const idb = db as unknown as IntelDb;
  return { state: intelStateRepo(idb), indicators: intelIndicatorsRepo(idb), campaigns: intelCampaignsRepo(idb), feedstock: intelFeedstockRepo(idb, kind) };
}
