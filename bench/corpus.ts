/**
 * The pinned benchmark corpus: built deterministically (seeded PRNG, fixed sizes) from
 * ../shared/data and eval/corpora, so every run measures the same inputs.
 */
import { join } from 'node:path';
import { OWN, SHARED, readHosts, readJsonl, type TextItem } from '../eval/corpora.ts';

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sample<T>(items: readonly T[], n: number, seed: number): T[] {
  if (items.length === 0) throw new Error('bench corpus: source data missing (is ../shared/data there?)');
  const r = prng(seed);
  return Array.from({ length: n }, () => items[Math.floor(r() * items.length)]!);
}

/** 20,000 messages: ordinary chat/SMS in en/ru/kk with ~3% lures mixed in, as in real traffic. */
export function benchMessages(): string[] {
  const ham = [
    ...readJsonl<TextItem>(join(SHARED, 'messages-dev.jsonl')),
    ...readJsonl<TextItem>(join(SHARED, 'messages-ru-kk-dev.jsonl')),
  ].map((m) => m.text);
  const lures = [...readJsonl<TextItem>(join(SHARED, 'lures-dev.jsonl')), ...readJsonl<TextItem>(join(OWN, 'lures-project.jsonl'))].map((m) => m.text);
  const r = prng(7);
  return sample(ham, 20_000, 1).map((t) => (r() < 0.03 ? sample(lures, 1, Math.floor(r() * 1e9))[0]! : t));
}

const PATHS = ['/', '/login', '/photo/view?id=83921', '/vote/final2', '/news/2026/11/article-title', '/a/b/c.html', '/?utm_source=wa'];

/** 20,000 URLs: popular hosts with paths, real phishing hosts and lookalikes (about 1 in 5). */
export function benchUrls(): string[] {
  const benign = readHosts(join(SHARED, 'domains', 'benign-top100k-2016.txt')).map((d) => d.host);
  const bad = [
    ...readHosts(join(SHARED, 'domains', 'phish-phishtank-hosts-dev.txt')),
    ...readHosts(join(OWN, 'lookalike-domains-project.txt')),
  ].map((d) => d.host);
  const r = prng(3);
  return Array.from({ length: 20_000 }, (_, i) => {
    const host = r() < 0.2 ? sample(bad, 1, i + 11)[0]! : sample(benign, 1, i + 17)[0]!;
    const path = PATHS[Math.floor(r() * PATHS.length)]!;
    return `https://${r() < 0.3 ? 'www.' : ''}${host}${path}`;
  });
}

/** 50,000 hostnames as a CT stream would give them. */
export function benchDomains(): string[] {
  const benign = readHosts(join(SHARED, 'domains', 'benign-top100k-2016.txt')).map((d) => d.host);
  const bad = readHosts(join(SHARED, 'domains', 'phish-streamingphish-fqdns-dev.txt')).map((d) => d.host);
  const r = prng(5);
  return Array.from({ length: 50_000 }, (_, i) => (r() < 0.1 ? sample(bad, 1, i)[0]! : sample(benign, 1, i + 1)[0]!));
}
