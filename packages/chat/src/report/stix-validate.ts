/**
 * A structural validator for the STIX 2.1 bundles we produce (and similar ones): required
 * properties per object type, `type--UUID` ids, RFC 3339 UTC timestamps, spec_version "2.1",
 * resolvable references, and the two pattern forms we emit. Not a full STIX validator (no
 * general pattern grammar): it checks what consumers such as MVT depend on.
 */

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';
const ID_RE = new RegExp(`^([a-z][a-z0-9-]*[a-z0-9])--${UUID}$`);
/** RFC 3339 in UTC with `Z` (STIX 2.1 §3.2: timestamps MUST be UTC and end with "Z"). */
const TS_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?Z$/;
/** `[domain-name:value = '…']` or `[url:value = '…']`, with STIX string escapes. */
const PATTERN_RE = /^\[(domain-name|url):value = '((?:[^'\\]|\\['\\])*)'\]$/;
const DOMAIN_RE = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/i;

const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  identity: ['type', 'spec_version', 'id', 'created', 'modified', 'name'],
  indicator: ['type', 'spec_version', 'id', 'created', 'modified', 'pattern', 'pattern_type', 'valid_from'],
  'marking-definition': ['type', 'spec_version', 'id', 'created'],
};

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function checkPattern(o: Obj, where: string, errors: string[]): void {
  if (o['pattern_type'] !== 'stix') return;
  const m = PATTERN_RE.exec(String(o['pattern']));
  if (!m) {
    errors.push(`${where}: pattern is not [domain-name:value = '…'] or [url:value = '…']`);
    return;
  }
  const value = m[2]!.replace(/\\(['\\])/g, '$1');
  if (m[1] === 'domain-name' && !DOMAIN_RE.test(value)) errors.push(`${where}: "${value}" is not a domain name`);
  if (m[1] === 'url') {
    try {
      new URL(value);
    } catch {
      errors.push(`${where}: "${value}" is not a URL`);
    }
  }
}

function checkObject(o: Obj, i: number, ids: Set<string>, errors: string[]): void {
  const type = String(o['type'] ?? '');
  const where = `objects[${i}] (${type || 'no type'})`;
  for (const p of REQUIRED[type] ?? ['type', 'spec_version', 'id']) if (o[p] === undefined) errors.push(`${where}: missing "${p}"`);
  const id = String(o['id'] ?? '');
  const m = ID_RE.exec(id);
  if (!m) errors.push(`${where}: id "${id}" is not <type>--<UUID>`);
  else if (m[1] !== type) errors.push(`${where}: id prefix "${m[1]}" does not match type "${type}"`);
  if (o['spec_version'] !== '2.1') errors.push(`${where}: spec_version must be "2.1"`);
  for (const p of ['created', 'modified', 'valid_from', 'valid_until']) {
    if (o[p] !== undefined && !TS_RE.test(String(o[p]))) errors.push(`${where}: ${p} "${String(o[p])}" is not an RFC 3339 UTC timestamp`);
  }
  if (typeof o['created'] === 'string' && typeof o['modified'] === 'string' && o['modified'] < o['created']) errors.push(`${where}: modified is before created`);
  if (type === 'indicator') {
    checkPattern(o, where, errors);
    const types = o['indicator_types'];
    if (types !== undefined && (!Array.isArray(types) || types.length === 0)) errors.push(`${where}: indicator_types must be a non-empty list`);
  }
  if (type === 'marking-definition' && o['definition_type'] === 'tlp') {
    const d = o['definition'];
    if (!isObj(d) || !['white', 'green', 'amber', 'red'].includes(String(d['tlp']))) errors.push(`${where}: TLP definition must be white, green, amber or red`);
  }
  for (const ref of [o['created_by_ref'], ...(Array.isArray(o['object_marking_refs']) ? o['object_marking_refs'] : [])]) {
    if (ref !== undefined && !ids.has(String(ref))) errors.push(`${where}: reference ${String(ref)} is not in the bundle`);
  }
}

/** Returns the list of problems; empty when the bundle is valid. */
export function validateStixBundle(bundle: unknown): string[] {
  const errors: string[] = [];
  if (!isObj(bundle)) return ['the bundle is not a JSON object'];
  if (bundle['type'] !== 'bundle') errors.push('type must be "bundle"');
  if (!new RegExp(`^bundle--${UUID}$`).test(String(bundle['id']))) errors.push('bundle id is not bundle--<UUID>');
  const objects = bundle['objects'];
  if (!Array.isArray(objects)) return [...errors, 'objects must be a list'];
  const ids = new Set<string>();
  for (const o of objects) if (isObj(o) && typeof o['id'] === 'string') ids.add(o['id']);
  if (ids.size !== objects.length) errors.push('object ids are missing or not unique');
  objects.forEach((o, i) => (isObj(o) ? checkObject(o, i, ids, errors) : errors.push(`objects[${i}] is not an object`)));
  return errors;
}
