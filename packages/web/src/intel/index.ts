/** Threat-intelligence screens of the analyst console: campaigns, trends, exports and appeals. */
export { CAMPAIGN_COLS } from './campaign-columns.tsx';
export { CampaignPage } from './campaign-page.tsx';
export { TrendsPage } from './trends-page.tsx';
export { ExportsPage } from './exports-page.tsx';
