#!/usr/bin/env node
// The 200-session load of `npm run bench`: starts the compiled bff (bff/dist/main.js, built when missing) on a fresh
// database, signs in SESSIONS sessions (operators and managers of the demo world), then each session sends its next
// request as soon as the previous one is answered, for SECONDS, on a mix of list and detail queries (launches, review
// queue and panel, merchants list and detail, unread count). Prints requests/s, p50/p95/p99 and errors.
//
//   node scripts/load.mjs [--db pglite|postgres|both] [--sessions 200] [--seconds 60] [--max-requests 500000]
//                         [--url http://127.0.0.1:PORT]   (a console already running instead: loopback only)
//                         [--cpu-prof DIR]                (the bff runs with node --cpu-prof, profile written to DIR)
//                         [--port N]                      (the bff listens on N instead of a free port)
//                         [--slow MS]                     (lists each request slower than MS: when it began, what, how long)
//                         [--bff FILE]                    (another build of the bff, e.g. an older one to compare with;
//                                                          its folder's ../drizzle are its migrations)
//
// Bounded on purpose: loopback addresses only (it refuses any other host), at most 1,000 sessions, 300 s and
// MAX_REQUESTS requests per run. PostgreSQL: a throwaway database on BENCH_DATABASE_URL's server, dropped afterwards.
import { spawn, spawnSync } from 'node:child_process';
import http from 'node:http';
import zlib from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const SESSIONS = Math.min(1000, Number(arg('sessions', 200)));
const SECONDS = Math.min(300, Number(arg('seconds', 60)));
const MAX_REQUESTS = Number(arg('max-requests', 500_000));
const DB = arg('db', 'both');
const EXTERNAL = arg('url', null);
const CPU_PROF = arg('cpu-prof', null);
const PORT = arg('port', '0');
const SLOW_MS = Number(arg('slow', 0));
const BFF = arg('bff', null);
const PG_SERVER = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const PASSWORD = 'demo1234';
const OPERATORS = ['op.apparel', 'op.beauty', 'op.electronics', 'op.fmcg', 'op.home'];
const MANAGERS = ['mgr.fashion', 'mgr.tech'];

function assertLoopback(url) {
  const host = new URL(url).hostname;
  if (!/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(host)) throw new Error(`load.mjs only runs against loopback, not ${host}`);
}

/** Starts bff/dist/main.js on a free port; resolves with its URL and a stop function. */
async function startConsole(env) {
  if (!BFF && !existsSync(join(root, 'bff/dist/main.js'))) spawnSync('node', ['scripts/build-bff.mjs'], { cwd: root, stdio: 'inherit' });
  const nodeArgs = ['--enable-source-maps', ...(CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', CPU_PROF] : []), BFF ? resolve(BFF) : 'bff/dist/main.js'];
  const child = spawn(process.execPath, nodeArgs, {
    cwd: root,
    // The demo users are seeded with a cheaper scrypt (2^12): 200 sign-ins at the production 2^17 cost minutes of
    // CPU before the measurement starts, and sign-ins are not what is measured.
    env: { ...process.env, HOST: '127.0.0.1', PORT, NODE_ENV: 'production', SEED: 'true', SCRYPT_LOG_N: '12', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const url = await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += d;
      const m = /Merchant console: (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1].replace('localhost', '127.0.0.1'));
    });
    child.on('exit', (code) => reject(new Error(`the console exited (${code}) before it started:\n${out}`)));
  });
  // Its request log goes nowhere (as it would to a log collector), but it is written: production logs at info.
  child.stdout.removeAllListeners('data');
  child.stdout.resume();
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.on('exit', resolve);
      child.kill('SIGTERM');
    });
  // Interrupted (Ctrl-C, a timeout's SIGTERM): the console goes too, then the finally blocks drop what was made.
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void stop().then(() => process.exit(130)));
  return { url, stop, pid: child.pid };
}

