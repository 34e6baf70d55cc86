import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXPORT_FORMATS, renderExport, validateStixBundle, type ExportInput } from './index.ts';
import { buildStixBundle, TLP_MARKING_IDS } from './stix.ts';
import { buildMispEvent } from './misp.ts';
import { buildRpzZone, safeDomain } from './blocklists.ts';
import { csvCell } from './tabular.ts';
import { redactForExport } from './redact.ts';

const base = { firstSeen: '2026-01-08T10:00:00.000Z', lastSeen: '2026-01-09T11:30:00.000Z', sightings: 3 };
const INPUT: ExportInput = {
  producer: { name: 'GhostGuard test', url: 'https://ghostguard.example' },
  generatedAt: '2026-01-10T12:00:00.000Z',
  tlp: 'green',
  indicators: [
    { id: 'i1', type: 'domain', value: 'whatsapp-vote.top', status: 'confirmed', ...base, brand: 'whatsapp', attack: 'ghostpairing', sources: ['ct:argon', 'report:abc123'], ip: '203.0.113.5', campaignIds: ['c1'] },
    { id: 'i2', type: 'url', value: "https://ballet-contest.live/vote/final2", status: 'suspected', ...base, sources: ['feed:urlhaus'] },
    { id: 'i3', type: 'domain', value: 'legit.example', status: 'false-positive', ...base },
    { id: 'i4', type: 'domain', value: 'old.example', status: 'expired', ...base },
    { id: 'i5', type: 'domain', value: 'xn--whtsapp-4ya.com', status: 'suspected', ...base },
  ],
  campaigns: [{ id: 'c1', name: 'Vote for my niece wave', ...base, lures: ['Hi! Would you mind voting for my niece Aisha? https://whatsapp-vote.top/v?phone=+77011234567'], indicatorIds: ['i1'] }],
};

/** Hostile records: victims' numbers, codes, names, zone-file and CSV injection, junk. */
const HOSTILE: ExportInput = {
  ...INPUT,
  indicators: [
    { id: 'h1', type: 'url', value: 'https://kit.top/final2/+77011234567', status: 'confirmed', ...base },
    { id: 'h2', type: 'url', value: 'https://kit2.top/login?phone=77011234567&name=Aigerim', status: 'confirmed', ...base },
    { id: 'h3', type: 'domain', value: 'evil.top.\n@ IN NS attacker.example.', status: 'confirmed', ...base },
    { id: 'h4', type: 'domain', value: 'a;b.example', status: 'confirmed', ...base },
    { id: 'h5', type: 'domain', value: '=cmd|calc.example', status: 'confirmed', ...base, brand: '=HYPERLINK("x")' },
    { id: 'h6', type: 'url', value: "https://q.top/a'b\\c", status: 'confirmed', ...base, sources: ['report:Aigerim +77011234567'] },
    { id: 'h7', type: 'domain', value: 'whatsapp.com', status: 'confirmed', ...base },
    { id: 'h8', type: 'url', value: 'javascript:alert(1)', status: 'confirmed', ...base },
    { id: 'h9', type: 'url', value: 'https://mail.kit.top/u/aigerim.n@mail.kz', status: 'confirmed', ...base },
  ],
  campaigns: [{ id: 'c9', name: 'Wave of Aigerim Nurlanovna +7 701 123 45 67', ...base, lures: ['Привет, Айгерим! Твой код 4821-KQ7M, отправь его мне. Позвони +7 (701) 123-45-67, пиши на aigerim@mail.kz или @aigerim_n', 'Your code is 123-456, my name is Daniel Smith'], indicatorIds: ['h1'] }],
};

const PERSONAL = [/7011234567/, /701\D*123\D*45\D*67/, /aigerim/i, /айгерим/i, /nurlanovna/i, /4821/, /KQ7M/, /123-456/, /daniel/i, /smith/i, /@mail/];

