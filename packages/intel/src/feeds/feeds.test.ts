import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { parseCsv } from './csv.ts';
import { parseFeedText, parsePhishTankCsv, parseUrlhausCsv } from './parsers.ts';
import { parseMispEvent, parseMispManifest } from './misp-feed.ts';
import { importDueFeeds, importFeed, memoryFeedStatsStore, recordFeedOutcome, reputation, type FeedSighting, type FeedSource } from './feed-importer.ts';
import { normaliseUrl } from './normalise.ts';

const URLHAUS = `################################################################
# abuse.ch URLhaus Database Dump (CSV - recent URLs only)      #
# Last updated: 2026-01-10 12:00:00 (UTC)                      #
#                                                              #
# Terms Of Use: https://urlhaus.abuse.ch/api/                  #
################################################################
#
# id,dateadded,url,url_status,last_online,threat,tags,urlhaus_link,reporter
"3340712","2026-01-10 11:34:07","http://whatsapp-vote-contest.top/final2/?phone=77011234567","online","2026-01-10 11:34:07","malware_download","32-bit,elf","https://urlhaus.abuse.ch/url/3340712/","reporter1"
"3340711","2026-01-10 11:30:00","https://photo-album-view.live/login/code2","offline","","malware_download","None","https://urlhaus.abuse.ch/url/3340711/","reporter2"
"3340710","broken
`;
const PHISHTANK_CSV = 'phish_id,url,phish_detail_url,submission_time,verified,verification_time,online,target\n' +
  '9000001,https://facebook-photo-viewer.xyz/view?id=1,http://www.phishtank.com/phish_detail.php?phish_id=9000001,2026-01-09T10:00:00+00:00,yes,2026-01-09T10:05:00+00:00,yes,Facebook\n' +
  '9000002,"https://wa-verify.top/a,b",http://www.phishtank.com/phish_detail.php?phish_id=9000002,2026-01-09T11:00:00+00:00,yes,2026-01-09T11:05:00+00:00,yes,Other\n' +
  '9000003,javascript:alert(1),x,2026-01-09T11:00:00+00:00,yes,x,yes,Other\n';
const PHISHTANK_JSON = JSON.stringify([
  { phish_id: 9000001, url: 'https://facebook-photo-viewer.xyz/view?id=1', phish_detail_url: 'http://www.phishtank.com/phish_detail.php?phish_id=9000001', submission_time: '2026-01-09T10:00:00+00:00', verified: 'yes', verification_time: '2026-01-09T10:05:00+00:00', online: 'yes', details: [{ ip_address: '203.0.113.5', cidr_block: '203.0.113.0/24', announcing_network: '64500', rir: 'ripencc', country: 'NL', detail_time: '2026-01-09T10:05:00+00:00' }], target: 'Facebook' },
  { phish_id: 9000004, url: 'https://unverified.example/x', verified: 'no', target: 'Other' },
]);
const EVENT_UUID = '5f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const MISP_EVENT = JSON.stringify({
  Event: {
    uuid: EVENT_UUID, info: 'GhostPairing vote kit wave', date: '2026-01-08', timestamp: '1767916800', threat_level_id: '2', analysis: '1',
    Orgc: { name: 'CERT-Example', uuid: '55f6ea5e-2c60-40e5-964f-47a8950d210f' },
    Attribute: [
      { type: 'domain', category: 'Network activity', value: 'vote-for-my-niece.world', to_ids: true, uuid: '11111111-1111-4111-8111-111111111111', timestamp: '1767916800' },
      { type: 'ip-dst', category: 'Network activity', value: '203.0.113.9', to_ids: true },
      { type: 'domain|ip', category: 'Network activity', value: 'ballet-contest.live|203.0.113.10' },
      { type: 'url', value: 'not a url' },
    ],
    Object: [{ name: 'url', meta_category: 'network', template_uuid: '60efb77b-40b5-4c46-871b-ed1ed999fce5', Attribute: [{ type: 'url', object_relation: 'url', value: 'https://vote-for-my-niece.world/vote' }] }],
  },
});

test('CSV: RFC 4180 quoting, CRLF, embedded newlines; an unclosed quote is malformed, not fatal', () => {
  const r = parseCsv('a,"b,c","d ""q"""\r\n"multi\nline",2\n\n"unclosed,3\nnext,4\n');
  assert.deepEqual(r.records.map((x) => x.fields), [['a', 'b,c', 'd "q"'], ['multi\nline', '2'], ['next', '4']]);
  assert.equal(r.malformed, 1);
  assert.equal(parseCsv('"' + 'x'.repeat(100_000)).malformed, 1);
  assert.deepEqual(parseCsv('').records, []);
});

