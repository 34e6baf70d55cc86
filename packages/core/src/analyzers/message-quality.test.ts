/**
 * Regression over the development data (/work/shared/data, see its README): lure recall and
 * the flag rate on ordinary chat. Targets: recall ≥ 95 %, ham flagged ≤ 0.5 %. Smishing and
 * generic spam recall are reported, not targeted (not GhostGuard's threat model).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { analyzeMessage } from '../analyze.ts';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
const DATA = join(REPO, '..', 'shared', 'data');

interface Row {
  readonly text: string;
  readonly label: string;
  readonly kind: string;
}

function rows(file: string): Row[] {
  return readFileSync(join(DATA, file), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Row);
}

const flagged = (t: string): boolean => {
  const l = analyzeMessage(t).level;
  return l === 'suspicious' || l === 'dangerous';
};

const present = existsSync(join(DATA, 'lures-dev.jsonl'));
if (!present && process.env['CI']) throw new Error(`development data missing at ${DATA}`);
if (!present) console.log(`# message-quality: skipped, no data at ${DATA}`);

test('lure recall ≥ 95 % on lures-dev.jsonl', { skip: !present }, () => {
  const lures = rows('lures-dev.jsonl');
  const missed = lures.filter((r) => !flagged(r.text));
  const recall = 1 - missed.length / lures.length;
  console.log(`# lure recall ${(recall * 100).toFixed(1)} % (${lures.length - missed.length}/${lures.length})`);
  assert.ok(recall >= 0.95, `missed: ${missed.map((r) => r.text).join(' | ')}`);
});

function flagRate(list: readonly Row[]): { rate: number; examples: string[] } {
  const hits = list.filter((r) => flagged(r.text));
  return { rate: hits.length / Math.max(1, list.length), examples: hits.slice(0, 5).map((r) => r.text.slice(0, 120)) };
}

test('ordinary chat and SMS flagged ≤ 0.5 % (messages-dev.jsonl ham)', { skip: !present }, () => {
  const all = rows('messages-dev.jsonl');
  const ham = all.filter((r) => r.label === 'ham' && (r.kind === 'chat' || r.kind === 'sms'));
  const { rate, examples } = flagRate(ham);
  console.log(`# messages-dev ham flagged ${(rate * 100).toFixed(2)} % of ${ham.length}`);
  for (const kind of ['smishing', 'spam']) {
    const scam = all.filter((r) => r.label === 'scam' && r.kind === kind);
    console.log(`# ${kind} recall (reported, not a target) ${(flagRate(scam).rate * 100).toFixed(1)} % of ${scam.length}`);
  }
  assert.ok(rate <= 0.005, examples.join(' | '));
});

test('Russian and Kazakh benign texts flagged ≤ 0.5 % (messages-ru-kk-dev.jsonl)', { skip: !present }, () => {
  const ham = rows('messages-ru-kk-dev.jsonl').filter((r) => r.label === 'ham');
  const { rate, examples } = flagRate(ham);
  console.log(`# ru-kk ham flagged ${(rate * 100).toFixed(2)} % of ${ham.length}`);
  assert.ok(rate <= 0.005, examples.join(' | '));
});
