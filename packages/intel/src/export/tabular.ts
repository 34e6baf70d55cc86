/**
 * CSV (RFC 4180: CRLF, fields with comma, quote, CR or LF quoted, quotes doubled) that is safe to
 * open in a spreadsheet: a cell starting with = + - @ (or tab / CR) is prefixed with an apostrophe
 * (OWASP "CSV Injection"). And the JSON export.
 */
import { sanitiseForExport, type ExportInput } from './records.ts';

export function csvCell(v: unknown): string {
  let s = v === undefined || v === null ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function buildCsv(raw: ExportInput): string {
  const input = sanitiseForExport(raw);
  const header = ['type', 'value', 'status', 'first_seen', 'last_seen', 'sightings', 'brand', 'attack', 'sources', 'campaigns'];
  const rows = input.indicators.map((i) => [i.type, i.value, i.status, i.firstSeen, i.lastSeen, i.sightings, i.brand ?? '', i.attack ?? '', (i.sources ?? []).join(' '), (i.campaignIds ?? []).join(' ')]);
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function buildJson(raw: ExportInput): string {
  const input = sanitiseForExport(raw);
  return JSON.stringify({
    producer: input.producer,
    generatedAt: input.generatedAt,
    tlp: input.tlp ?? 'green',
    indicators: input.indicators.map((i) => ({ id: i.id, type: i.type, value: i.value, status: i.status, firstSeen: i.firstSeen, lastSeen: i.lastSeen, sightings: i.sightings, brand: i.brand, attack: i.attack, sources: i.sources, campaignIds: i.campaignIds })),
    campaigns: input.campaigns ?? [],
  }, null, 2) + '\n';
}
