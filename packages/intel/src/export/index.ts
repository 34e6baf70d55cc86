import { buildStixBundle } from './stix.ts';
import { buildMispEvent } from './misp.ts';
import { buildFilterList, buildHostsFile, buildRpzZone, type RpzOptions } from './blocklists.ts';
import { buildCsv, buildJson } from './tabular.ts';
import type { ExportInput } from './records.ts';

export type ExportFormat = 'stix' | 'misp' | 'rpz' | 'hosts' | 'filters' | 'csv' | 'json';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['stix', 'misp', 'rpz', 'hosts', 'filters', 'csv', 'json'];

export const EXPORT_CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  stix: 'application/stix+json;version=2.1',
  misp: 'application/json',
  rpz: 'text/dns; charset=utf-8',
  hosts: 'text/plain; charset=utf-8',
  filters: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  json: 'application/json',
};

/** One export as text; pure (no I/O), deterministic for the same input. */
export function renderExport(format: ExportFormat, input: ExportInput, rpz: RpzOptions = {}): string {
  switch (format) {
    case 'stix':
      return JSON.stringify(buildStixBundle(input), null, 2) + '\n';
    case 'misp':
      return JSON.stringify(buildMispEvent(input), null, 2) + '\n';
    case 'rpz':
      return buildRpzZone(input, rpz);
    case 'hosts':
      return buildHostsFile(input);
    case 'filters':
      return buildFilterList(input);
    case 'csv':
      return buildCsv(input);
    case 'json':
      return buildJson(input);
  }
}

export type { ExportInput, ExportIndicator, ExportCampaign, TlpLevel } from './records.ts';
export { validateStixBundle } from './stix-validate.ts';
export { redactForExport } from './redact.ts';
