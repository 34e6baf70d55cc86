import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brandById } from '../packages/core/src/rules/brands.ts';

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

/**
 * Where a saved page really lives: its canonical or og:url when it declares one, else its
 * brand's own site (the login captures are of the brands' real pages), else a neutral host.
 */
function originOf(html: string, brand: string, id: string): string {
  const head = html.slice(0, 200_000);
  const canonical = head.match(/<link[^>]+rel=["']?canonical["']?[^>]*href=["']([^"']+)["']/i)?.[1]
    ?? head.match(/<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']/i)?.[1];
  if (canonical && /^https?:\/\//i.test(canonical)) return canonical;
  const official = brand ? brandById(brand)?.officialDomains[0] : undefined;
  if (official) return `https://${official}/`;
  return `https://${id.replace(/[^a-z0-9]+/gi, '-').toLowerCase().slice(0, 50)}.example/`;
}

/** The 142 real benign pages, each placed at its real origin (see originOf). */
export function sharedBenignPages(): PageItem[] {
  const dir = join(SHARED, 'pages-benign');
  const manifest = readJsonl<SharedPageManifest>(join(dir, 'manifest.jsonl'));
  const out: PageItem[] = [];
  for (const m of manifest) {
    const file = join(dir, m.id, m.entry);
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    out.push({
      id: m.id,
      html,
      url: originOf(html, m.brand, m.id),
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

/**
 * Own corpora are split in two by position: the **dev** half (even lines) may be read by
 * rule authors to learn where rules fail; the **test** half (odd lines) is never shown to
 * them and is what the targets are judged on, so the figures stay honest.
 */
export function halves<T>(items: readonly T[]): { dev: T[]; test: T[] } {
  return { dev: items.filter((_, i) => i % 2 === 0), test: items.filter((_, i) => i % 2 === 1) };
}
