import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BufferFullError, isTransientStorageError, WriteBuffer, type WriteBufferOptions } from './write-buffer.ts';

const busy = () => Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A fake database: records committed batches, can be gated (slow) or made to fail. */
function fakeDb() {
  const batches: number[][] = [];
  let gate: Promise<void> | undefined;
  let open: (() => void) | undefined;
  let failWith: ((items: readonly number[]) => Error | undefined) | undefined;
  return {
    batches,
    get written() {
      return batches.flat();
    },
    hold() {
      gate = new Promise((r) => (open = r));
    },
    release() {
      open?.();
      gate = undefined;
    },
    failWhen(f: ((items: readonly number[]) => Error | undefined) | undefined) {
      failWith = f;
    },
    async write(items: readonly number[]) {
      if (gate) await gate;
      const err = failWith?.(items);
      if (err) throw err;
      batches.push([...items]);
    },
  };
}

function buffer(db: ReturnType<typeof fakeDb>, o: Partial<WriteBufferOptions<number>> = {}) {
  return new WriteBuffer<number>({ write: (i) => db.write(i), flushMs: 5, maxBatch: 10, maxPending: 50, retryMaxMs: 20, ...o });
}

test('items are written in batches of at most maxBatch, in order, after flushMs', async () => {
  const db = fakeDb();
  const b = buffer(db, { flushMs: 300 });
  for (let i = 0; i < 25; i++) await b.add(i);
  // 10 and 20 filled a batch (written at once); the last 5 wait for the timer.
  await sleep(50);
  assert.equal(db.written.length, 20);
  assert.equal(b.size, 5);
  await sleep(400);
  assert.deepEqual(db.written, Array.from({ length: 25 }, (_, i) => i));
  assert.ok(db.batches.every((x) => x.length <= 10), JSON.stringify(db.batches));
  assert.equal(b.size, 0);
  await b.close();
});

test('close flushes everything accepted; a straggler after close is written through', async () => {
  const db = fakeDb();
  const b = buffer(db, { flushMs: 60_000, maxBatch: 1000, maxPending: 5000 });
  for (let i = 0; i < 1234; i++) await b.add(i);
  assert.equal(db.written.length, 0, 'nothing written before the (long) window ends');
  await b.close();
  assert.equal(db.written.length, 1234);
  assert.equal(new Set(db.written).size, 1234);
  await b.add(9999);
  assert.equal(db.written.at(-1), 9999);
});

test('back-pressure: a full buffer makes add wait for a write, memory never exceeds maxPending', async () => {
  const db = fakeDb();
  const b = buffer(db, { maxBatch: 10, maxPending: 20 });
  db.hold();
  let maxSize = 0;
  const adds = Array.from({ length: 100 }, (_, i) => b.add(i).then(() => (maxSize = Math.max(maxSize, b.size))));
  await sleep(30);
  assert.ok(b.size <= 20, `size ${b.size}`);
  let settled = 0;
  for (const p of adds) void p.then(() => settled++);
  await sleep(10);
  assert.ok(settled < 100, 'some requests wait for room');
  db.release();
  await Promise.all(adds);
  await b.close();
  assert.ok(maxSize <= 20, `max ${maxSize}`);
  assert.equal(db.written.length, 100);
  assert.ok(b.stats.waitedForRoom > 0);
});

test('back-pressure with a database that refuses writes: BufferFullError, bounded, then recovery', async () => {
  const db = fakeDb();
  const b = buffer(db, { maxBatch: 5, maxPending: 10 });
  db.failWhen(() => busy());
  for (let i = 0; i < 10; i++) await b.add(i);
  await assert.rejects(b.add(10), (e: unknown) => e instanceof BufferFullError && e.code === 'GG_ERR_STORAGE_BACKLOG');
  assert.equal(b.size, 10);
  db.failWhen(undefined);
  await b.flush();
  assert.deepEqual(db.written, Array.from({ length: 10 }, (_, i) => i), 'the held items survive the outage, in order');
  await b.close();
});

