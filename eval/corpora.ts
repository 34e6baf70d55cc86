import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** ../shared/data beside the repository (read-only, real data with sources). */
export const SHARED = new URL('../../shared/data/', import.meta.url).pathname;
/** Project-written, held-out corpora (eval/corpora/README.md says how they were written). */
export const OWN = new URL('./corpora/', import.meta.url).pathname;

export interface TextItem {
  readonly text: string;
  readonly label: 'scam' | 'ham';
  readonly kind: string;
  readonly lang: string;
  readonly source: string;
}

export interface DomainItem {
  readonly host: string;
  readonly brand?: string;
}

export function readJsonl<T>(path: string): T[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

/** One host per line; `# comments`; an optional tab-separated second column (brand or note). */
export function readHosts(path: string): DomainItem[] {
  if (!existsSync(path)) return [];
  const out: DomainItem[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const t = line.trim();
    if (t === '' || t.startsWith('#')) continue;
    const [host, second] = t.split('\t');
    if (host) out.push(second ? { host: host.trim(), brand: second.trim() } : { host: host.trim() });
  }
  return out;
}

export interface PageItem {
  readonly id: string;
  readonly html: string;
  readonly url: string;
  readonly label: 'phish' | 'benign';
  readonly flow: string;
  readonly brand: string;
  readonly lang: string;
  readonly source: string;
}

interface SharedPageManifest { id: string; entry: string; category: string; brand: string; title: string }

/** The 142 real benign pages: the manifest gives no URL, so each is placed on its own domain. */
export function sharedBenignPages(): PageItem[] {
  const dir = join(SHARED, 'pages-benign');
  const manifest = readJsonl<SharedPageManifest>(join(dir, 'manifest.jsonl'));
  const out: PageItem[] = [];
  for (const m of manifest) {
    const file = join(dir, m.id, m.entry);
    if (!existsSync(file)) continue;
    out.push({
      id: m.id,
      html: readFileSync(file, 'utf8'),
      // Unknown origin: use a neutral domain, so brand-claim rules see "not the brand's domain"
      // (the harder case: a real login page judged as if it were served elsewhere).
      url: `https://${m.id.replace(/[^a-z0-9]+/gi, '-').toLowerCase().slice(0, 50)}.example/`,
      label: 'benign',
      flow: 'none',
      brand: m.brand,
      lang: 'und',
      source: `shared/pages-benign (${m.category})`,
    });
  }
  return out;
}

interface OwnPageManifest { id: string; file: string; url: string; label: 'phish' | 'benign'; flow: string; brand: string; lang: string }

export function ownPages(): PageItem[] {
  const dir = join(OWN, 'pages');
  const manifest = readJsonl<OwnPageManifest>(join(dir, 'manifest.jsonl'));
  return manifest
    .filter((m) => existsSync(join(dir, m.file)))
    .map((m) => ({ ...m, html: readFileSync(join(dir, m.file), 'utf8'), source: 'eval/corpora/pages' }));
}

export function listFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir) : [];
}
