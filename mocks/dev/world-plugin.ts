import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Plugin } from 'vite';
import { buildCache, sourceHash } from './source-hash.ts';

const run = promisify(execFile);
/** What the browser asks for: `/__mocks/world/demo.tar.gz` (mocks/src/browser.ts). */
export const WORLD_PATH = '/__mocks/world/';
const WORLDS = new Set(['demo', 'empty', 'ineligible', 'booked']);
/** What a world is made by: migrations, seed, schema, the mock database's opening. */
const WORLD_SOURCES = ['bff/src', 'bff/drizzle', 'shared/src', 'mocks/src/database.ts', 'mocks/dev/build-world.mjs'];

/**
 * `npm run dev:mock` serves each mock world as a ready database: the bff's migrations and demo seed run once in Node
 * (mocks/dev/build-world.mjs) and the browser's first visit loads the tarball into its IndexedDB PGlite, instead of
 * migrating and seeding in the page. Tarballs are cached under node_modules/.cache, keyed by the code that makes
 * them (migrations, seed, schema: bff/, shared/, the mock database's opening) and the day the world is dated from, so a warm start
 * serves them at once and a change to any of that builds them again.
 */
export function mockWorlds(root: string): Plugin {
  const cacheDir = join(root, 'node_modules/.cache/console-mock-worlds');
  const cached = buildCache();

  function build(world: string): Promise<string> {
    const now = new Date();
    const key = `${world}-${sourceHash(root, WORLD_SOURCES)}-${now.toISOString().slice(0, 10)}`;
    const file = join(cacheDir, `${key}.tar.gz`);
    return cached(key, file, async () => {
      mkdirSync(cacheDir, { recursive: true });
      for (const old of readdirSync(cacheDir)) if (old.startsWith(`${world}-`)) rmSync(join(cacheDir, old), { force: true });
      const partial = `${file}.${process.pid}.part`;
      const started = performance.now();
      await run(process.execPath, [join(root, 'mocks/dev/build-world.mjs'), world, partial, now.toISOString()], {
        cwd: root,
        // The browser's scrypt caps at 2^12 (bff/src/auth/kdf.browser.ts): hash the demo passwords at that cost.
        env: { ...process.env, NODE_ENV: 'development', SCRYPT_LOG_N: '12' },
        maxBuffer: 16 * 1024 * 1024,
      });
      renameSync(partial, file);
      console.log(`  mock world "${world}" built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    });
  }

  return {
    name: 'console-mock-worlds',
    apply: (_config, env) => env.command === 'serve' && env.mode === 'mock',
    configureServer(server) {
      // The demo world is what a first visit needs: start on it while Vite gets ready.
      build('demo').catch((error: unknown) => server.config.logger.error(`mock world "demo" could not be built: ${String(error)}`));
      server.middlewares.use(WORLD_PATH, (req, res) => {
        const world = (req.url ?? '').replace(/^\//, '').replace(/\.tar\.gz(\?.*)?$/, '');
        if (!WORLDS.has(world)) {
          res.statusCode = 404;
          res.end(`no mock world "${world}"`);
          return;
        }
        build(world).then(
          (file) => {
            res.setHeader('content-type', 'application/gzip');
            res.setHeader('cache-control', 'no-store');
            res.end(readFileSync(file));
          },
          (error: unknown) => {
            // The page then migrates and seeds in the browser, as it would without this plugin.
            server.config.logger.error(`mock world "${world}" could not be built: ${String(error)}`);
            res.statusCode = 503;
            res.end('mock world unavailable');
          },
        );
      });
    },
  };
}
