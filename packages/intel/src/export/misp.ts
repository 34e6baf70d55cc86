/**
 * MISP event JSON (the MISP core format, importable through "Add event from JSON" or a MISP feed).
 * Objects follow the MISP object templates (github.com/MISP/misp-objects):
 *  - url         uuid 60efb77b-40b5-4c46-871b-ed1ed999fce5, meta-category network (url, domain)
 *  - domain-ip   uuid 43b3b146-77eb-4931-b4cc-b66c60f28734, meta-category network (domain, ip, first/last-seen)
 *  - phishing    uuid 2dad6f9d-d425-4217-8fda-0b0a2d815307, meta-category network (url, hostname, target, verified)
 *  - instant-message uuid 5fa51a24-f40f-4696-a77e-d31e26bab5fc, meta-category misc (body, app-used):
 *    the lure text only, redacted; never from-/to-number, from-/to-name or users.
 * Attribute and object uuids are deterministic (UUIDv5), timestamps are unix seconds as strings.
 */
import { GHOSTGUARD_NAMESPACE, uuidv5 } from './ids.ts';
import { sanitiseForExport, type ExportIndicator, type ExportInput } from './records.ts';

export const MISP_TEMPLATES = {
  url: { uuid: '60efb77b-40b5-4c46-871b-ed1ed999fce5', metaCategory: 'network', version: '9' },
  'domain-ip': { uuid: '43b3b146-77eb-4931-b4cc-b66c60f28734', metaCategory: 'network', version: '11' },
  phishing: { uuid: '2dad6f9d-d425-4217-8fda-0b0a2d815307', metaCategory: 'network', version: '5' },
  'instant-message': { uuid: '5fa51a24-f40f-4696-a77e-d31e26bab5fc', metaCategory: 'misc', version: '3' },
} as const;

type TemplateName = keyof typeof MISP_TEMPLATES;

interface MispAttribute {
  uuid: string;
  type: string;
  category: string;
  value: string;
  to_ids: boolean;
  timestamp: string;
  object_relation?: string;
  disable_correlation?: boolean;
}

const unix = (iso: string) => String(Math.floor(Date.parse(iso) / 1000));

function attr(key: string, relation: string, type: string, category: string, value: string, at: string, toIds: boolean): MispAttribute {
  return { uuid: uuidv5(`misp-attr:${key}:${relation}:${value}`, GHOSTGUARD_NAMESPACE), object_relation: relation, type, category, value, to_ids: toIds, timestamp: unix(at) };
}

function object(name: TemplateName, key: string, at: string, attributes: MispAttribute[], comment = '') {
  const t = MISP_TEMPLATES[name];
  return { name, 'meta-category': t.metaCategory, template_uuid: t.uuid, template_version: t.version, uuid: uuidv5(`misp-obj:${name}:${key}`, GHOSTGUARD_NAMESPACE), timestamp: unix(at), comment, distribution: '5', Attribute: attributes };
}

function hostOf(u: string): string {
  try {
    return new URL(u).hostname;
  } catch {
    return '';
  }
}

function indicatorObjects(i: ExportIndicator) {
  const key = `${i.type}:${i.value}`;
  const at = i.lastSeen;
  const out = [];
  if (i.type === 'url') {
    const host = hostOf(i.value);
    out.push(object('url', key, at, [attr(key, 'url', 'url', 'Network activity', i.value, at, true), ...(host ? [attr(key, 'domain', 'domain', 'Network activity', host, at, false)] : [])], i.status));
    out.push(object('phishing', key, at, [
      attr(key, 'url', 'url', 'Network activity', i.value, at, true),
      ...(host ? [attr(key, 'hostname', 'hostname', 'Network activity', host, at, false)] : []),
      ...(i.brand ? [attr(key, 'target', 'text', 'Other', i.brand, at, false)] : []),
      attr(key, 'verified', 'text', 'Other', i.status === 'confirmed' ? 'Yes' : 'No', at, false),
      attr(key, 'submission-time', 'datetime', 'Other', new Date(Date.parse(i.firstSeen)).toISOString(), at, false),
    ]));
  } else {
    out.push(object('domain-ip', key, at, [
      attr(key, 'domain', 'domain', 'Network activity', i.value, at, true),
      ...(i.ip ? [attr(key, 'ip', 'ip-dst', 'Network activity', i.ip, at, false)] : []),
      attr(key, 'first-seen', 'datetime', 'Other', new Date(Date.parse(i.firstSeen)).toISOString(), at, false),
      attr(key, 'last-seen', 'datetime', 'Other', new Date(Date.parse(i.lastSeen)).toISOString(), at, false),
    ], i.status));
  }
  return out;
}

export function buildMispEvent(raw: ExportInput) {
  const input = sanitiseForExport(raw);
  const tlp = input.tlp ?? 'green';
  const at = input.generatedAt;
  const objects = input.indicators.flatMap(indicatorObjects);
  for (const c of input.campaigns ?? []) {
    (c.lures ?? []).forEach((lure, n) => {
      const key = `${c.id}:lure:${n}`;
      objects.push(object('instant-message', key, c.lastSeen, [
        attr(key, 'body', 'text', 'Other', lure, c.lastSeen, false),
        attr(key, 'app-used', 'text', 'Other', 'WhatsApp', c.lastSeen, false),
      ], `campaign ${c.name}`));
    });
  }
  return {
    Event: {
      uuid: uuidv5(`misp-event:${input.producer.name}:${at.slice(0, 10)}`, GHOSTGUARD_NAMESPACE),
      info: `${input.producer.name}: GhostPairing / messenger account-takeover indicators`,
      date: at.slice(0, 10),
      timestamp: unix(at),
      published: false,
      analysis: '1',
      threat_level_id: '2',
      distribution: '0',
      Orgc: { name: input.producer.name, uuid: uuidv5(`misp-org:${input.producer.name}`, GHOSTGUARD_NAMESPACE) },
      Tag: [{ name: `tlp:${tlp}` }, { name: 'misp-galaxy:mitre-attack-pattern="Phishing - T1566"' }],
      Attribute: [] as MispAttribute[],
      Object: objects,
    },
  };
}
