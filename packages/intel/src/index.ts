/** @ghostguard/intel: CT and feeds in, campaigns and trends inside, indicators out. */
export type { CtNamesEntry, CursorStore, PollableLog, CtLogConfig, CtLogType } from './ct/types.ts';
export { memoryCursorStore } from './ct/types.ts';
export { createRfc6962Log } from './ct/rfc6962-log.ts';
export { createStaticCtLog, encodeTileIndex, dataTilePath, parseCheckpoint } from './ct/static-ct-log.ts';
export { startCertstream, parseCertstreamMessage } from './ct/certstream.ts';
export type { CertstreamHandle } from './ct/certstream.ts';
export { pollLogs } from './ct/ct-monitor.ts';
export type { LogPollResult, MonitorOptions } from './ct/ct-monitor.ts';
export { NameIntake, scoreWithCore } from './ct/name-intake.ts';
export type { ScanCandidate, ScanSink, IntakeStats, NameScore } from './ct/name-intake.ts';
export type { FetchLike, RetryPolicy } from './ct/http.ts';
export { DEFAULT_RETRY } from './ct/http.ts';
export { namesOfCertificate, namesOfTbs, normaliseDnsName } from './ct/cert-names.ts';
export { parseMerkleTreeLeaf } from './ct/merkle-leaf.ts';

export { importFeed, importDueFeeds, startFeedScheduler, recordFeedOutcome, reputation, emptyStats, memoryFeedStatsStore } from './feeds/feed-importer.ts';
export type { FeedSource, FeedStats, FeedStatsStore, FeedSighting, FeedIndicatorSink, FeedDeps } from './feeds/feed-importer.ts';
export type { FeedFormat } from './feeds/parsers.ts';
export { parseFeedText } from './feeds/parsers.ts';

export * from './indicators/lifecycle.ts';

export { CampaignClusterer, WINDOW_MS as CAMPAIGN_WINDOW_MS } from './campaigns/clusterer.ts';
export type { MemberInput, Assignment, KitFingerprint, LinkReason } from './campaigns/clusterer.ts';
export { minhash, similarity as lureSimilarity, normaliseLure } from './campaigns/text-similarity.ts';

export { computeTrends } from './trends/trends.ts';
export type { Trends, TrendEvent, TrendOptions } from './trends/trends.ts';
export { forecastSeries } from './trends/holt-winters.ts';
export type { Forecast, ForecastPoint } from './trends/holt-winters.ts';

export { renderExport, EXPORT_FORMATS, EXPORT_CONTENT_TYPES, validateStixBundle, redactForExport } from './export/index.ts';
export type { ExportFormat, ExportInput, ExportIndicator, ExportCampaign, TlpLevel } from './export/index.ts';
export { buildStixBundle } from './export/stix.ts';
export { buildMispEvent } from './export/misp.ts';
export { buildRpzZone, buildHostsFile, buildFilterList, blocklistDomains } from './export/blocklists.ts';
