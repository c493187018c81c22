// Starts the console the way `npm start` does (vite build, then the bff with NODE_ENV=production) on a
// FRESH embedded PGlite database in a temporary folder, and removes that folder when the server stops.
// Playwright's webServer runs this; PORT and HOST come from the environment.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'console-e2e-'));
const child = spawn('npm', ['start'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: join(dataDir, 'pglite'), SEED: 'true', NODE_ENV: 'production' },
});

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    child.kill(signal);
  });
}
child.on('exit', (code, signal) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(stopping ? 0 : (code ?? (signal ? 1 : 0)));
});
