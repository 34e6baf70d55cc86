/**
 * CT intake: (1) MerkleTreeLeaf parsing + SAN/CN extraction (leaves/s), (2) domain-only scoring of
 * CT names with the core (names/s, the issue's ≥ 50,000/s target), both on one core; (3) a burst
 * of 10,000 real-format entries served by a local RFC 6962 log, polled through the monitor with
 * dedup and scoring, with the process's peak RSS. Entries are distinct certificates: a signed
 * template per name length whose placeholder name is patched (signatures are not verified by a
 * monitor, so the bytes are real-format DER).
 */
import { makeCert, leafOf } from '../../packages/intel/src/testing/certs.ts';
import { startFakeRfc6962Log } from '../../packages/intel/src/testing/fake-ct-logs.ts';
import { namesOfLeaf } from '../../packages/intel/src/ct/rfc6962-log.ts';
import { createRfc6962Log, memoryCursorStore, NameIntake, pollLogs, scoreWithCore } from '../../packages/intel/src/index.ts';
import type { TestCert } from '../../packages/intel/src/testing/certs.ts';
import { benchDomains } from '../corpus.ts';
import { measure, report } from '../harness.ts';

const templates = new Map<number, TestCert>();

async function certFor(name: string, precert: boolean): Promise<TestCert> {
  const key = name.length * 2 + (precert ? 1 : 0);
  let t = templates.get(key);
  if (!t) {
    t = await makeCert(['z'.repeat(name.length)], { precert });
    templates.set(key, t);
  }
  const placeholder = Buffer.from('z'.repeat(name.length));
  const der = Buffer.from(t.entry.der);
  for (let at = der.indexOf(placeholder); at >= 0; at = der.indexOf(placeholder, at + 1)) der.write(name, at, 'latin1');
  return { der: t.der, entry: { ...t.entry, der: new Uint8Array(der) } };
}

const names = benchDomains();
const leaves: Uint8Array[] = [];
for (let i = 0; i < 2000; i++) leaves.push(leafOf(await certFor(names[i]!, i % 2 === 0)));
const parse = measure('intel: CT leaf parse + names', 'leaves/s', leaves, (l) => namesOfLeaf(l).names.length > 0, 1500);
const score = measure('intel: CT names scored (core domain-only)', 'names/s', names, (n) => scoreWithCore(n).score >= 70, 2000);

const log = await startFakeRfc6962Log(256);
for (let i = 0; i < 10_000; i++) log.append(await certFor(names[(i * 7) % names.length]!, i % 3 === 0));
const rssBefore = Math.round(process.memoryUsage().rss / 1048576);
let candidates = 0;
const intake = new NameIntake({ sink: { submit: () => void candidates++ }, scansPerMinute: 1e9, burst: 1e9 });
const t0 = performance.now();
const res = await pollLogs({
  logs: [createRfc6962Log({ id: 'bench', url: log.url, fetch: (u, i) => fetch(u, i), batchSize: 256 })],
  cursors: memoryCursorStore(), intake, startAt: 'start', maxEntriesPerPoll: 10_000,
});
const burstSec = (performance.now() - t0) / 1000;
await log.close();
if (res[0]?.to !== 10_000 || res[0]?.error) throw new Error(`burst incomplete: ${JSON.stringify(res[0])}`);

report({
  ...score,
  maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  extra: {
    leafParsePerSec: parse.opsPerSec,
    burstEntries: 10_000,
    burstSeconds: Math.round(burstSec * 100) / 100,
    burstEntriesPerSec: Math.round(10_000 / burstSec),
    burstNamesScored: intake.stats.scored,
    burstCandidates: candidates,
    rssBeforeBurstMB: rssBefore,
  },
});
