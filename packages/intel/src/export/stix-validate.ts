/**
 * A structural validator for the STIX 2.1 subset GhostGuard emits, written from the STIX 2.1
 * specification (OASIS CS02): identifier format (§2.9: `<type>--<RFC 4122 UUID>`), timestamps
 * (§3.2: RFC 3339, UTC, `Z`), common properties (§3.2: spec_version "2.1", created/modified with
 * modified ≥ created), required properties per object type (§4–§6), marking references (§7.2),
 * relationship types allowed between the object types we use (§4 "Relationships" tables),
 * and the pattern forms `[domain-name:value = '…']` / `[url:value = '…']` (§9, string literal
 * escaping). Returns the list of problems (empty = valid).
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const TIMESTAMP = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?Z$/;
const TYPE = /^[a-z0-9](?:[a-z0-9-]{1,248}[a-z0-9])$/;
const PATTERN = /^\[(domain-name|url):value = '((?:[^'\\]|\\['\\])*)'\]$/;

const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  identity: ['name'],
  indicator: ['pattern', 'pattern_type', 'valid_from'],
  campaign: ['name'],
  'intrusion-set': ['name'],
  'observed-data': ['first_observed', 'last_observed', 'number_observed', 'object_refs'],
  relationship: ['relationship_type', 'source_ref', 'target_ref'],
  'domain-name': ['value'],
  url: ['value'],
  'marking-definition': [],
};
const SCO = new Set(['domain-name', 'url']);
/** (source type, relationship, target type) triples from the spec's relationship tables. */
const ALLOWED_RELATIONSHIPS = new Set(['indicator|indicates|campaign', 'indicator|based-on|observed-data', 'campaign|attributed-to|intrusion-set', 'indicator|indicates|intrusion-set']);

function idOk(id: unknown, type?: string): boolean {
  if (typeof id !== 'string') return false;
  const i = id.indexOf('--');
  if (i < 0) return false;
  const t = id.slice(0, i);
  return TYPE.test(t) && UUID.test(id.slice(i + 2)) && (type === undefined || t === type);
}

const typeOf = (id: string) => id.slice(0, id.indexOf('--'));

function checkTimes(o: Record<string, unknown>, p: string[], where: string): void {
  for (const k of ['created', 'modified', 'valid_from', 'valid_until', 'first_seen', 'last_seen', 'first_observed', 'last_observed']) {
    if (o[k] !== undefined && (typeof o[k] !== 'string' || !TIMESTAMP.test(o[k] as string))) p.push(`${where}: ${k} is not an RFC 3339 UTC timestamp`);
  }
  const before = (a: string, b: string) => typeof o[a] === 'string' && typeof o[b] === 'string' && Date.parse(o[b] as string) < Date.parse(o[a] as string);
  if (before('created', 'modified')) p.push(`${where}: modified before created`);
  if (before('first_observed', 'last_observed')) p.push(`${where}: last_observed before first_observed`);
  if (before('first_seen', 'last_seen')) p.push(`${where}: last_seen before first_seen`);
  if (typeof o.valid_until === 'string' && typeof o.valid_from === 'string' && Date.parse(o.valid_until) <= Date.parse(o.valid_from)) p.push(`${where}: valid_until must be after valid_from`);
}

