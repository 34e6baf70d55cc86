/**
 * RFC 6962 §4 client: get-sth for the tree size, get-entries in polite batches. Logs may return
 * fewer entries than asked (most cap a response at 256–1024), so the client continues from what
 * it got. Names are extracted per entry and the DER is dropped at once (memory bound).
 */
import { getJson, DEFAULT_RETRY, type FetchLike, type RetryPolicy } from './http.ts';
import { parseMerkleTreeLeaf } from './merkle-leaf.ts';
import { namesOfCertificate, namesOfTbs } from './cert-names.ts';
import type { CtNamesEntry, PollableLog } from './types.ts';

export interface Rfc6962Options {
  readonly id: string;
  /** Log base URL, e.g. https://ct.example/2026h1 (without /ct/v1). */
  readonly url: string;
  readonly fetch: FetchLike;
  /** Entries asked per get-entries request (Chrome's CT policy logs serve ≥ 256). */
  readonly batchSize?: number;
  /** Pause between two requests to the same log (politeness). */
  readonly pauseMs?: number;
  readonly retry?: RetryPolicy;
  readonly onMalformed?: (index: number, error: string) => void;
}

/** A get-entries response of 1024 entries of ~3 kB base64 each is ~4 MB; 32 MB is a hard cap. */
const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

function b64(s: unknown): Uint8Array {
  if (typeof s !== 'string') throw new Error('leaf_input is not a string');
  return new Uint8Array(Buffer.from(s, 'base64'));
}

export function namesOfLeaf(leaf: Uint8Array): Omit<CtNamesEntry, 'index'> {
  const e = parseMerkleTreeLeaf(leaf);
  const names = e.entryType === 'x509' ? namesOfCertificate(e.der) : namesOfTbs(e.der);
  return { timestamp: e.timestamp, entryType: e.entryType, names: names.names };
}

export function createRfc6962Log(o: Rfc6962Options): PollableLog {
  const base = o.url.replace(/\/+$/, '');
  const batch = Math.max(1, Math.min(o.batchSize ?? 256, 1024));
  const retry = o.retry ?? DEFAULT_RETRY;
  let first = true;
  const polite = async () => {
    if (!first && (o.pauseMs ?? 0) > 0) await retry.sleep(o.pauseMs ?? 0);
    first = false;
  };
  return {
    id: o.id,
    async treeSize() {
      await polite();
      const sth = (await getJson(o.fetch, `${base}/ct/v1/get-sth`, 64 * 1024, retry)) as { tree_size?: unknown };
      const n = sth.tree_size;
      if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) throw new Error(`get-sth: bad tree_size from ${o.id}`);
      return n;
    },
    async *entries(start, end) {
      let next = start;
      while (next < end) {
        await polite();
        const last = Math.min(end, next + batch) - 1;
        const body = (await getJson(o.fetch, `${base}/ct/v1/get-entries?start=${next}&end=${last}`, MAX_RESPONSE_BYTES, retry)) as { entries?: unknown };
        const list = Array.isArray(body.entries) ? (body.entries as { leaf_input?: unknown }[]) : [];
        if (list.length === 0) throw new Error(`get-entries returned no entries at ${next} from ${o.id}`);
        for (const item of list.slice(0, last - next + 1)) {
          const index = next++;
          let entry: CtNamesEntry | undefined;
          try {
            entry = { index, ...namesOfLeaf(b64(item.leaf_input)) };
          } catch (err) {
            o.onMalformed?.(index, String(err).slice(0, 200));
          }
          if (entry) yield entry;
        }
      }
    },
  };
}