test('published formats parse; query strings (victim data) are dropped', () => {
  const uh = parseUrlhausCsv(URLHAUS);
  assert.deepEqual(uh.indicators.map((i) => i.value), ['http://whatsapp-vote-contest.top/final2/', 'https://photo-album-view.live/login/code2']);
  assert.equal(uh.indicators[0]?.reportedAt, '2026-01-10T11:34:07.000Z');
  assert.equal(uh.malformed, 1);
  const ptc = parsePhishTankCsv(PHISHTANK_CSV);
  assert.deepEqual(ptc.indicators.map((i) => [i.value, i.target]), [['https://facebook-photo-viewer.xyz/view', 'Facebook'], ['https://wa-verify.top/a,b', 'Other']]);
  assert.equal(ptc.malformed, 1);
  const ptj = parseFeedText('phishtank-json', PHISHTANK_JSON);
  assert.deepEqual(ptj.indicators.map((i) => i.value), ['https://facebook-photo-viewer.xyz/view']);
  assert.equal(ptj.malformed, 1, 'unverified entry');
  const op = parseFeedText('openphish', 'https://a-phish.example/login\nnot a url\n\nhttp://b.example/x#frag\n');
  assert.deepEqual(op.indicators.map((i) => i.value), ['https://a-phish.example/login', 'http://b.example/x']);
  const plain = parseFeedText('plain', '# list\nevil.example\n0.0.0.0 bad.example\nhttps://c.example/p\n-nope-\n');
  assert.deepEqual(plain.indicators.map((i) => `${i.type}:${i.value}`), ['domain:evil.example', 'domain:bad.example', 'url:https://c.example/p']);
  assert.equal(plain.malformed, 1);
  const ev = parseMispEvent(MISP_EVENT);
  assert.deepEqual(ev.indicators.map((i) => `${i.type}:${i.value}`), ['domain:vote-for-my-niece.world', 'domain:ballet-contest.live', 'url:https://vote-for-my-niece.world/vote']);
  assert.equal(ev.malformed, 1);
});

test('bad input: binary, empty, wrong JSON shapes, hostile URLs', () => {
  const bin = String.fromCharCode(...Array.from({ length: 3000 }, (_, i) => (i * 31) % 256));
  for (const f of ['plain', 'openphish', 'phishtank-json', 'phishtank-csv', 'urlhaus-csv'] as const) {
    const r = parseFeedText(f, bin);
    assert.equal(r.indicators.length, 0, f);
    assert.deepEqual(parseFeedText(f, '').indicators, []);
  }
  assert.equal(parseFeedText('phishtank-json', '{"a":1}').malformed, 1);
  assert.equal(parseMispManifest('[]').malformed, 1);
  assert.equal(parseMispManifest('{"not-a-uuid":{"timestamp":1}}').malformed, 1);
  assert.equal(parseMispEvent('{"Event":null}').malformed, 1);
  for (const u of ['javascript:alert(1)', 'file:///etc/passwd', 'http://user:pw@x.example/', 'http://a b.example/', 'x'.repeat(5000)]) assert.equal(normaliseUrl(u), undefined, u);
});

test('scheduled imports from a local server: stats, duplicates, 304, failures, MISP cursor, reputation', async () => {
  let failUrlhaus = false;
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    if (req.url === '/urlhaus.csv') {
      if (failUrlhaus) return void res.writeHead(404).end();
      if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
      return void res.writeHead(200, { etag: '"v1"' }).end(URLHAUS);
    }
    if (req.url === '/pt.json') return void res.end(PHISHTANK_JSON);
    if (req.url === '/misp/manifest.json') return void res.end(JSON.stringify({ [EVENT_UUID]: { info: 'wave', timestamp: 1767916800, Orgc: { name: 'CERT-Example' } } }));
    if (req.url === `/misp/${EVENT_UUID}.json`) return void res.end(MISP_EVENT);
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  try {
    const sources: FeedSource[] = [
      { id: 'urlhaus', url: `${base}/urlhaus.csv`, format: 'urlhaus-csv', intervalMs: 60_000 },
      { id: 'phishtank', url: `${base}/pt.json`, format: 'phishtank-json', intervalMs: 600_000, prior: 0.9 },
      { id: 'misp', url: `${base}/misp/manifest.json`, format: 'misp', intervalMs: 60_000 },
    ];
    const known = new Set<string>();
    const sightings: FeedSighting[] = [];
    const sink = { sight: async (s: FeedSighting) => (sightings.push(s), known.has(s.value) ? 'duplicate' as const : (known.add(s.value), 'new' as const)) };
    const stats = memoryFeedStatsStore();
    let now = Date.parse('2026-01-10T12:00:00Z');
    const deps = { fetch: (u: string, i?: { signal?: AbortSignal; headers?: Record<string, string> }) => fetch(u, i), stats, sink, now: () => now, retry: { attempts: 1, baseMs: 1, maxMs: 1, timeoutMs: 5000, sleep: async () => {}, random: () => 0 } };
    const first = await importDueFeeds(sources, deps);
    assert.deepEqual(first.map((s) => [s.sourceId, s.fetched, s.new, s.malformed]), [['urlhaus', 2, 2, 1], ['phishtank', 1, 1, 1], ['misp', 3, 3, 1]]);
    assert.equal(sightings.find((s) => s.source === 'phishtank')?.reputation, 0.9);
    now += 120_000;
    const second = await importDueFeeds(sources, deps);
    assert.deepEqual(second.map((s) => s.sourceId), ['urlhaus', 'misp'], 'phishtank not due yet');
    assert.equal(second[0]?.imports, 2);
    assert.equal(second[0]?.totalNew, 2, '304: nothing new');
    assert.equal(hits.filter((h) => h.endsWith('.json') && h.includes(EVENT_UUID)).length, 1, 'MISP event fetched once');
    failUrlhaus = true;
    now += 120_000;
    const third = await importFeed(sources[0]!, deps);
    assert.equal(third.failures, 1);
    assert.match(third.lastError ?? '', /404/);
    assert.ok(third.lastSuccessAt && third.lastFailureAt && third.lastFailureAt > third.lastSuccessAt);
    for (let i = 0; i < 30; i++) await recordFeedOutcome(stats, sources[0]!, 'false-positive');
    assert.ok(Math.abs(((await stats.get('urlhaus'))?.reputation ?? 1) - 0.175) < 1e-9);
    assert.equal(reputation(0.5, 0, 0), 0.5);
  } finally {
    server.close();
  }
});
