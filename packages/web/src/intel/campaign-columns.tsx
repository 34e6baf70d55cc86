import { Link } from '../router.tsx';
import { cell, when } from '../analyst/analyst-api.ts';
import type { Column } from '../analyst/list-page.tsx';

/** Columns of the campaign list (a ListPage over GET /v1/analyst/campaigns). */
export const CAMPAIGN_COLS: readonly Column[] = [
  { head: 'intel.col.lastSeen', render: (r) => when(cell(r, 'lastSeen')) },
  {
    head: 'intel.col.name',
    render: (r) => (
      <Link to={`/analyst/campaigns/${encodeURIComponent(cell(r, 'id'))}`} className="break">
        {cell(r, 'name')}
      </Link>
    ),
  },
  { head: 'intel.members', render: (r) => `${cell(r, 'members')} (${cell(r, 'reports')} / ${cell(r, 'scans')})` },
  { head: 'intel.col.brand', render: (r) => cell(r, 'brand') },
  { head: 'intel.col.attack', render: (r) => cell(r, 'attack') },
];
