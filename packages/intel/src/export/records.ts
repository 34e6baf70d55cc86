/**
 * What exports are made of: indicator and campaign records as stored by the service, plus the
 * producer. `sanitiseForExport` is the single gate every exporter goes through: statuses filtered,
 * URL indicators that carry a person's data (a phone number or e-mail in the path) reduced to their
 * host, free texts redacted, sources reduced to source kinds.
 */
import { carriesPersonalData, redactForExport } from './redact.ts';

export type TlpLevel = 'clear' | 'green' | 'amber' | 'amber+strict' | 'red';

export interface ExportIndicator {
  readonly id: string;
  readonly type: 'domain' | 'url';
  readonly value: string;
  readonly status: 'suspected' | 'confirmed' | 'false-positive' | 'expired';
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly sightings: number;
  readonly sources?: readonly string[];
  readonly brand?: string;
  readonly attack?: string;
  readonly ip?: string;
  readonly campaignIds?: readonly string[];
}

export interface ExportCampaign {
  readonly id: string;
  readonly name: string;
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly brand?: string;
  readonly attack?: string;
  /** Lure texts (will be redacted again on export). */
  readonly lures?: readonly string[];
  readonly indicatorIds: readonly string[];
}

export interface ExportInput {
  readonly producer: { readonly name: string; readonly url?: string };
  readonly generatedAt: string;
  readonly indicators: readonly ExportIndicator[];
  readonly campaigns?: readonly ExportCampaign[];
  readonly tlp?: TlpLevel;
}

export const EXPORTED_STATUSES: ReadonlySet<string> = new Set(['suspected', 'confirmed']);

function sourceKind(s: string): string {
  // "ct:argon2026h1" → "ct:argon2026h1"; "report:8f3a…" → "report"; anything odd → dropped.
  const k = s.toLowerCase().replace(/[^a-z0-9:._-]/g, '').slice(0, 64);
  if (k.startsWith('report') || k.startsWith('submission') || carriesPersonalData(k)) return k.split(':')[0] ?? '';
  return k;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}

const DNS = /^(?=.{1,253}$)(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;

/** Indicators fit to leave the system, deduplicated; `statuses` defaults to suspected + confirmed. */
export function sanitiseForExport(input: ExportInput, statuses: ReadonlySet<string> = EXPORTED_STATUSES): ExportInput {
  const seen = new Set<string>();
  const indicators: ExportIndicator[] = [];
  for (const i of input.indicators) {
    if (!statuses.has(i.status)) continue;
    let type = i.type;
    let value = i.value.trim();
    if (type === 'url') {
      const host = hostOf(value);
      if (!host || !/^https?:/i.test(value)) continue;
      if (carriesPersonalData(value) || /[?#]/.test(value)) {
        type = 'domain';
        value = host;
      }
    }
    if (type === 'domain') {
      value = value.toLowerCase().replace(/\.$/, '');
      if (!DNS.test(value)) continue;
    }
    const key = `${type}:${value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    indicators.push({
      ...i, type, value,
      sources: [...new Set((i.sources ?? []).map(sourceKind).filter((s) => s !== ''))],
      ...(i.brand ? { brand: i.brand.replace(/[^\p{L}\p{N} ._-]/gu, '').slice(0, 40) } : {}),
      ...(i.attack ? { attack: i.attack.replace(/[^a-z-]/g, '').slice(0, 40) } : {}),
      ...(i.ip && /^[0-9a-f:.]{2,45}$/i.test(i.ip) ? { ip: i.ip } : { ip: undefined }),
    });
  }
  const ids = new Set(indicators.map((i) => i.id));
  const campaigns = (input.campaigns ?? []).map((c) => ({
    ...c,
    name: redactForExport(c.name).slice(0, 120) || c.id,
    lures: [...new Set((c.lures ?? []).map(redactForExport).filter((l) => l !== ''))].slice(0, 20),
    indicatorIds: c.indicatorIds.filter((id) => ids.has(id)),
  }));
  return { ...input, indicators, campaigns };
}