test('a failing flush keeps its items and retries them with backoff, each written once', async () => {
  const db = fakeDb();
  let failures = 0;
  const errors: number[] = [];
  const b = buffer(db, { onError: (_e, n) => errors.push(n) });
  db.failWhen(() => (failures++ < 3 ? busy() : undefined));
  for (let i = 0; i < 7; i++) await b.add(i);
  for (let i = 0; i < 100 && db.written.length < 7; i++) await sleep(10);
  assert.deepEqual(db.written, [0, 1, 2, 3, 4, 5, 6]);
  assert.equal(errors.length, 3);
  assert.equal(b.stats.failedFlushes, 3);
  await b.close();
});

test('one item the database refuses (not an outage) is dropped alone; the others are stored', async () => {
  const db = fakeDb();
  const dropped: number[] = [];
  const b = buffer(db, { onDrop: (_e, x) => dropped.push(x) });
  const constraint = Object.assign(new Error('NUL in text'), { code: '22021' });
  db.failWhen((items) => (items.includes(13) ? constraint : undefined));
  for (let i = 10; i < 17; i++) await b.add(i);
  await b.close();
  assert.deepEqual(dropped, [13]);
  assert.deepEqual([...db.written].sort(), [10, 11, 12, 14, 15, 16]);
  assert.equal(b.stats.dropped, 1);
});

test('a database refusing everything for a non-transient reason is not mistaken for one bad item too soon', async () => {
  const db = fakeDb();
  const dropped: number[] = [];
  const b = buffer(db, { onDrop: (_e, x) => dropped.push(x), closeAttempts: 2 });
  db.failWhen(() => Object.assign(new Error('no such table: submissions'), { code: 'SQLITE_ERROR' }));
  for (let i = 0; i < 3; i++) await b.add(i);
  await assert.rejects(b.close(), /3 stored checks could not be written/);
  assert.deepEqual(dropped, [], 'kept while nothing at all can be written');
  db.failWhen(undefined);
  await b.flush();
  assert.deepEqual(db.written, [0, 1, 2]);
});

test('durable mode: add resolves only after the commit, concurrent adds share one write', async () => {
  const db = fakeDb();
  const b = buffer(db, { durable: true, flushMs: 60_000 });
  db.hold();
  let done = false;
  const p = Promise.all([b.add(1), b.add(2), b.add(3)]).then(() => (done = true));
  await sleep(20);
  assert.equal(done, false, 'not answered before the commit');
  db.release();
  await p;
  assert.deepEqual(db.batches, [[1, 2, 3]]);
  db.failWhen(() => busy());
  await assert.rejects(b.add(4), /locked/);
  assert.equal(b.size, 1, 'the failed item stays for a retry');
  db.failWhen(undefined);
  await b.close();
  assert.deepEqual(db.written, [1, 2, 3, 4]);
});

test('maxBytes bounds memory for big items too', async () => {
  const db = fakeDb();
  db.hold();
  const b = new WriteBuffer<number>({ write: (i) => db.write(i), flushMs: 5, maxBatch: 100, maxPending: 1000, maxBytes: 1000, bytesOf: () => 300 });
  const adds = Array.from({ length: 10 }, (_, i) => b.add(i));
  await sleep(20);
  assert.ok(b.bytes <= 1200, `bytes ${b.bytes}`);
  db.release();
  await Promise.all(adds);
  await b.close();
  assert.equal(db.written.length, 10);
  assert.equal(b.bytes, 0);
});

test('bad options and error classification', () => {
  assert.throws(() => new WriteBuffer<number>({ write: async () => undefined, flushMs: 1, maxBatch: 0, maxPending: 1 }), RangeError);
  assert.throws(() => new WriteBuffer<number>({ write: async () => undefined, flushMs: 1, maxBatch: 10, maxPending: 5 }), RangeError);
  for (const code of ['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_FULL', '57P01', '08006', '53100', 'ECONNREFUSED', undefined]) {
    assert.equal(isTransientStorageError(Object.assign(new Error('x'), { code })), true, String(code));
  }
  for (const code of ['SQLITE_CONSTRAINT_UNIQUE', '23505', '22021', '42P01', 'SQLITE_ERROR']) {
    assert.equal(isTransientStorageError(Object.assign(new Error('x'), { code })), false, code);
  }
  assert.equal(isTransientStorageError(null), true);
});