function checkObject(o: Record<string, unknown>, ids: Map<string, string>, p: string[]): void {
  const type = typeof o.type === 'string' ? o.type : '';
  const where = `${type || '?'} ${String(o.id)}`;
  if (!TYPE.test(type)) p.push(`${where}: bad type`);
  if (!idOk(o.id, type)) p.push(`${where}: id must be ${type}--<uuid>`);
  const isSco = SCO.has(type);
  if (o.spec_version !== '2.1' && !(isSco && o.spec_version === undefined)) p.push(`${where}: spec_version must be "2.1"`);
  if (!isSco) {
    if (o.created === undefined) p.push(`${where}: created is required`);
    if (type !== 'marking-definition' && o.modified === undefined) p.push(`${where}: modified is required`);
  }
  const req = REQUIRED[type];
  if (!req) p.push(`${where}: object type not supported by this producer`);
  for (const k of req ?? []) if (o[k] === undefined || o[k] === '' || (Array.isArray(o[k]) && (o[k] as unknown[]).length === 0)) p.push(`${where}: ${k} is required`);
  checkTimes(o, p, where);
  if (o.created_by_ref !== undefined && !(idOk(o.created_by_ref, 'identity') && ids.has(o.created_by_ref as string))) p.push(`${where}: created_by_ref must reference an identity in the bundle`);
  if (o.object_marking_refs !== undefined) {
    const refs = o.object_marking_refs;
    if (!Array.isArray(refs) || refs.length === 0) p.push(`${where}: object_marking_refs must be a non-empty list`);
    else for (const r of refs) if (!idOk(r, 'marking-definition') || !ids.has(r as string)) p.push(`${where}: marking ref ${String(r)} is not a marking-definition in the bundle`);
  }
  if (type === 'marking-definition' && !(o.definition_type && o.definition) && typeof o.extensions !== 'object') p.push(`${where}: needs definition_type+definition or an extension`);
  if (type === 'indicator') {
    if (o.pattern_type !== 'stix') p.push(`${where}: pattern_type must be "stix"`);
    if (typeof o.pattern !== 'string' || !PATTERN.test(o.pattern)) p.push(`${where}: pattern is not [domain-name|url:value = '<escaped string>']`);
    if (o.confidence !== undefined && !(Number.isInteger(o.confidence) && (o.confidence as number) >= 0 && (o.confidence as number) <= 100)) p.push(`${where}: confidence must be 0..100`);
  }
  if (type === 'observed-data') {
    const n = o.number_observed;
    if (!Number.isInteger(n) || (n as number) < 1 || (n as number) > 999_999_999) p.push(`${where}: number_observed must be 1..999999999`);
    for (const r of Array.isArray(o.object_refs) ? o.object_refs : []) if (!idOk(r) || !SCO.has(typeOf(r as string)) || !ids.has(r as string)) p.push(`${where}: object_refs must reference SCOs in the bundle`);
  }
  if (type === 'relationship') {
    const s = String(o.source_ref);
    const t = String(o.target_ref);
    if (!ids.has(s) || !ids.has(t)) p.push(`${where}: source_ref/target_ref must be in the bundle`);
    else if (!ALLOWED_RELATIONSHIPS.has(`${typeOf(s)}|${String(o.relationship_type)}|${typeOf(t)}`)) p.push(`${where}: ${typeOf(s)} ${String(o.relationship_type)} ${typeOf(t)} is not a spec relationship`);
  }
  if (isSco && typeof o.value !== 'string') p.push(`${where}: value must be a string`);
}

export function validateStixBundle(bundle: unknown): string[] {
  const p: string[] = [];
  const b = bundle as { type?: unknown; id?: unknown; objects?: unknown; spec_version?: unknown } | null;
  if (!b || typeof b !== 'object') return ['bundle is not an object'];
  if (b.type !== 'bundle') p.push('bundle: type must be "bundle"');
  if (!idOk(b.id, 'bundle')) p.push('bundle: id must be bundle--<uuid>');
  if (b.spec_version !== undefined) p.push('bundle: spec_version is not a bundle property in STIX 2.1');
  if (!Array.isArray(b.objects)) return [...p, 'bundle: objects must be a list'];
  const ids = new Map<string, string>();
  for (const o of b.objects as Record<string, unknown>[]) {
    if (typeof o?.id !== 'string') continue;
    if (ids.has(o.id) && (o.type !== 'marking-definition')) p.push(`duplicate id ${o.id}`);
    ids.set(o.id, String(o.type));
  }
  for (const o of b.objects as Record<string, unknown>[]) {
    if (!o || typeof o !== 'object') p.push('object is not an object');
    else checkObject(o, ids, p);
  }
  return p;
}