test('STIX 2.1: the bundle validates; ids, TLP marking, patterns, relationships are right', () => {
  const b = buildStixBundle({ ...INPUT, kitFamilies: { c1: 'Winnerclose-style vote kit' } });
  assert.deepEqual(validateStixBundle(b), []);
  const types = b.objects.map((o) => o.type);
  for (const t of ['marking-definition', 'identity', 'indicator', 'domain-name', 'url', 'observed-data', 'campaign', 'relationship', 'intrusion-set']) assert.ok(types.includes(t), t);
  assert.equal(b.objects[0]?.id, TLP_MARKING_IDS.green);
  const ind = b.objects.filter((o) => o.type === 'indicator').map((o) => o.pattern);
  assert.deepEqual(ind, ["[domain-name:value = 'whatsapp-vote.top']", "[url:value = 'https://ballet-contest.live/vote/final2']", "[domain-name:value = 'xn--whtsapp-4ya.com']"]);
  const rels = b.objects.filter((o) => o.type === 'relationship').map((o) => o.relationship_type);
  assert.deepEqual([...new Set(rels)].sort(), ['attributed-to', 'based-on', 'indicates']);
  assert.equal(JSON.stringify(buildStixBundle(INPUT)), JSON.stringify(buildStixBundle(INPUT)), 'deterministic');
  const sco = b.objects.find((o) => o.type === 'domain-name');
  assert.match(String(sco?.id), /^domain-name--[0-9a-f-]{36}$/);
});

test('STIX validator catches what the spec forbids', () => {
  const good = buildStixBundle(INPUT);
  const mutate = (f: (o: Record<string, unknown>[]) => void) => {
    const b = JSON.parse(JSON.stringify(good)) as { objects: Record<string, unknown>[] };
    f(b.objects);
    return validateStixBundle(b);
  };
  const ind = (o: Record<string, unknown>[]) => o.find((x) => x.type === 'indicator')!;
  assert.match(mutate((o) => void (ind(o).pattern = "[domain-name:value = 'a'b']")).join(), /pattern/);
  assert.match(mutate((o) => void delete ind(o).valid_from).join(), /valid_from is required/);
  assert.match(mutate((o) => void (ind(o).id = 'indicator--not-a-uuid')).join(), /id must be/);
  assert.match(mutate((o) => void (ind(o).created = '2026-01-01 10:00:00')).join(), /RFC 3339/);
  assert.match(mutate((o) => void (ind(o).modified = '2020-01-01T00:00:00Z')).join(), /modified before created/);
  assert.match(mutate((o) => void (ind(o).object_marking_refs = ['marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9'])).join(), /marking ref/);
  assert.match(mutate((o) => void (ind(o).spec_version = '2.0')).join(), /spec_version/);
  assert.match(mutate((o) => void ((o.find((x) => x.type === 'observed-data')!).number_observed = 0)).join(), /number_observed/);
  assert.match(mutate((o) => void ((o.find((x) => x.type === 'relationship')!).relationship_type = 'owns')).join(), /not a spec relationship/);
  assert.deepEqual(validateStixBundle(null), ['bundle is not an object']);
  assert.match(validateStixBundle({ type: 'bundle', id: 'bundle--x', objects: 'no' }).join(), /objects must be a list/);
});

