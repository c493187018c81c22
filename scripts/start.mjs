#!/usr/bin/env node
// `npm start`: builds what is out of date (the SPA with Vite, the bff with esbuild), then runs the compiled bff
// in this very process — no tsx, no child: a stop signal reaches the server directly, and Ctrl-C leaves nothing.
// A build is needed when an output is missing or older than a file it is built from.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (p) => join(root, p);

/** The newest modification time under `paths` (files or folders; node_modules, dist and dot-folders skipped). */
function newest(paths) {
  let max = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (!s.isDirectory()) return void (max = Math.max(max, s.mtimeMs));
    for (const e of readdirSync(p)) if (e !== 'node_modules' && e !== 'dist' && !e.startsWith('.')) visit(join(p, e));
  };
  for (const p of paths) visit(at(p));
  return max;
}
const builtAt = (file) => (existsSync(at(file)) ? statSync(at(file)).mtimeMs : 0);

const shared = ['shared/src', 'shared/package.json', 'package-lock.json'];
const targets = [
  { name: 'the SPA', output: 'web/dist/.vite/manifest.json', inputs: ['web', 'mocks/src', 'vite.config.ts', ...shared], script: 'build:web' },
  { name: 'the bff', output: 'bff/dist/main.js', inputs: ['bff/src', 'bff/package.json', 'scripts/build-bff.mjs', ...shared], script: 'build:bff' },
];
for (const t of targets) {
  if (builtAt(t.output) >= newest(t.inputs)) continue;
  console.log(`Building ${t.name} (npm run ${t.script})…`);
  const run = spawnSync('npm', ['run', '--silent', t.script], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`Building ${t.name} failed; not starting.`);
    process.exit(run.status ?? 1);
  }
}

process.env.NODE_ENV ??= 'production';
process.setSourceMapsEnabled(true);
await import(pathToFileURL(at('bff/dist/main.js')).href);
