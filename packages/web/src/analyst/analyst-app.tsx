import { useI18n } from '../i18n/context.tsx';
import type { UiKey } from '../i18n/strings.ts';
import { Link } from '../router.tsx';
import { cell, when, type Row } from './analyst-api.ts';
import { IndicatorsPage } from './indicators-page.tsx';
import { LevelBadge, ListPage, type Column } from './list-page.tsx';
import { LoginForm } from './login-form.tsx';
import { ScanDetail } from './scan-detail.tsx';
import { SessionProvider, useSession } from './session.tsx';
import { TiplineOutboxPage } from './tipline-outbox-page.tsx';
import { CAMPAIGN_COLS, CampaignPage, ExportsPage, TrendsPage } from '../intel/index.ts';

const LEVELS = ['dangerous', 'suspicious', 'unknown', 'safe'];
const NAV: readonly { path: string; key: UiKey; soon?: boolean }[] = [
  { path: '/analyst', key: 'analyst.nav.submissions' },
  { path: '/analyst/reports', key: 'analyst.nav.reports' },
  { path: '/analyst/scans', key: 'analyst.nav.scans' },
  { path: '/analyst/indicators', key: 'analyst.nav.indicators' },
  { path: '/analyst/audit', key: 'analyst.nav.audit' },
  { path: '/analyst/tiplines', key: 'analyst.nav.tiplines' },
  { path: '/analyst/campaigns', key: 'analyst.nav.campaigns' },
  { path: '/analyst/trends', key: 'analyst.nav.trends' },
  { path: '/analyst/exports', key: 'analyst.nav.exports' },
];

const time = (r: Row) => when(cell(r, 'createdAt', 'at', 'created_at'));
const level = (r: Row) => <LevelBadge level={cell(r, 'level')} />;
const excerpt = (r: Row) => <span className="excerpt">{cell(r, 'excerpt', 'content', 'text', 'url')}</span>;

const SUBMISSION_COLS: readonly Column[] = [
  { head: 'analyst.col.time', render: time },
  { head: 'analyst.col.kind', render: (r) => cell(r, 'kind') },
  { head: 'analyst.col.level', render: level },
  { head: 'analyst.col.content', render: excerpt },
];
const REPORT_COLS: readonly Column[] = [
  { head: 'analyst.col.time', render: time },
  { head: 'analyst.col.happened', render: (r) => cell(r, 'happened') },
  { head: 'analyst.col.level', render: level },
  { head: 'analyst.col.region', render: (r) => cell(r, 'region') },
  { head: 'analyst.col.content', render: (r) => <span className="excerpt">{cell(r, 'text', 'url')}</span> },
];
const SCAN_COLS: readonly Column[] = [
  { head: 'analyst.col.time', render: time },
  { head: 'analyst.col.status', render: (r) => cell(r, 'status') },
  { head: 'analyst.col.level', render: level },
  {
    head: 'analyst.col.url',
    render: (r) => (
      <Link to={`/analyst/scans/${encodeURIComponent(cell(r, 'id'))}`} className="break">
        {cell(r, 'url')}
      </Link>
    ),
  },
];
const AUDIT_COLS: readonly Column[] = [
  { head: 'analyst.col.time', render: (r) => when(cell(r, 'at', 'createdAt')) },
  { head: 'analyst.col.actor', render: (r) => cell(r, 'actor') },
  { head: 'analyst.col.action', render: (r) => <code>{cell(r, 'action')}</code> },
  { head: 'analyst.col.target', render: (r) => <code className="break">{cell(r, 'target')}</code> },
  { head: 'analyst.col.details', render: (r) => <span className="excerpt">{typeof r['details'] === 'object' && r['details'] ? JSON.stringify(r['details']) : cell(r, 'details')}</span> },
];

function Screen({ path }: { path: string }) {
  const { t } = useI18n();
  const scan = /^\/analyst\/scans\/([^/]+)$/.exec(path);
  if (scan?.[1]) return <ScanDetail id={decodeURIComponent(scan[1])} />;
  const campaign = /^\/analyst\/campaigns\/([^/]+)$/.exec(path);
  if (campaign?.[1]) return <CampaignPage id={decodeURIComponent(campaign[1])} />;
  switch (path) {
    case '/analyst/reports':
      return <ListPage key={path} title="analyst.nav.reports" path="reports" columns={REPORT_COLS} selects={[{ name: 'level', label: 'analyst.filter.level', options: LEVELS }]} />;
    case '/analyst/scans':
      return <ListPage key={path} title="analyst.nav.scans" path="scans" columns={SCAN_COLS} search={false} selects={[{ name: 'status', label: 'analyst.filter.status', options: ['queued', 'running', 'done', 'failed'] }, { name: 'level', label: 'analyst.filter.level', options: LEVELS }]} />;
    case '/analyst/indicators':
      return <IndicatorsPage />;
    case '/analyst/tiplines':
      return <TiplineOutboxPage />;
    case '/analyst/campaigns':
      return <ListPage key={path} title="analyst.nav.campaigns" path="campaigns" columns={CAMPAIGN_COLS} search={false} />;
    case '/analyst/trends':
      return <TrendsPage />;
    case '/analyst/exports':
      return <ExportsPage />;
    case '/analyst/audit':
      return <ListPage key={path} title="analyst.nav.audit" path="audit" columns={AUDIT_COLS} search={false} />;
    default: {
      const soon = NAV.find((n) => n.soon && n.path === path);
      if (soon)
        return (
          <section>
            <h1>{t(soon.key)}</h1>
            <p className="notice notice-info">{t('analyst.soonText')}</p>
          </section>
        );
      return <ListPage key="submissions" title="analyst.nav.submissions" path="submissions" columns={SUBMISSION_COLS} selects={[{ name: 'kind', label: 'analyst.filter.kind', options: ['text', 'url', 'html'] }, { name: 'level', label: 'analyst.filter.level', options: LEVELS }]} />;
    }
  }
}

function Console({ path }: { path: string }) {
  const { t } = useI18n();
  const { user, checking, logout } = useSession();
  if (checking) return <p className="muted">{t('analyst.loading')}</p>;
  if (!user) return <LoginForm />;
  const active = NAV.filter((n) => path === n.path || (n.path !== '/analyst' && path.startsWith(n.path))).pop()?.path ?? '/analyst';
  return (
    <div className="console">
      <nav className="console-nav" aria-label={t('analyst.title')}>
        <ul>
          {NAV.map((n) => (
            <li key={n.path}>
              <Link to={n.path} className={n.soon ? 'soon' : undefined} {...(active === n.path ? { 'aria-current': 'page' as const } : {})}>
                {t(n.key)}
                {n.soon && <span className="soon-tag"> · {t('analyst.soon')}</span>}
              </Link>
            </li>
          ))}
        </ul>
        <p className="muted small">{t('analyst.signedIn', { user: user.username })}</p>
        <button type="button" className="btn btn-small" onClick={() => void logout()}>
          {t('analyst.logout')}
        </button>
      </nav>
      <div className="console-main">
        <Screen path={path} />
      </div>
    </div>
  );
}

export function AnalystApp({ path }: { path: string }) {
  return (
    <SessionProvider>
      <Console path={path} />
    </SessionProvider>
  );
}