test('MISP event: url, domain-ip, phishing and instant-message objects with template uuids', () => {
  const ev = buildMispEvent(INPUT).Event;
  const names = ev.Object.map((o) => o.name);
  assert.deepEqual([...new Set(names)].sort(), ['domain-ip', 'instant-message', 'phishing', 'url']);
  const dip = ev.Object.find((o) => o.name === 'domain-ip');
  assert.equal(dip?.template_uuid, '43b3b146-77eb-4931-b4cc-b66c60f28734');
  assert.deepEqual(dip?.Attribute.map((a) => a.object_relation), ['domain', 'ip', 'first-seen', 'last-seen']);
  assert.equal(ev.Object.find((o) => o.name === 'url')?.template_uuid, '60efb77b-40b5-4c46-871b-ed1ed999fce5');
  assert.equal(ev.Object.find((o) => o.name === 'phishing')?.template_uuid, '2dad6f9d-d425-4217-8fda-0b0a2d815307');
  const im = ev.Object.find((o) => o.name === 'instant-message');
  assert.equal(im?.template_uuid, '5fa51a24-f40f-4696-a77e-d31e26bab5fc');
  assert.equal(im?.['meta-category'], 'misc');
  assert.deepEqual(im?.Attribute.map((a) => a.object_relation), ['body', 'app-used']);
  assert.doesNotMatch(JSON.stringify(ev), /7011234567|Aisha|phone=/);
  assert.ok(ev.Tag.some((t) => t.name === 'tlp:green'));
  assert.match(ev.uuid, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});

test('never export victims\' phone numbers, names, codes or identifying texts (hostile records)', () => {
  for (const f of EXPORT_FORMATS) {
    const out = renderExport(f, HOSTILE);
    for (const p of PERSONAL) assert.doesNotMatch(out, p, `${f} leaks ${p}`);
    assert.doesNotMatch(out, /attacker\.example|javascript:/, `${f} injection`);
  }
  assert.equal(redactForExport('Привет, Айгерим! Позвони +7 (701) 123-45-67'), 'Привет, [name]! Позвони [phone]');
  assert.equal(redactForExport('Vote for Anna on WhatsApp now'), 'Vote for [name] on WhatsApp now');
  assert.equal(redactForExport(''), '');
  assert.ok(redactForExport('x'.repeat(100_000)).length <= 500);
});

test('RPZ zone: SOA, NS, policy records relative to the origin, serial increases; named-checkzone accepts it', (t) => {
  const zone = buildRpzZone(INPUT, { origin: 'rpz.ghostguard.example' });
  assert.match(zone, /^\$ORIGIN rpz\.ghostguard\.example\.$/m);
  assert.match(zone, /^@ IN SOA localhost\. hostmaster\.rpz\.ghostguard\.example\. \( \d+ 3600 600 86400 300 \)$/m);
  assert.match(zone, /^whatsapp-vote\.top CNAME \.$/m);
  assert.match(zone, /^\*\.whatsapp-vote\.top CNAME \.$/m);
  assert.doesNotMatch(zone, /ballet-contest|legit\.example|old\.example/, 'URL, false-positive and expired indicators are not blocked');
  const serial = (z: string) => Number(/SOA \S+ \S+ \( (\d+)/.exec(z)?.[1]);
  assert.ok(serial(buildRpzZone({ ...INPUT, generatedAt: '2026-01-10T12:05:00Z' })) > serial(zone));
  assert.match(safeDomain('wаtsapp.com') ?? '', /^xn--[a-z0-9-]+\.com$/);
  assert.equal(safeDomain('a;b.com'), undefined);
  assert.equal(safeDomain(`${'a'.repeat(64)}.com`), undefined);
  const bin = spawnSync('named-checkzone', ['-v']);
  if (bin.error) {
    if (process.env.CI) assert.fail('named-checkzone is missing in CI (scripts/setup.sh installs bind9-utils)');
    t.skip('named-checkzone not installed (apt-get install bind9-utils)');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'gg-rpz-'));
  try {
    for (const [name, input] of [['normal', INPUT], ['hostile', HOSTILE], ['empty', { ...INPUT, indicators: [], campaigns: [] }]] as const) {
      const file = join(dir, `${name}.zone`);
      writeFileSync(file, buildRpzZone(input, { origin: 'rpz.ghostguard.example' }));
      const r = spawnSync('named-checkzone', ['-i', 'local', 'rpz.ghostguard.example', file], { encoding: 'utf8' });
      assert.equal(r.status, 0, `${name}: ${r.stdout}${r.stderr}`);
      assert.match(r.stdout, /OK/);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('hosts, filter list, CSV (RFC 4180 + formula-safe), JSON; empty input gives valid empty files', () => {
  const hosts = renderExport('hosts', INPUT);
  assert.deepEqual(hosts.split('\n').filter((l) => l && !l.startsWith('#')), ['0.0.0.0 whatsapp-vote.top', '0.0.0.0 xn--whtsapp-4ya.com']);
  const filters = renderExport('filters', INPUT);
  assert.match(filters, /^! Title: .+$/m);
  assert.match(filters, /^! Expires: 6 hours$/m);
  assert.match(filters, /^! Last modified: 2026-01-10T12:00:00.000Z$/m);
  assert.match(filters, /^\|\|whatsapp-vote\.top\^$/m);
  assert.equal(csvCell('=1+2'), "'=1+2");
  assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(csvCell('-2'), "'-2");
  assert.equal(csvCell('a,"b"\nc'), '"a,""b""\nc"');
  const csv = renderExport('csv', HOSTILE);
  assert.ok(csv.endsWith('\r\n'));
  for (const line of csv.split('\r\n').slice(1)) assert.doesNotMatch(line, /(^|,)"?[=+\-@]/, line);
  const json = JSON.parse(renderExport('json', INPUT)) as { indicators: unknown[] };
  assert.equal(json.indicators.length, 3);
  const empty = { ...INPUT, indicators: [], campaigns: [] };
  for (const f of EXPORT_FORMATS) assert.ok(renderExport(f, empty).length > 0, f);
  assert.deepEqual(validateStixBundle(JSON.parse(renderExport('stix', empty))), []);
  assert.equal(renderExport('csv', empty), 'type,value,status,first_seen,last_seen,sightings,brand,attack,sources,campaigns\r\n');
});
