#!/usr/bin/env node
// Compiles the bff for production: bff/src/main.ts (the server) and bff/src/db/seed-cli.ts (`npm run seed`), with
// the worker thread they run PGlite in (bff/src/db/pglite-worker.ts),
// bundled with @console/shared (TypeScript sources, no build of their own) into ESM JavaScript in bff/dist/.
// Every other package stays an import of node_modules: the bff's `dependencies`, so `node bff/dist/main.js` runs
// without tsx or any devDependency. bff/src/paths.ts resolves drizzle/ and web/dist from bff/dist/ as from bff/src/.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}bff/dist`;
rmSync(outdir, { recursive: true, force: true });

/**
 * A deep import into a package without an `exports` map (`dayjs/plugin/utc`) resolves in tsx and bundlers, which
 * add the extension, but not in Node's ESM loader: it is kept external under the file's full name (`…/utc.js`).
 */
function nodeResolvable(specifier, resolveDir) {
  const m = /^((?:@[^/]+\/)?[^/]+)(\/.+)?$/.exec(specifier);
  if (!m?.[2] || specifier.startsWith('node:')) return specifier;
  const require = createRequire(`${resolveDir}/`);
  let pkgJson;
  try {
    pkgJson = require.resolve(`${m[1]}/package.json`);
  } catch {
    return specifier; // its exports hide package.json: it has an exports map, which Node follows
  }
  if (JSON.parse(readFileSync(pkgJson, 'utf8')).exports) return specifier;
  const file = require.resolve(specifier);
  return existsSync(file) ? `${m[1]}/${relative(dirname(pkgJson), file).replace(/\\/g, '/')}` : specifier;
}

const started = Date.now();
const result = await build({
  absWorkingDir: root,
  // pglite-worker: the worker thread that runs PGlite for both (bff/src/db/pglite-thread.ts), found beside them.
  entryPoints: { main: 'bff/src/main.ts', seed: 'bff/src/db/seed-cli.ts', 'pglite-worker': 'bff/src/db/pglite-worker.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20.19',
  format: 'esm',
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'external-packages-but-workspaces',
      setup(b) {
        // A bare import is a package from node_modules, left to Node at run time; @console/* are this repo's
        // workspaces (TypeScript), compiled into the bundle, and so are `#…` subpath imports (bff's `#kdf`), which
        // point at TypeScript sources Node could not load at run time.
        b.onResolve({ filter: /^[^./]/ }, (args) => {
          if (args.path.startsWith('@console/') || args.path.startsWith('#')) return undefined;
          return { path: nodeResolvable(args.path, args.resolveDir), external: true };
        });
      },
    },
  ],
});
const files = Object.entries(result.metafile.outputs).filter(([f]) => f.endsWith('.js'));
for (const [file, out] of files) console.log(`  ${file.replace(root, '')}  ${(out.bytes / 1024).toFixed(0)} KB`);
console.log(`bff compiled in ${Date.now() - started} ms`);
