/**
 * Indicators as a STIX 2.1 bundle (OASIS STIX 2.1, 2021): one producer identity, the TLP marking,
 * and one indicator per domain and per URL, with `[domain-name:value = '…']` /
 * `[url:value = '…']` patterns — the two forms Amnesty's MVT reads from STIX2 indicator files.
 * Only domains and URLs: never phone numbers, names or message texts (privacy rule). URLs lose
 * their query and fragment (where kits put phone numbers) and are skipped when the path holds a
 * phone-number-like run of digits.
 */
import { RULESET_VERSION } from '@ghostguard/core';
import type { IndicatorSet } from '../types.ts';
import { uuidv5 } from './uuid.ts';

/** GhostGuard's UUIDv5 namespace for STIX ids (a fixed random v4 UUID chosen for this project). */
const NAMESPACE = '6d2f0c7e-3b9a-4f4e-9d1a-7c5e8b2a4f10';

/**
 * The TLP marking-definition objects exactly as the STIX 2.1 specification gives them (§7.2.1.4).
 * The spec predates TLP 2.0: TLP:CLEAR is expressed with its TLP 1.0 equivalent, TLP:WHITE.
 */
export const TLP_MARKINGS = {
  clear: { type: 'marking-definition', spec_version: '2.1', id: 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9', created: '2017-01-20T00:00:00.000Z', definition_type: 'tlp', name: 'TLP:WHITE', definition: { tlp: 'white' } },
  green: { type: 'marking-definition', spec_version: '2.1', id: 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da', created: '2017-01-20T00:00:00.000Z', definition_type: 'tlp', name: 'TLP:GREEN', definition: { tlp: 'green' } },
  amber: { type: 'marking-definition', spec_version: '2.1', id: 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82', created: '2017-01-20T00:00:00.000Z', definition_type: 'tlp', name: 'TLP:AMBER', definition: { tlp: 'amber' } },
  red: { type: 'marking-definition', spec_version: '2.1', id: 'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed', created: '2017-01-20T00:00:00.000Z', definition_type: 'tlp', name: 'TLP:RED', definition: { tlp: 'red' } },
} as const;

export type Tlp = keyof typeof TLP_MARKINGS;

export interface StixOptions {
  /** Default amber: indicators from a victim's chat are shared with responders, not published. */
  readonly tlp?: Tlp;
  /** Time stamp for created/modified/valid_from (default: now). */
  readonly now?: Date;
  readonly producer?: string;
}

export type StixObject = Record<string, unknown> & { readonly type: string; readonly id: string };

export interface StixBundle {
  readonly type: 'bundle';
  readonly id: string;
  readonly objects: readonly StixObject[];
}

/** STIX patterning string literal: backslash and quote escaped (STIX 2.1 Patterning §9.2). */
export function stixString(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The URL without query/fragment; undefined when it should not be shared (phone-like digits in the path). */
export function shareableUrl(raw: string): string | undefined {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
  if (/\d{7,}/.test(u.pathname.replace(/[\s\-().%20]/g, ''))) return undefined;
  return `${u.protocol}//${u.host}${u.pathname}`;
}

export function toStixBundle(ind: IndicatorSet, options: StixOptions = {}): StixBundle {
  const ts = (options.now ?? new Date()).toISOString();
  const marking = TLP_MARKINGS[options.tlp ?? 'amber'];
  const producer = options.producer ?? 'GhostGuard';
  const identityId = `identity--${uuidv5(`identity|${producer}`, NAMESPACE)}`;
  const identity: StixObject = { type: 'identity', spec_version: '2.1', id: identityId, created: ts, modified: ts, name: producer, identity_class: 'system', description: `GhostGuard chat-export scan, ruleset ${RULESET_VERSION}` };
  const indicator = (kind: 'domain-name' | 'url', value: string): StixObject => ({
    type: 'indicator',
    spec_version: '2.1',
    id: `indicator--${uuidv5(`indicator|${kind}|${value}`, NAMESPACE)}`,
    created_by_ref: identityId,
    created: ts,
    modified: ts,
    name: `${kind === 'url' ? 'URL' : 'Domain'} in a WhatsApp/Telegram lure: ${value}`,
    indicator_types: ['malicious-activity'],
    pattern: `[${kind}:value = ${stixString(value)}]`,
    pattern_type: 'stix',
    pattern_version: '2.1',
    valid_from: ts,
    labels: ['ghostguard', 'account-takeover-lure'],
    object_marking_refs: [marking.id],
  });
  const urls = [...new Set(ind.urls.map(shareableUrl).filter((u): u is string => u !== undefined))];
  const objects: StixObject[] = [identity, { ...marking }, ...[...new Set(ind.domains)].map((d) => indicator('domain-name', d)), ...urls.map((u) => indicator('url', u))];
  const bundleName = objects.map((o) => o.id).join(',');
  return { type: 'bundle', id: `bundle--${uuidv5(`bundle|${bundleName}|${ts}`, NAMESPACE)}`, objects };
}
