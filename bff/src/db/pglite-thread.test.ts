/**
 * PGlite in a worker thread (pglite-thread.ts), as the server runs it: procedures answer as they do on PGlite in
 * this thread, transactions commit and roll back, other statements wait for an open transaction, a database error
 * arrives with the same class and fields (its SQLSTATE reaches the router's answers), notifications arrive after
 * their commit, and closing ends the worker. Every other bff test runs on PGlite in this thread; the whole suite
 * runs on the worker with TEST_PGLITE_WORKER=1.
 */
import type { LaunchContent } from '@console/shared';
import { messages } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notificationSourceFor } from '../app';
import { seedCalendar } from '../calendar/seed';
import { NotificationHub } from '../notifications/live';
import { notifyUsers } from '../notifications/repo';
import { callerFor, seedWorld, TestClock, trpcError, type World } from '../test/harness';
import { sqlStateOf } from '../trpc';
import { pgliteTemplatePath } from '../config';
import { type Database, openDatabase } from './client';
import { openPgliteThread, PgliteThread, PgliteThreadError } from './pglite-thread';

let threaded: Database;
let inProcess: Database;
let world: World;
const clock = new TestClock('2026-12-01T02:00:00Z');
const clientOf = (database: Database) => (database.db as unknown as { $client: PgliteThread }).$client;

beforeAll(async () => {
  [threaded, inProcess] = await Promise.all([openDatabase('memory://', { worker: true }), openDatabase('memory://')]);
  world = await seedWorld(threaded.db);
  await seedCalendar(threaded.db);
  for (const database of [threaded, inProcess]) await database.db.execute(sql`create table probe (id int primary key, name text not null check (name <> ''))`);
}, 60_000);
afterAll(async () => {
  await threaded?.close();
  await inProcess?.close();
});

const content = (title: string): LaunchContent => ({
  season: 'SS',
  year: 2027,
  title,
  launchDate: '2027-02-10',
  story: '以江南园林为灵感的春夏系列',
  channels: ['online_store'],
  earlyAccess: { tier: 'T2', hours: 24 },
  skus: [{ code: 'SS27-DR-001', name: '真丝连衣裙', listPrice: 129900, launchPrice: 109900, stock: 50, imageUrl: 'https://img.example.com/dr-1.jpg' }],
});

