/** What the intake sees of a CT entry: its position, time, kind and the host names it names. */
export interface CtNamesEntry {
  readonly index: number;
  readonly timestamp: number;
  readonly entryType: 'x509' | 'precert';
  readonly names: readonly string[];
}

/** A log that can be read from a cursor: RFC 6962 or static-ct-api. */
export interface PollableLog {
  readonly id: string;
  treeSize(): Promise<number>;
  /**
   * Entries [start, end) in order, streamed (at most one batch or tile in memory). Entries that
   * fail to parse are skipped and reported through `onMalformed`; the index still advances.
   */
  entries(start: number, end: number): AsyncIterable<CtNamesEntry>;
}

/** Persisted position of each log: the index of the next entry to read. */
export interface CursorStore {
  get(logId: string): Promise<number | undefined>;
  set(logId: string, nextIndex: number): Promise<void>;
}

export function memoryCursorStore(initial: Record<string, number> = {}): CursorStore & { snapshot(): Record<string, number> } {
  const m = new Map(Object.entries(initial));
  return {
    get: async (id) => m.get(id),
    set: async (id, n) => {
      m.set(id, n);
    },
    snapshot: () => Object.fromEntries(m),
  };
}

export type CtLogType = 'rfc6962' | 'static' | 'certstream';

export interface CtLogConfig {
  readonly url: string;
  readonly type: CtLogType;
  /** Defaults to the URL without scheme. */
  readonly id?: string;
}
