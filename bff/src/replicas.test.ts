import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from './db/seed';
import { migrationsFolder } from './paths';
import { adminQuery, testDatabaseUrl, withDatabaseName } from './test/harness';
import { type BffProcess, call, startBff } from './test/processes';

// Replicas share PostgreSQL only: these tests need TEST_DATABASE_URL (project bff-pg); PGlite has one process.
const server = testDatabaseUrl();
const migrationCount = (JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, 'utf8')) as { entries: unknown[] }).entries.length;

describe.skipIf(!server)('bff replicas on one PostgreSQL', () => {
  const name = `t_replicas_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  let url: string;
  const started: BffProcess[] = [];
  beforeAll(async () => {
    await adminQuery(server!, `create database "${name}"`);
    url = withDatabaseName(server!, name);
  });
  afterAll(async () => {
    await Promise.all(started.map((p) => p.stop()));
    await adminQuery(server!, `drop database if exists "${name}" with (force)`);
  });

  it('three processes started at once on an empty database all come up; the migrations run once, the seed once', async () => {
    // Processes boot at different speeds; to make them migrate at the same moment, the test holds the migrations
    // table locked until all three are waiting on the database, then lets them go together.
    const gate = new pg.Client({ connectionString: url });
    await gate.connect();
    await gate.query('create schema if not exists drizzle');
    await gate.query('create table if not exists drizzle.__drizzle_migrations (id serial primary key, hash text not null, created_at bigint)');
    await gate.query('begin');
    await gate.query('lock table drizzle.__drizzle_migrations in access exclusive mode');
    const starting = [0, 1, 2].map(() => startBff({ DATABASE_URL: url, SEED: 'true' }, 90_000));
    starting.forEach((p) => p.catch(() => {}));
    // Polled on another connection: within the gate's transaction pg_stat_activity is a frozen snapshot.
    const watcher = new pg.Client({ connectionString: url });
    await watcher.connect();
    try {
      for (let waited = 0; ; waited += 100) {
        const { rows } = await watcher.query<{ n: number }>(
          `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
        );
        if (rows[0]!.n >= 3) break;
        if (waited > 60_000) throw new Error(`only ${rows[0]!.n} of 3 processes reached the database`);
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      await watcher.end();
      await gate.query('commit');
      await gate.end();
    }
    const three = await Promise.all(starting);
    started.push(...three);
    for (const p of three) expect((await fetch(`${p.url}/health`)).status, p.output()).toBe(200);

    const applied = three.map((p) => Number(/migrations applied now: (\d+)/.exec(p.output())?.[1]));
    expect(applied.sort()).toEqual([0, 0, migrationCount]);
    const seededNow = three.filter((p) => p.output().includes('demo data seeded now'));
    expect(seededNow).toHaveLength(1);
    for (const p of three) expect(p.output()).not.toMatch(/already exists|duplicate key|unhandled/i);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: number }>('select count(*)::int as n from drizzle.__drizzle_migrations');
      expect(rows[0]!.n).toBe(migrationCount);
      const users = await client.query<{ n: number }>(`select count(*)::int as n from users where username = 'admin'`);
      expect(users.rows[0]!.n).toBe(1);
    } finally {
      await client.end();
    }
  }, 180_000);

  it('a session signed in on one process is valid on the other; a sign-out on one ends it on both', async () => {
    const [a, b] = started.length >= 2 ? started : await Promise.all([0, 1].map(() => startBff({ DATABASE_URL: url, SEED: 'true' }, 90_000)));
    const signIn = await call(a!.url, 'auth.login', { mutation: true, input: { username: 'op.apparel', password: DEMO_PASSWORD } });
    expect(signIn.status).toBe(200);
    const cookie = signIn.setCookie.find((c) => c.startsWith('console_sid='))!;
    expect(cookie).toBeDefined();

    for (const p of [a!, b!]) {
      const me = await call(p.url, 'auth.me', { cookie });
      expect(me.status).toBe(200);
      expect(me.body.result?.data).toMatchObject({ username: 'op.apparel' });
    }
    expect((await call(b!.url, 'auth.logout', { mutation: true, cookie })).status).toBe(200);
    for (const p of [a!, b!]) {
      const me = await call(p.url, 'auth.me', { cookie });
      expect(me.body.result?.data ?? null).toBeNull();
      const mine = await call(p.url, 'merchants.mine', { cookie });
      expect(mine.status).toBe(401);
    }
  }, 120_000);

  it('SIGTERM ends each process cleanly within the shutdown timeout', async () => {
    expect(started.length).toBeGreaterThanOrEqual(2);
    const codes = await Promise.all(started.splice(0).map((p) => p.stop()));
    expect(codes.every((c) => c === 0)).toBe(true);
  }, 30_000);
});
