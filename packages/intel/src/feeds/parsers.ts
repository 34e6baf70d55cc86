/**
 * Parsers for the published feed formats. Each returns the indicators it understood and counts
 * of records and malformed records; none throws on bad content (a feed that changes format shows
 * up as "malformed" in the source's statistics, not as a crash of the worker).
 *  - plain: one URL or domain per line, `#` comments (many community lists)
 *  - openphish: the OpenPhish text feed, one http(s) URL per line
 *  - phishtank-json / phishtank-csv: PhishTank's online-valid dumps (phish_id, url, ..., target)
 *  - urlhaus-csv: abuse.ch URLhaus dump, `#` comment header, quoted fields
 *    id,dateadded,url,url_status,last_online,threat,tags,urlhaus_link,reporter
 */
import { parseCsv } from './csv.ts';
import { domainIndicator, feedTime, urlIndicator, type FeedIndicator } from './normalise.ts';

export type FeedFormat = 'plain' | 'openphish' | 'phishtank-json' | 'phishtank-csv' | 'urlhaus-csv' | 'misp';

export interface ParseResult {
  readonly indicators: FeedIndicator[];
  readonly records: number;
  readonly malformed: number;
}

/** Feeds are capped: PhishTank's full dump is ~80k entries; 1M records is a broken or hostile feed. */
export const MAX_RECORDS = 1_000_000;

function linesOf(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
}

export function parsePlainList(text: string): ParseResult {
  const indicators: FeedIndicator[] = [];
  let malformed = 0;
  const lines = linesOf(text).slice(0, MAX_RECORDS);
  for (const l of lines) {
    // A bare host is a domain; anything with a scheme or a path is a URL.
    const ind = /^[a-z][a-z0-9+.-]*:\/\/|\//i.test(l) ? urlIndicator(l) : domainIndicator(l.replace(/^0\.0\.0\.0\s+|^127\.0\.0\.1\s+/, ''));
    if (ind) indicators.push(ind);
    else malformed++;
  }
  return { indicators, records: lines.length, malformed };
}

export function parseOpenPhish(text: string): ParseResult {
  const indicators: FeedIndicator[] = [];
  let malformed = 0;
  const lines = linesOf(text).slice(0, MAX_RECORDS);
  for (const l of lines) {
    const ind = /^https?:\/\//i.test(l) ? urlIndicator(l) : undefined;
    if (ind) indicators.push(ind);
    else malformed++;
  }
  return { indicators, records: lines.length, malformed };
}

interface PhishTankEntry {
  url?: unknown;
  submission_time?: unknown;
  verified?: unknown;
  online?: unknown;
  target?: unknown;
}

function phishTankIndicator(e: PhishTankEntry): FeedIndicator | undefined {
  if (typeof e.url !== 'string') return undefined;
  // The "online-valid" dump only has verified entries; a raw dump may not: keep only verified ones.
  if (e.verified !== undefined && e.verified !== 'yes' && e.verified !== true) return undefined;
  const reportedAt = feedTime(e.submission_time);
  const target = typeof e.target === 'string' && e.target !== '' ? e.target.slice(0, 100) : undefined;
  return urlIndicator(e.url, { ...(reportedAt ? { reportedAt } : {}), ...(target ? { target } : {}) });
}

export function parsePhishTankJson(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { indicators: [], records: 0, malformed: 1 };
  }
  if (!Array.isArray(data)) return { indicators: [], records: 0, malformed: 1 };
  const indicators: FeedIndicator[] = [];
  let malformed = 0;
  const list = data.slice(0, MAX_RECORDS);
  for (const e of list) {
    const ind = typeof e === 'object' && e !== null ? phishTankIndicator(e as PhishTankEntry) : undefined;
    if (ind) indicators.push(ind);
    else malformed++;
  }
  return { indicators, records: list.length, malformed };
}

/** CSV with a header row naming the columns (PhishTank). */
export function parsePhishTankCsv(text: string): ParseResult {
  const { records, malformed: bad } = parseCsv(text);
  const header = records[0]?.fields.map((f) => f.trim().toLowerCase()) ?? [];
  if (!header.includes('url')) return { indicators: [], records: records.length, malformed: bad + records.length };
  const col = (name: string) => header.indexOf(name);
  const indicators: FeedIndicator[] = [];
  let malformed = bad;
  const rows = records.slice(1, MAX_RECORDS + 1);
  for (const r of rows) {
    const get = (name: string) => (col(name) >= 0 ? r.fields[col(name)] : undefined);
    const ind = phishTankIndicator({ url: get('url'), submission_time: get('submission_time'), verified: get('verified'), target: get('target') });
    if (ind) indicators.push(ind);
    else malformed++;
  }
  return { indicators, records: rows.length, malformed };
}

/** URLhaus: the column names are in the last `#` comment line; data rows are quoted CSV. */
export function parseUrlhausCsv(text: string): ParseResult {
  const headerLine = text.split(/\r?\n/).filter((l) => /^#\s*id,/.test(l)).pop();
  const header = (headerLine ?? '# id,dateadded,url,url_status,last_online,threat,tags,urlhaus_link,reporter').replace(/^#\s*/, '').split(',').map((h) => h.trim());
  const body = text.split(/\r?\n/).filter((l) => !l.startsWith('#')).join('\n');
  const { records, malformed: bad } = parseCsv(body);
  const iUrl = header.indexOf('url');
  const iDate = header.indexOf('dateadded');
  const iThreat = header.indexOf('threat');
  const indicators: FeedIndicator[] = [];
  let malformed = bad;
  const rows = records.slice(0, MAX_RECORDS);
  for (const r of rows) {
    const reportedAt = feedTime(r.fields[iDate]);
    const threat = r.fields[iThreat];
    const ind = r.fields.length >= 3 ? urlIndicator(r.fields[iUrl] ?? '', { ...(reportedAt ? { reportedAt } : {}), ...(threat ? { target: threat.slice(0, 100) } : {}) }) : undefined;
    if (ind) indicators.push(ind);
    else malformed++;
  }
  return { indicators, records: rows.length, malformed };
}

export function parseFeedText(format: Exclude<FeedFormat, 'misp'>, text: string): ParseResult {
  switch (format) {
    case 'plain':
      return parsePlainList(text);
    case 'openphish':
      return parseOpenPhish(text);
    case 'phishtank-json':
      return parsePhishTankJson(text);
    case 'phishtank-csv':
      return parsePhishTankCsv(text);
    case 'urlhaus-csv':
      return parseUrlhausCsv(text);
  }
}
