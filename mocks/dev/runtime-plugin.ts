import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { buildCache, sourceHash } from './source-hash.ts';

/** The module web/src/main.tsx imports to start mock mode. */
const ENTRY = '@console/mocks/browser';
/** shared's barrel, which the app imports too: in mock mode from the same build (one module, one instance). */
const SHARED = '@console/shared';
/** Where mock mode's service worker is served (mocks/dev/service-worker.js; mocks/src/browser.ts registers it). */
export const SERVICE_WORKER_PATH = '/mock-service-worker.js';
/** The early start script's module (virtual): index.html loads it before main.tsx's imports have arrived. */
const START_ID = '\0console-mock-start';
/** The sources it is built from: a change to any of them builds it again. */
const SOURCES = ['bff/src', 'bff/drizzle', 'shared/src', 'mocks/src'];

/**
 * `npm run dev:mock` serves mock mode's runtime (mocks/src/browser.ts with the bff's router, schema, migrations and
 * seed, and shared) as one module built once by Vite, instead of the ~250 source modules the page would otherwise ask
 * the dev server to transform one by one before it can show anything. Packages stay imports (Vite serves them from its
 * dependency cache, PGlite from its package). The build is cached in node_modules/.cache/console-mock-runtime, keyed
 * by a hash of those sources: a warm start serves it at once.
 *
 * There is no hot update inside it: a change to a bff, shared or mocks source builds it again and reloads the page
 * (the browser keeps its database; `?reset` reseeds it).
 */
export function mockRuntime(root: string): Plugin {
  const cacheDir = join(root, 'node_modules/.cache/console-mock-runtime');
  const cached = buildCache();
  let server: ViteDevServer | undefined;

  function build(): Promise<string> {
    // This file too: a change to how it builds must not reuse an older build.
    const key = sourceHash(root, [...SOURCES, 'mocks/dev/runtime-plugin.ts']);
    const file = join(cacheDir, key, 'browser.js');
    return cached(key, file, async () => {
      mkdirSync(cacheDir, { recursive: true });
      for (const old of readdirSync(cacheDir)) rmSync(join(cacheDir, old), { recursive: true, force: true });
      const partial = join(cacheDir, `${key}.${process.pid}.part`);
      const started = performance.now();
      const vite = await import('vite');
      await vite.build({
        configFile: false,
        root,
        mode: 'development',
        logLevel: 'warn',
        // Only the workspace's sources are bundled; every package is left to the dev server.
        plugins: [
          {
            name: 'console-mock-runtime:packages-external',
            enforce: 'pre',
            resolveId(source) {
              return isPackage(source) ? { id: source, external: true } : null;
            },
          },
        ],
        build: {
          outDir: partial,
          emptyOutDir: true,
          copyPublicDir: false,
          write: true,
          minify: false,
          sourcemap: true,
          reportCompressedSize: false,
          target: 'esnext',
          // Two entries, so that the app's imports of shared's barrel are served from this build as well: ~50
          // modules the sign-in form's chunk waited on in three rounds, and already loaded with the runtime.
          lib: {
            entry: { browser: join(root, 'mocks/src/browser.ts'), shared: join(root, 'shared/src/index.ts') },
            formats: ['es'],
            fileName: (_format, name) => `${name}.js`,
          },
        },
      });
      rmSync(join(cacheDir, key), { recursive: true, force: true });
      renameSync(partial, join(cacheDir, key));
      server?.config.logger.info(`  mock runtime built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    });
  }

  return {
    name: 'console-mock-runtime',
    // Before Vite's own resolver, which would resolve the entry to its source through the workspace link.
    enforce: 'pre',
    apply: (_config, env) => env.command === 'serve' && env.mode === 'mock',
    configureServer(s) {
      server = s;
      // Mock mode's service worker: MSW's, minus the round trip to the page for every request that is not /trpc.
      s.middlewares.use(SERVICE_WORKER_PATH, (_req, res) => {
        res.setHeader('content-type', 'text/javascript');
        res.setHeader('cache-control', 'no-cache');
        res.end(readFileSync(join(root, 'mocks/dev/service-worker.js')));
      });
      // Start on it while Vite gets ready, and transform it before the page asks for it.
      build().then(
        (file) => s.warmupRequest(`/@fs${file}`),
        (error: unknown) => s.config.logger.error(`mock runtime could not be built: ${String(error)}`),
      );
      // Outside web/, and not in the app's module graph (the build stands for them): Vite would not watch them.
      s.watcher.add(SOURCES.map((dir) => join(root, dir)));
      s.watcher.on('all', (_event, path) => {
        const rel = relative(root, path);
        if (!SOURCES.some((dir) => rel === dir || rel.startsWith(dir + sep)) || /\.test\.tsx?$/.test(rel)) return;
        // Every module resolves its imports again (main.tsx the runtime, the app's pages shared's barrel: both to the
        // new build) and the page reloads onto it.
        s.environments.client.moduleGraph.invalidateAll();
        s.ws.send({ type: 'full-reload' });
      });
    },
    // main.tsx asks for the runtime only once it and all the app's static imports have loaded and run (~160 modules).
    // This script starts it alongside them: its packages load, the service worker registers and the world and PGlite
    // download while the app's modules still arrive. main.tsx's own start then finds it started.
    transformIndexHtml() {
      return [{ tag: 'script', attrs: { type: 'module', async: true, src: `/@id/${START_ID.replace('\0', '__x00__')}` }, injectTo: 'head' }];
    },
    async resolveId(source, _importer, options) {
      if (source === START_ID || source === START_ID.slice(1)) return START_ID;
      // Vite's dependency scan still reads the sources, so it finds every package the runtime imports.
      if ((source !== ENTRY && source !== SHARED) || (options as { scan?: boolean }).scan) return null;
      try {
        const file = await build();
        return source === ENTRY ? file : join(dirname(file), 'shared.js');
      } catch (error) {
        server?.config.logger.error(`mock runtime could not be built, serving its sources: ${String(error)}`);
        return null;
      }
    },
    load(id) {
      // The app's CSP module first, as main.tsx imports it: zod reads its settings when it loads.
      if (id === START_ID) return `import '/src/csp.ts';\nimport { startMockWorker } from '${ENTRY}';\nvoid startMockWorker();\n`;
      return null;
    },
  };
}

/** A bare import of a package: not a path, not `#kdf` or a virtual module, not one of the workspace's own. */
const isPackage = (source: string) => /^(@[\w.-]+\/)?\w/.test(source) && !source.startsWith('@console/') && !source.includes(':');