/**
 * The load client's HTTP: node:http over keep-alive connections, one per session in flight. fetch (undici) spent
 * 1.3–2 ms of CPU per request here, a quarter of what the 2-core machine did, taken from the server it measures.
 * `read: false` (the timed loop) drains the body without decompressing or parsing it: a request's outcome is its
 * status, as it always was (a body that did not parse counted as nothing). Each session has its own connection, as a
 * browser tab would (`sessionAgent`): with one shared pool, a session whose next request went out before its
 * connection was back in the pool opened a new one, and new connections wait on a saturated server's accepts.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
const sessionAgent = () => new http.Agent({ keepAlive: true, maxSockets: 1 });
function trpc(base, path, { input, cookie, mutation, read = true, via = agent } = {}) {
  const qs = !mutation && input !== undefined ? `?input=${encodeURIComponent(JSON.stringify(input))}` : '';
  const body = mutation ? JSON.stringify(input) : undefined;
  const url = new URL(`${base}/trpc/${path}${qs}`);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent: via,
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: mutation ? 'POST' : 'GET',
        headers: { 'accept-encoding': 'br, gzip', ...(mutation ? { 'content-type': 'application/json' } : {}), ...(cookie ? { cookie } : {}) },
      },
      (res) => {
        const setCookie = res.headers['set-cookie'] ?? [];
        if (!read) {
          res.on('end', () => resolve({ status: res.statusCode, data: undefined, setCookie })).on('error', reject).resume();
          return;
        }
        const encoding = res.headers['content-encoding'];
        const stream = encoding === 'br' ? res.pipe(zlib.createBrotliDecompress()) : encoding === 'gzip' ? res.pipe(zlib.createGunzip()) : res;
        const chunks = [];
        stream.on('data', (c) => chunks.push(c)).on('error', reject);
        stream.on('end', () => {
          let parsed = null;
          try {
            parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          } catch {}
          resolve({ status: res.statusCode, data: parsed?.result?.data, setCookie });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function signIn(base, username) {
  const res = await trpc(base, 'auth.login', { mutation: true, input: { username, password: PASSWORD } });
  const sid = res.setCookie.map((c) => c.split(';')[0]).find((c) => c.startsWith('console_sid='));
  if (res.status !== 200 || !sid) throw new Error(`sign-in of ${username} failed (${res.status})`);
  return sid;
}

/** What one session asks for, in turn: the pages a user of that role opens, lists and details. */
async function requestsFor(base, role, cookie) {
  const page = { page: 1, pageSize: 20 };
  if (role === 'operator') {
    const launches = (await trpc(base, 'launches.list', { input: page, cookie })).data?.items ?? [];
    const id = launches[0]?.id;
    return [
      ['launches.list', page],
      ...(id ? [['launches.byId', { id }]] : []),
      ['notifications.unreadCount', undefined],
      ['merchants.mine', undefined],
      ['launches.list', { ...page, page: 2 }],
    ];
  }
  const queue = (await trpc(base, 'review.queue', { input: page, cookie })).data?.items ?? [];
  const merchants = (await trpc(base, 'merchants.list', { input: page, cookie })).data?.items ?? [];
  return [
    ['review.queue', page],
    ...(queue[0] ? [['review.get', { id: queue[0].id }]] : []),
    ['merchants.list', page],
    ...(merchants[0] ? [['merchants.byId', { id: merchants[0].id }]] : []),
    ['notifications.unreadCount', undefined],
    ['merchants.list', { ...page, page: 5 }],
  ];
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/**
 * CPU milliseconds a process has used so far (`system`: of it, in the kernel; `mainThread`: of it, on its main thread,
 * without libuv's thread pool or worker threads), from /proc (Linux); 0 when unreadable.
 */
function cpuMsOf(pid, { system = false, mainThread = false } = {}) {
  try {
    const fields = readFileSync(mainThread ? `/proc/${pid}/task/${pid}/stat` : `/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((system ? Number(fields[12]) : Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}

/** CPU milliseconds used so far by the PostgreSQL backends of a database on this machine (0 if not readable). */
async function backendsCpuMs(database) {
  if (!database) return 0;
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: PG_SERVER });
  await client.connect();
  try {
    const { rows } = await client.query('select pid from pg_stat_activity where datname = $1', [database]);
    return rows.reduce((sum, r) => sum + cpuMsOf(r.pid), 0);
  } finally {
    await client.end();
  }
}

/**
 * `cpu` (optional): the console's process id and its PostgreSQL database, whose CPU time over the timed run is
 * divided by the requests answered: CPU ms per request moves far less with a shared machine's load than req/s.
 */
async function run(label, base, cpu = null) {
  assertLoopback(base);
  const t0 = performance.now();
  const sessions = [];
  // Sign-ins hash with scrypt (N=2^17): a few at a time, so they do not starve each other.
  for (let i = 0; i < SESSIONS; i += 8) {
    const batch = Array.from({ length: Math.min(8, SESSIONS - i) }, (_, j) => {
      const n = i + j;
      const role = n % 2 ? 'manager' : 'operator';
      const username = role === 'operator' ? OPERATORS[n % OPERATORS.length] : MANAGERS[n % MANAGERS.length];
      return signIn(base, username).then(async (cookie) => ({ role, cookie, requests: await requestsFor(base, role, cookie), agent: sessionAgent() }));
    });
    sessions.push(...(await Promise.all(batch)));
  }
  const signInS = (performance.now() - t0) / 1000;

  const latencies = [];
  const slow = [];
  const errors = new Map();
  let sent = 0;
  const cpuNow = async () => ({
    bff: cpuMsOf(cpu.pid),
    bffSystem: cpuMsOf(cpu.pid, { system: true }),
    bffMain: cpuMsOf(cpu.pid, { mainThread: true }),
    db: await backendsCpuMs(cpu.database),
  });
  const cpu0 = cpu ? await cpuNow() : null;
  const client0 = process.cpuUsage();
  const until = performance.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    sessions.map(async (s, i) => {
      let k = i;
      while (performance.now() < until && sent < MAX_REQUESTS) {
        const [path, input] = s.requests[k++ % s.requests.length];
        sent++;
        const t = performance.now();
        try {
          const res = await trpc(base, path, { input, cookie: s.cookie, read: false, via: s.agent });
          if (res.status !== 200) errors.set(`${path} ${res.status}`, (errors.get(`${path} ${res.status}`) ?? 0) + 1);
        } catch (err) {
          errors.set(`${path} ${err.code ?? err.message}`, (errors.get(`${path} ${err.code ?? err.message}`) ?? 0) + 1);
        }
        latencies.push(performance.now() - t);
        if (SLOW_MS && latencies.at(-1) > SLOW_MS) slow.push({ at: t - started, path, ms: latencies.at(-1) });
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const clientCpu = process.cpuUsage(client0);
  // Their keep-alive connections would hold the process open after the run.
  agent.destroy();
  for (const s of sessions) s.agent.destroy();
  const cpu1 = cpu ? await cpuNow() : null;
  latencies.sort((a, b) => a - b);
  const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
  const result = {
    label,
    sessions: sessions.length,
    seconds: Number(elapsed.toFixed(1)),
    requests: latencies.length,
    rps: Math.round(latencies.length / elapsed),
    p50: Math.round(pct(latencies, 50)),
    p95: Math.round(pct(latencies, 95)),
    p99: Math.round(pct(latencies, 99)),
    errors: errorCount,
    bffCpuPerRequest: cpu ? Number(((cpu1.bff - cpu0.bff) / latencies.length).toFixed(3)) : null,
    bffSystemCpuPerRequest: cpu ? Number(((cpu1.bffSystem - cpu0.bffSystem) / latencies.length).toFixed(3)) : null,
    // The event loop's own thread: what one bff process can serve is bounded by it (zlib's pool and workers run beside it).
    bffMainThreadCpuPerRequest: cpu ? Number(((cpu1.bffMain - cpu0.bffMain) / latencies.length).toFixed(3)) : null,
    dbCpuPerRequest: cpu?.database ? Number(((cpu1.db - cpu0.db) / latencies.length).toFixed(3)) : null,
    // The load client shares the machine's cores with what it measures: its own CPU is said, never counted as the server's.
    clientCpuPerRequest: Number(((clientCpu.user + clientCpu.system) / 1000 / latencies.length).toFixed(3)),
  };
  console.log(
    `  ${label.padEnd(10)} ${String(result.sessions).padStart(4)} sessions ${result.seconds}s: ${String(result.rps).padStart(5)} req/s  ` +
      `p50 ${result.p50} ms  p95 ${result.p95} ms  p99 ${result.p99} ms  errors ${errorCount} of ${result.requests}  (sign-ins ${signInS.toFixed(1)} s)`,
  );
  if (cpu) {
    console.log(
      `      CPU per request: bff ${result.bffCpuPerRequest} ms (${result.bffSystemCpuPerRequest} in the kernel, ${result.bffMainThreadCpuPerRequest} on its main thread)` + (cpu.database ? `, PostgreSQL backends ${result.dbCpuPerRequest} ms` : ' (PGlite in the bff process)') +
        `; the load client ${result.clientCpuPerRequest} ms; load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`,
    );
  }
  for (const [what, n] of errors) console.log(`      ${n} × ${what}`);
  if (SLOW_MS) {
    console.log(`      ${slow.length} requests slower than ${SLOW_MS} ms (began at s into the run, path, ms):`);
    for (const r of slow.sort((a, b) => a.at - b.at)) console.log(`        ${(r.at / 1000).toFixed(1).padStart(6)}  ${r.path.padEnd(28)} ${Math.round(r.ms)}`);
  }
  return result;
}

async function adminQuery(statement) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: PG_SERVER });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

console.log(`\nLoad: ${SESSIONS} signed-in sessions, each sending its next request when answered, for ${SECONDS} s (loopback)`);
if (EXTERNAL) {
  await run('external', EXTERNAL);
} else {
  if (DB === 'pglite' || DB === 'both') {
    const dir = mkdtempSync(join(tmpdir(), 'console-load-'));
    const c = await startConsole({ DATABASE_URL: join(dir, 'pglite') });
    try {
      await run('PGlite', c.url, { pid: c.pid });
    } finally {
      await c.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (DB === 'postgres' || DB === 'both') {
    // BENCH_DATABASE_PREFIX keeps the throwaway database's name apart on a shared server (h1_, h2_, …).
    const name = `${process.env.BENCH_DATABASE_PREFIX ?? ''}load_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
    try {
      await adminQuery(`create database "${name}"`);
    } catch (err) {
      console.log(`  PostgreSQL: skipped (${PG_SERVER} does not answer: ${err.code ?? err.message})`);
      process.exit(0);
    }
    const url = new URL(PG_SERVER);
    url.pathname = `/${name}`;
    const c = await startConsole({ DATABASE_URL: url.toString() });
    try {
      await run('PostgreSQL', c.url, { pid: c.pid, database: name });
    } finally {
      await c.stop();
      await adminQuery(`drop database if exists "${name}" with (force)`);
    }
  }
}
