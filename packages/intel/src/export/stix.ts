/**
 * STIX 2.1 bundle (OASIS STIX 2.1 CS02): the producer identity, the TLP 2.0 marking definition
 * (standard ids from the OASIS TLP 2.0 extension), per indicator an `indicator` with a STIX
 * pattern, the `domain-name` / `url` SCO and an `observed-data` (sightings, first/last seen),
 * `based-on` from indicator to observed-data, campaigns with `indicates` relationships, and
 * `attributed-to` from a campaign to the kit family (intrusion-set) when one is named.
 * Ids are deterministic (SCOs: UUIDv5 in the STIX namespace over {"value": ...} as the spec
 * requires; others: UUIDv5 in GhostGuard's namespace), so an unchanged export is identical.
 */
import { GHOSTGUARD_NAMESPACE, STIX_SCO_NAMESPACE, uuidv5 } from './ids.ts';
import { sanitiseForExport, type ExportInput, type TlpLevel } from './records.ts';

export const TLP_EXTENSION_ID = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';
export const TLP_MARKING_IDS: Readonly<Record<TlpLevel, string>> = {
  clear: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'amber+strict': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  red: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};

export type StixObject = Record<string, unknown> & { type: string; id: string };

export function tlpMarkingDefinition(level: TlpLevel): StixObject {
  return {
    type: 'marking-definition', spec_version: '2.1', id: TLP_MARKING_IDS[level], created: '2022-10-01T00:00:00.000Z',
    name: `TLP:${level.toUpperCase()}`,
    extensions: { [TLP_EXTENSION_ID]: { extension_type: 'property-extension', tlp_2_0: level } },
  };
}

/** A STIX pattern string literal: backslash and quote escaped (STIX 2.1 patterning §9.2). */
export function stixString(v: string): string {
  return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

const sdoId = (type: string, key: string) => `${type}--${uuidv5(`${type}:${key}`, GHOSTGUARD_NAMESPACE)}`;
const scoId = (type: string, value: string) => `${type}--${uuidv5(JSON.stringify({ value }), STIX_SCO_NAMESPACE)}`;
/** STIX timestamps are RFC 3339 UTC with a Z; milliseconds kept. */
const ts = (s: string) => new Date(Date.parse(s)).toISOString();

export function buildStixBundle(raw: ExportInput & { kitFamilies?: Readonly<Record<string, string>> }): { type: 'bundle'; id: string; objects: StixObject[] } {
  const input = sanitiseForExport(raw);
  const tlp = input.tlp ?? 'green';
  const marking = TLP_MARKING_IDS[tlp];
  const gen = ts(input.generatedAt);
  const identity: StixObject = {
    type: 'identity', spec_version: '2.1', id: sdoId('identity', input.producer.name), created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z',
    name: input.producer.name, identity_class: 'organization', ...(input.producer.url ? { contact_information: input.producer.url } : {}),
  };
  const common = { spec_version: '2.1', created_by_ref: identity.id, object_marking_refs: [marking] };
  const objects: StixObject[] = [tlpMarkingDefinition(tlp), identity];
  const indicatorIds = new Map<string, string>();
  for (const i of input.indicators) {
    const scoType = i.type === 'domain' ? 'domain-name' : 'url';
    const sco: StixObject = { type: scoType, spec_version: '2.1', id: scoId(scoType, i.value), value: i.value };
    const ind: StixObject = {
      type: 'indicator', ...common, id: sdoId('indicator', `${i.type}:${i.value}`), created: ts(i.firstSeen), modified: ts(i.lastSeen),
      name: `${i.type === 'domain' ? 'Domain' : 'URL'} ${i.value}`,
      indicator_types: [i.status === 'confirmed' ? 'malicious-activity' : 'anomalous-activity'],
      pattern: `[${scoType}:value = ${stixString(i.value)}]`, pattern_type: 'stix', valid_from: ts(i.firstSeen),
      confidence: i.status === 'confirmed' ? 90 : 50,
      labels: [i.attack, i.brand].filter((x): x is string => !!x),
    };
    const obs: StixObject = {
      type: 'observed-data', ...common, id: sdoId('observed-data', `${i.type}:${i.value}`), created: ts(i.firstSeen), modified: ts(i.lastSeen),
      first_observed: ts(i.firstSeen), last_observed: ts(i.lastSeen), number_observed: Math.min(999_999_999, Math.max(1, Math.floor(i.sightings))), object_refs: [sco.id],
    };
    const rel: StixObject = { type: 'relationship', ...common, id: sdoId('relationship', `${ind.id}|based-on|${obs.id}`), created: ts(i.firstSeen), modified: ts(i.lastSeen), relationship_type: 'based-on', source_ref: ind.id, target_ref: obs.id };
    if ((ind.labels as string[]).length === 0) delete ind.labels;
    objects.push(ind, sco, obs, rel);
    indicatorIds.set(i.id, ind.id as string);
  }
  for (const c of input.campaigns ?? []) {
    const camp: StixObject = {
      type: 'campaign', ...common, id: sdoId('campaign', c.id), created: ts(c.firstSeen), modified: ts(c.lastSeen), name: c.name,
      first_seen: ts(c.firstSeen), last_seen: ts(c.lastSeen),
      ...(c.lures && c.lures.length > 0 ? { description: `Lures (redacted): ${c.lures.map((l) => `"${l}"`).join('; ')}` } : {}),
    };
    objects.push(camp);
    for (const iid of c.indicatorIds) {
      const sid = indicatorIds.get(iid);
      if (sid) objects.push({ type: 'relationship', ...common, id: sdoId('relationship', `${sid}|indicates|${camp.id}`), created: gen, modified: gen, relationship_type: 'indicates', source_ref: sid, target_ref: camp.id });
    }
    const family = raw.kitFamilies?.[c.id];
    if (family) {
      const set: StixObject = { type: 'intrusion-set', ...common, id: sdoId('intrusion-set', family), created: gen, modified: gen, name: family.slice(0, 120) };
      objects.push(set, { type: 'relationship', ...common, id: sdoId('relationship', `${camp.id}|attributed-to|${set.id}`), created: gen, modified: gen, relationship_type: 'attributed-to', source_ref: camp.id, target_ref: set.id });
    }
  }
  return { type: 'bundle', id: `bundle--${uuidv5(`bundle:${gen}:${objects.length}`, GHOSTGUARD_NAMESPACE)}`, objects };
}