describe('PGlite in a worker thread', () => {
  it('is the server’s client: a PgliteThread, not PGlite', () => {
    expect(clientOf(threaded)).toBeInstanceOf(PgliteThread);
    expect(clientOf(inProcess)).not.toBeInstanceOf(PgliteThread);
  });

  it('answers procedures: a transaction that commits, one that rolls back (a stale version), reads', async () => {
    const { caller: op } = await callerFor(threaded, world.operators.apparel, { clock });
    const draft = await op.launches.create(content('花园系列'));
    expect(draft).toMatchObject({ state: 'draft', version: 1, title: '花园系列', merchantId: world.merchants.apparel[0].id });
    expect(await op.launches.update({ id: draft.id, version: 1, ...content('改过的标题') })).toMatchObject({ version: 2, title: '改过的标题' });
    const stale = await trpcError(op.launches.update({ id: draft.id, version: 1, ...content('旧版本覆盖') }));
    expect([stale.code, stale.message]).toEqual(['CONFLICT', 'errors.staleVersion']);
    const read = await op.launches.byId({ id: draft.id });
    expect(read).toMatchObject({ version: 2, title: '改过的标题', skus: content('').skus });
    // Timestamps stay text in the driver (Drizzle's identity parsers) and come back as the same instants.
    expect(read.createdAt).toBe(draft.createdAt);
    expect((await op.launches.list({ filters: { state: ['draft'] } })).items.map((l) => l.id)).toContain(draft.id);
  });

  it('a unique index’s refusal reaches the procedure with its SQLSTATE (CONFLICT, as on PGlite in this thread)', async () => {
    const { caller: admin } = await callerFor(threaded, world.admin, { clock });
    const a = await admin.calendar.create({ kind: 'ss_launch', year: 2031, name: 'a', startsOn: '2031-02-01', endsOn: '2031-04-30' });
    const b = await admin.calendar.create({ kind: 'aw_launch', year: 2031, name: 'b', startsOn: '2031-08-01', endsOn: '2031-10-30' });
    const moved = await trpcError(admin.calendar.update({ ...b, kind: a.kind }));
    expect([moved.code, moved.message]).toEqual(['CONFLICT', 'calendar.windowExists']);
  });

  it('a database error has the same class and fields as on PGlite in this thread', async () => {
    const failure = async (database: Database, statement: ReturnType<typeof sql>) => {
      const error = await database.db.execute(statement).then(
        () => null,
        (e: unknown) => e as Error & { cause: Record<string, unknown> & { message: string } },
      );
      expect(error).not.toBeNull();
      return error!;
    };
    const statements = [
      sql`insert into probe (id, name) values (${1}, ${'one'}), (${1}, ${'again'})`,
      sql`insert into probe (id, name) values (${2}, ${''})`,
      sql`insert into probe (id, name) values (${3}, ${null})`,
      sql`select ${'x'}::int`,
      sql`select * from no_such_table`,
    ];
    const codes: (string | null)[] = [];
    for (const statement of statements) {
      const [here, there] = [await failure(inProcess, statement), await failure(threaded, statement)];
      expect(there.cause).toBeInstanceOf(messages.DatabaseError);
      // PGlite adds the caller's query options (Drizzle's, made per statement): the same object the call passed.
      const fieldsOf = (e: Record<string, unknown> & { message: string }): Record<string, unknown> => ({ ...e, message: e.message });
      const { stack: _a, queryOptions: optsHere, ...hereFields } = fieldsOf(here.cause);
      const { stack: _b, queryOptions: optsThere, ...thereFields } = fieldsOf(there.cause);
      expect(Object.keys(thereFields)).toEqual(Object.keys(hereFields));
      expect(thereFields).toEqual(hereFields);
      expect(Object.keys(optsThere as object)).toEqual(Object.keys(optsHere as object));
      expect(there.message).toBe(here.message);
      codes.push(sqlStateOf(there));
    }
    expect(codes).toEqual(['23505', '23514', '23502', '22P02', '42P01']);
    // The constraint and the table are named, as the answers that need them read them.
    const duplicate = await failure(threaded, statements[0]!);
    expect(duplicate.cause).toMatchObject({ code: '23505', constraint: 'probe_pkey', table: 'probe', severity: 'ERROR', detail: 'Key (id)=(1) already exists.' });
  });

  it('values cross as they are: numbers, bigints, text, bytes, json, arrays, null', async () => {
    const statement = sql`select 1 as i, 9007199254740993::int8 as big, 'é'::text as t, '\\x00ff'::bytea as b, '{"a":[1,2]}'::jsonb as j,
      array[1,2] as arr, null::int as n, now() as ts, true as ok`;
    const [here, there] = [await inProcess.db.execute(statement), await threaded.db.execute(statement)];
    const strip = (r: unknown) => ((r as { rows: Record<string, unknown>[] }).rows[0]!);
    const { ts: tsHere, ...rowHere } = strip(here);
    const { ts: tsThere, ...rowThere } = strip(there);
    expect(rowThere).toEqual(rowHere);
    expect(rowThere.b).toBeInstanceOf(Uint8Array);
    expect(typeof tsThere).toBe(typeof tsHere);
    expect((there as { fields: unknown }).fields).toEqual((here as { fields: unknown }).fields);
  });

  it('statements outside an open transaction wait for it, then see what it committed', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let inserted!: () => void;
    const didInsert = new Promise<void>((r) => (inserted = r));
    const tx = threaded.db.transaction(async (t) => {
      await t.execute(sql`insert into probe (id, name) values (100, 'inside')`);
      inserted();
      await held;
    });
    await didInsert;
    let outsideDone = false;
    const outside = threaded.db.execute(sql`select name from probe where id = 100`).then((r) => {
      outsideDone = true;
      return (r as unknown as { rows: { name: string }[] }).rows;
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(outsideDone).toBe(false);
    release();
    await tx;
    expect(await outside).toEqual([{ name: 'inside' }]);
  });

  it('a transaction whose callback throws is rolled back and its error rethrown', async () => {
    const boom = new Error('boom');
    await expect(
      threaded.db.transaction(async (t) => {
        await t.execute(sql`insert into probe (id, name) values (200, 'rolled back')`);
        throw boom;
      }),
    ).rejects.toBe(boom);
    // Drizzle's tx.rollback() too (it throws its TransactionRollbackError).
    await expect(
      threaded.db.transaction(async (t) => {
        await t.execute(sql`insert into probe (id, name) values (201, 'rolled back')`);
        t.rollback();
      }),
    ).rejects.toThrow('Rollback');
    const rows = await threaded.db.execute(sql`select id from probe where id in (200, 201)`);
    expect((rows as unknown as { rows: unknown[] }).rows).toEqual([]);
    // A statement of a transaction that ended is refused, as PGlite refuses it.
    let late: { execute(q: ReturnType<typeof sql>): Promise<unknown> } | null = null;
    await threaded.db.transaction(async (t) => {
      late = t;
    });
    const refused = await late!.execute(sql`select 1`).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect((refused?.cause as Error).message).toBe('Transaction is closed');
  });

  it('notifications reach the live hub after their commit, none after a rollback', async () => {
    const hub = new NotificationHub(threaded.db, notificationSourceFor(threaded, () => {}));
    const user = world.operators.beauty;
    const abort = new AbortController();
    const feed = hub.subscribe(user.id, { afterId: null, signal: abort.signal });
    const first = feed.next();
    const n = (key: string) => ({ kind: 'system', key, params: {}, entityType: null, entityId: null });
    await new Promise((r) => setTimeout(r, 50));
    await threaded.db
      .transaction(async (t) => {
        await notifyUsers(t as never, [user.id], n('rolled.back'), clock.now());
        throw new Error('undo');
      })
      .catch(() => {});
    await threaded.db.transaction((t) => notifyUsers(t as never, [user.id], n('committed'), clock.now()));
    const got = await first;
    expect(got.value).toMatchObject({ userId: user.id, key: 'committed' });
    abort.abort();
    await hub.close();
  });

  it('refuses query options that cannot cross a thread (a parser that changes values)', async () => {
    const client = clientOf(threaded);
    await expect(client.query('select 1', [], { parsers: { 23: (v: string) => Number(v) * 2 } })).rejects.toThrow(/only identity parsers/);
    expect((await client.query<{ x: string }>('select 1 as x', [], { parsers: { 23: (v: string) => v } })).rows).toEqual([{ x: '1' }]);
  });
});

describe('the worker thread ends', () => {
  it('on close: later calls are refused, nothing hangs', async () => {
    const client = await openPgliteThread({ templatePath: pgliteTemplatePath() });
    expect((await client.query<{ x: number }>('select 1 as x')).rows).toEqual([{ x: 1 }]);
    await client.close();
    expect(client.closed).toBe(true);
    await expect(client.query('select 1')).rejects.toBeInstanceOf(PgliteThreadError);
  }, 30_000);

  it('on its own (a crash): calls in flight and later fail with why, and the owner is told', async () => {
    const exits: PgliteThreadError[] = [];
    const client = await openPgliteThread({ templatePath: pgliteTemplatePath(), onExit: (e) => exits.push(e) });
    const inFlight = client.query('select pg_sleep(0.2)');
    await (client as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    await expect(inFlight).rejects.toBeInstanceOf(PgliteThreadError);
    await expect(client.query('select 1')).rejects.toThrow(/worker thread exited/);
    expect(exits).toHaveLength(1);
  }, 30_000);

  it('a folder that cannot be opened fails the open with PGlite’s error', async () => {
    await expect(openPgliteThread({ dataDir: '/dev/null/not-a-folder' })).rejects.toThrow();
  }, 30_000);
});
