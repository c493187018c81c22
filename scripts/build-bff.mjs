#!/usr/bin/env node
// Compiles the bff for production: bff/src/main.ts (the server) and bff/src/db/seed-cli.ts (`npm run seed`),
// bundled with @console/shared (TypeScript sources, no build of their own) into ESM JavaScript in bff/dist/.
// Every other package stays an import of node_modules: the bff's `dependencies`, so `node bff/dist/main.js` runs
// without tsx or any devDependency. bff/src/paths.ts resolves drizzle/ and web/dist from bff/dist/ as from bff/src/.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}bff/dist`;
rmSync(outdir, { recursive: true, force: true });

const started = Date.now();
const result = await build({
  absWorkingDir: root,
  entryPoints: { main: 'bff/src/main.ts', seed: 'bff/src/db/seed-cli.ts' },
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
        // workspaces (TypeScript), compiled into the bundle.
        b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@console/') ? undefined : { path: args.path, external: true }));
      },
    },
  ],
});
const files = Object.entries(result.metafile.outputs).filter(([f]) => f.endsWith('.js'));
for (const [file, out] of files) console.log(`  ${file.replace(root, '')}  ${(out.bytes / 1024).toFixed(0)} KB`);
console.log(`bff compiled in ${Date.now() - started} ms`);
