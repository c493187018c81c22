// Starts the console the way `npm start` does (builds what is stale, then the compiled bff, NODE_ENV=production) on a
// FRESH embedded PGlite database in a temporary folder, and removes that folder when the server stops.
// Playwright's webServer runs this; PORT and HOST come from the environment.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'console-e2e-'));
const child = spawn('npm', ['start'], {
  cwd: root,
  stdio: 'inherit',
  // Sign-ins hash at scrypt 2^12 rather than production's 2^17 (128 MB and most of a core each): the specs sign in
  // dozens of times on a 2-core machine, and what they check is the console, not the cost of a hash.
  env: { SCRYPT_LOG_N: '12', ...process.env, DATABASE_URL: join(dataDir, 'pglite'), SEED: 'true', NODE_ENV: 'production' },
});

/** Every process below `pid` (npm may not pass a signal on to node, so each gets it directly). */
function descendants(pid) {
  const parentOf = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces, so read after the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // the process ended meanwhile
    }
  }
  const found = [];
  const queue = [pid];
  while (queue.length) {
    const p = queue.shift();
    for (const [c, parent] of parentOf) if (parent === p) (found.push(c), queue.push(c));
  }
  return found;
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    let targets = [child.pid];
    try {
      targets = descendants(process.pid);
    } catch {
      // no /proc: npm alone gets the signal
    }
    for (const pid of targets.reverse()) {
      try {
        process.kill(pid, signal);
      } catch {
        // already gone
      }
    }
  });
}
// npm exits at once on a signal while the bff is still closing PGlite: the data folder goes only once every process
// below this one has ended (removing it earlier made PGlite's close fail with an unhandled rejection).
async function settled(timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    let left = [];
    try {
      left = descendants(process.pid);
    } catch {
      return;
    }
    if (left.length === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}
child.on('exit', async (code, signal) => {
  await settled(15_000);
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(stopping ? 0 : (code ?? (signal ? 1 : 0)));
});
