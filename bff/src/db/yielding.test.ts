import { describe, expect, it } from 'vitest';
import { yieldingToIo } from './client';

/**
 * A stand-in for PGlite: each statement runs synchronously for `ms` (as PGlite's WebAssembly does on the main
 * thread), one at a time, its lock handed to the next waiter through a promise (microtasks, as PGlite's mutex).
 */
function busyClient(ms: number) {
  let lock: Promise<unknown> = Promise.resolve();
  const order: number[] = [];
  const run = (n: number) => {
    const next = lock.then(() => {
      const until = performance.now() + ms;
      while (performance.now() < until) {
        // synchronous work, like a statement in PGlite
      }
      order.push(n);
      return n;
    });
    lock = next;
    return next;
  };
  const client = {
    query: (n: number) => run(n),
    exec: (n: number) => run(n),
    transaction: (n: number) => run(n),
  };
  return { client, order };
}

/** How many statements have finished when the event loop's check phase (where accepts and reads have had their turn) comes. */
async function finishedAtFirstTurn(query: (n: number) => Promise<unknown>, statements: number) {
  let finishedThen = -1;
  const done: number[] = [];
  setImmediate(() => {
    finishedThen = done.length;
  });
  await Promise.all(Array.from({ length: statements }, (_, n) => query(n).then(() => done.push(n))));
  await new Promise((resolve) => setImmediate(resolve));
  return finishedThen;
}

describe('PGlite statements take turns with the event loop', () => {
  it('without the queue, a backlog of statements runs to its end before any I/O callback', async () => {
    const { client } = busyClient(2);
    expect(await finishedAtFirstTurn((n) => client.query(n) as Promise<unknown>, 60)).toBe(60);
  });

  it('with it, the event loop gets a turn after a few milliseconds of statements, and every statement still runs, in order', async () => {
    const { client, order } = busyClient(2);
    const queued = yieldingToIo(client as never, 4) as unknown as typeof client;
    const finished = await finishedAtFirstTurn((n) => queued.query(n) as Promise<unknown>, 60);
    expect(finished).toBeGreaterThanOrEqual(0);
    expect(finished).toBeLessThan(10);
    expect(order).toEqual(Array.from({ length: 60 }, (_, n) => n));
  });

  it('a failed statement releases the queue', async () => {
    const failing = {
      query: async () => {
        throw new Error('syntax error');
      },
      exec: async () => 'ok',
      transaction: async () => 'ok',
    };
    const queued = yieldingToIo(failing as never, 4) as unknown as typeof failing;
    await expect(queued.query()).rejects.toThrow('syntax error');
    await expect(queued.exec()).resolves.toBe('ok');
  });
});
