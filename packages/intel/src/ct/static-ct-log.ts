/**
 * c2sp.org/static-ct-api client. The log is a set of static files:
 *  - `<prefix>/checkpoint`: a signed note (c2sp.org/tlog-checkpoint): origin line, decimal tree
 *    size, base64 root hash, optional extension lines, a blank line, then signature lines;
 *  - `<prefix>/tile/data/<N>`: data tiles of 256 TileLeaf entries each; the last, partial tile
 *    of a tree is `<N>.p/<W>` with W = size mod 256 (c2sp.org/tlog-tiles);
 *  - N is written in 3-digit groups, all but the last prefixed with `x`: 1234067 → x001/x234/067.
 * Each TileLeaf carries a leaf_index extension, which is checked against the expected position.
 */
import { getBytes, DEFAULT_RETRY, type FetchLike, type RetryPolicy } from './http.ts';
import { parseDataTile } from './merkle-leaf.ts';
import { namesOfCertificate, namesOfTbs } from './cert-names.ts';
import type { CtNamesEntry, PollableLog } from './types.ts';

export const TILE_WIDTH = 256;

/** tlog-tiles path element of a tile index. */
export function encodeTileIndex(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`bad tile index ${n}`);
  const groups: string[] = [];
  let rest = n;
  do {
    groups.unshift(String(rest % 1000).padStart(3, '0'));
    rest = Math.floor(rest / 1000);
  } while (rest > 0);
  return groups.map((g, i) => (i < groups.length - 1 ? `x${g}` : g)).join('/');
}

/** Path of the data tile holding entry `tile*256`, partial when the tree ends inside it. */
export function dataTilePath(tile: number, treeSize: number): string {
  const full = (tile + 1) * TILE_WIDTH <= treeSize;
  const width = treeSize - tile * TILE_WIDTH;
  return `tile/data/${encodeTileIndex(tile)}${full ? '' : `.p/${width}`}`;
}

export interface Checkpoint {
  readonly origin: string;
  readonly treeSize: number;
  readonly rootHash: string;
}

/** Parses the note body of a checkpoint; signatures are not verified here (see the report). */
export function parseCheckpoint(text: string): Checkpoint {
  const lines = text.split('\n');
  const origin = lines[0] ?? '';
  const size = lines[1] ?? '';
  const root = lines[2] ?? '';
  if (origin.trim() === '' || !/^\d{1,16}$/.test(size)) throw new Error('checkpoint: bad origin or tree size');
  if (!/^[A-Za-z0-9+/]{43}=$/.test(root)) throw new Error('checkpoint: bad root hash');
  if (!lines.includes('')) throw new Error('checkpoint: no signature block');
  return { origin, treeSize: Number(size), rootHash: root };
}

export interface StaticCtOptions {
  readonly id: string;
  /** The monitoring prefix, e.g. https://log.example/2026h1 */
  readonly url: string;
  readonly fetch: FetchLike;
  readonly pauseMs?: number;
  readonly retry?: RetryPolicy;
  readonly onMalformed?: (index: number, error: string) => void;
}

/** A full data tile is ~256 × (cert 1.5–3 kB + precert) ≈ 1–2 MB; 8 MB is a hard cap. */
const MAX_TILE_BYTES = 8 * 1024 * 1024;

export function createStaticCtLog(o: StaticCtOptions): PollableLog {
  const base = o.url.replace(/\/+$/, '');
  const retry = o.retry ?? DEFAULT_RETRY;
  let knownSize = 0;
  return {
    id: o.id,
    async treeSize() {
      const { body } = await getBytes(o.fetch, `${base}/checkpoint`, 64 * 1024, retry);
      knownSize = parseCheckpoint(new TextDecoder().decode(body)).treeSize;
      return knownSize;
    },
    async *entries(start, end) {
      const size = Math.max(knownSize, end);
      for (let tile = Math.floor(start / TILE_WIDTH); tile * TILE_WIDTH < end; tile++) {
        if (tile > Math.floor(start / TILE_WIDTH) && (o.pauseMs ?? 0) > 0) await retry.sleep(o.pauseMs ?? 0);
        const { body } = await getBytes(o.fetch, `${base}/${dataTilePath(tile, size)}`, MAX_TILE_BYTES, retry);
        const leaves = parseDataTile(body);
        for (let i = 0; i < leaves.length; i++) {
          const index = tile * TILE_WIDTH + i;
          if (index < start || index >= end) continue;
          const leaf = leaves[i]!;
          let entry: CtNamesEntry | undefined;
          try {
            if (leaf.leafIndex !== undefined && leaf.leafIndex !== index) throw new Error(`leaf_index ${leaf.leafIndex} at position ${index}`);
            const names = leaf.entryType === 'x509' ? namesOfCertificate(leaf.der) : namesOfTbs(leaf.der);
            entry = { index, timestamp: leaf.timestamp, entryType: leaf.entryType, names: names.names };
          } catch (err) {
            o.onMalformed?.(index, String(err).slice(0, 200));
          }
          if (entry) yield entry;
        }
        if (leaves.length < Math.min(TILE_WIDTH, size - tile * TILE_WIDTH)) throw new Error(`tile ${tile} of ${o.id} is short`);
      }
    },
  };
}
