import { readdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { mockRuntime } from './mocks/dev/runtime-plugin.ts';
import { mockWorlds } from './mocks/dev/world-plugin.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const bffPort = Number(process.env.BFF_PORT ?? 3001);

function bffProject(name: string, testDatabaseUrl: string) {
  return {
    test: {
      name,
      root: here('./bff'),
      environment: 'node' as const,
      include: ['src/**/*.test.ts'],
      testTimeout: 30_000,
      hookTimeout: 60_000,
      // Migrates one database per run that every file's fresh database is copied from (PGlite tarball / PG template).
      globalSetup: ['./src/test/global-setup.ts'],
      // Files share their worker's module cache instead of a new process each: PGlite's 9 MB WebAssembly is then
      // compiled once per worker rather than once per file (seconds each). Every file still opens its own fresh
      // database, and the bff keeps no module-level state that tests change (no vi.mock; a test that sets env restores it).
      isolate: false,
      // Tests hash passwords with a cheaper scrypt cost; production keeps the default.
      env: { TEST_DATABASE_URL: testDatabaseUrl, SCRYPT_LOG_N: '10' },
    },
  };
}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * Brotli (quality 11) and gzip (level 9) twins of every text file of the build, written next to it (`x.js.br`,
 * `x.js.gz`): the bff serves them with @fastify/static's `preCompressed`, so no request pays for compression.
 * A twin that would not be smaller is not written (the file is then sent as it is).
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'console:precompress',
    apply: 'build',
    configResolved(c) {
      outDir = c.build.outDir;
    },
    async closeBundle() {
      const files = (await readdir(outDir, { recursive: true })).filter((f) => /\.(js|mjs|css|html|svg|json|txt|map)$/.test(f) && !f.startsWith('.vite'));
      await Promise.all(
        files.map(async (f) => {
          const file = join(outDir, f);
          const raw = await readFile(file);
          const [br, gz] = await Promise.all([
            brotli(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
            gzip(raw, { level: 9 }),
          ]);
          if (br.length < raw.length) await writeFile(`${file}.br`, br);
          if (gz.length < raw.length) await writeFile(`${file}.gz`, gz);
        }),
      );
    },
  };
}

/**
 * antd's Table without its column filter dropdown and its row selection, which no table of the console uses (lists
 * filter on the server, in their filter bar; no list selects rows): web/src/shims/table-*.js. Both are imported
 * statically by antd's Table and bring Tree, Menu, Dropdown, Checkbox and Radio (~16 KB gzip and more) to every list's
 * first visit. Its virtual body (rc-virtual-list) likewise, which only the launch SKU grid uses: that page provides it. The imports are relative inside antd, so an alias cannot name them; this swaps the modules. The web's
 * component tests run antd's own CommonJS build, so the e2e specs (on the built SPA) are what would catch a table
 * that starts to use either.
 */
function tableWithoutOptions(): Plugin {
  const shims: [RegExp, string, string][] = [
    [/antd[\\/]es[\\/]table[\\/]hooks[\\/]useFilter[\\/]index\.js$/, './FilterDropdown', here('./web/src/shims/table-filter-dropdown.js')],
    [/antd[\\/]es[\\/]table[\\/](InternalTable|Table)\.js$/, './hooks/useSelection', here('./web/src/shims/table-selection.js')],
    [/antd[\\/]es[\\/]table[\\/]InternalTable\.js$/, './RcTable/VirtualTable', here('./web/src/shims/table-virtual.js')],
  ];
  return {
    name: 'console:table-without-options',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer) return null;
      return shims.find(([from, spec]) => spec === source && from.test(importer))?.[2] ?? null;
    },
  };
}

/**
 * antd's Pagination without a static import of Select, which it needs only for its page-size changer:
 * web/src/shims/pagination-size-changer.js. antd's Select module, wherever a page imports it, hands itself to the shim,
 * so a changer next to a filter bar's select renders at once; a table on a page without a Select (and with a changer:
 * `showSizeChanger`, or more than 50 rows) loads it then. Table → Pagination → Select was ~26 KB gzip of every page
 * with a table, paged or not.
 */
function paginationSelectOnDemand(): Plugin {
  const shim = here('./web/src/shims/pagination-size-changer.js');
  return {
    name: 'console:pagination-select-on-demand',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === '../select' && importer && /antd[\\/]es[\\/]pagination[\\/]Pagination\.js$/.test(importer)) return shim;
      return null;
    },
    transform(code, id) {
      if (!/antd[\\/]es[\\/]select[\\/]index\.js$/.test(id)) return null;
      if (!/\nexport default Select;\s*$/.test(code)) this.error('antd/es/select/index.js no longer ends with `export default Select;`: review web/src/shims/pagination-size-changer.js');
      return { code: `${code}\nimport { provideSelect as __provideSelect } from ${JSON.stringify(shim)};\n__provideSelect(Select);\n`, map: null };
    },
  };
}

// One config: the SPA's build (root: web) and the Vitest projects of every workspace.
export default defineConfig(({ mode, command }) => ({
  root: here('./web'),
  plugins: [react(), tableWithoutOptions(), paginationSelectOnDemand(), precompress(), mockWorlds(here('./')), mockRuntime(here('./'))],
  resolve: {
    // qs's cycle guard: the package's polyfill stack (object-inspect, get-intrinsic, …) is ~11 KB gzip of the first
    // load; every browser we support has WeakMap. See web/src/shims/side-channel.cjs.
    alias: {
      'side-channel': here('./web/src/shims/side-channel.cjs'),
      // Only in the build: jsdom (the web tests) has no ResizeObserver, browsers all do.
      ...(command === 'build' ? { 'resize-observer-polyfill': here('./web/src/shims/resize-observer.js') } : {}),
    },
  },
  define: {
    'import.meta.env.VITE_MOCK': JSON.stringify(mode === 'mock' ? 'true' : (process.env.VITE_MOCK ?? 'false')),
  },
  build: {
    outDir: here('./web/dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 600,
    // scripts/bundle-size.mjs reads the manifest to tell initial JavaScript from lazy chunks.
    manifest: true,
    rollupOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'index',
              tags: ['$initial'],
              test: (id: string) => !/node_modules[\\/]papaparse[\\/]/.test(id),
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
      treeshake: {
        // These packages declare no `sideEffects`, so the bundler keeps every module their barrels import even when
        // nothing uses it: Refine's bundles import papaparse and react-markdown for features no page uses (CSV
        // import/export, MarkdownField), and antd's Menu → Tooltip → form context pulls all of rc-field-form and its
        // validator in for one context provider. They are pure component/utility modules: what is used is still
        // bundled, the rest is dropped from the first load.
        moduleSideEffects: [
          {
            test: /node_modules[\\/](papaparse|react-markdown|remark-[^\\/]+|micromark[^\\/]*|mdast-[^\\/]+|unified|vfile[^\\/]*|property-information|hast-[^\\/]+|rc-[^\\/]+|@rc-component[\\/][^\\/]+)[\\/]/,
            sideEffects: false,
          },
        ],
      },
    },
  },
  // Mock mode runs the bff's router on PGlite in the browser: PGlite loads its WebAssembly and data files relative to
  // its own module, which Vite's dependency pre-bundling would move.
  optimizeDeps: mode === 'mock' ? { exclude: ['@electric-sql/pglite'] } : undefined,
  server: {
    port: Number(process.env.WEB_PORT ?? 5173),
    // Transformed while the browser starts: the app's entry (and its static imports), the sign-in page and what a
    // first sign-in shows. Without it the first visit asks for each module and waits for its transform in turn.
    warmup: { clientFiles: ['./src/main.tsx', './src/auth/login.tsx', './src/layout/AppLayout.tsx', './src/home/index.tsx'] },
    proxy: mode === 'mock' ? undefined : { '/trpc': `http://127.0.0.1:${bffPort}`, '/health': `http://127.0.0.1:${bffPort}` },
  },
  test: {
    // Vitest's default, cores − 1 workers, is one on a 2-core machine, where the suites wait on PGlite and PostgreSQL a
    // lot: two measured ~1.5× faster (.ci/run found it first). VITEST_MAX_WORKERS still overrides.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      { test: { name: 'shared', root: here('./shared'), environment: 'node', include: ['src/**/*.test.ts'] } },
      bffProject('bff', ''),
      // The same bff suite again against a real PostgreSQL server when one is named.
      ...(process.env.TEST_DATABASE_URL ? [bffProject('bff-pg', process.env.TEST_DATABASE_URL)] : []),
      {
        test: {
          name: 'mocks',
          root: here('./mocks'),
          environment: 'node',
          include: ['src/**/*.test.ts'],
          // The byte-identity test opens the bff's database (migrated tarball) and mock mode's (seeded tarball).
          globalSetup: [here('./bff/src/test/global-setup.ts'), here('./mocks/src/test/global-setup.ts')],
          env: { SCRYPT_LOG_N: '10' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        // Pages import some antd components by their module (antd/es/input/Input: only what they use, not the barrel's
        // siblings); the tests run antd's CommonJS build, so these name the same modules there (one ConfigProvider
        // and Form context, not two copies of antd).
        resolve: { alias: [{ find: /^antd\/es\/(.*)$/, replacement: 'antd/lib/$1' }] },
        test: {
          name: 'web',
          root: here('./web'),
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'src/**/*.test.ts'],
          setupFiles: ['./src/test/setup.ts'],
          // The app runs against the bff's router on PGlite (mocks/src/node.ts): one migrated, seeded database is
          // built per run, and every test file's database is a copy of it.
          globalSetup: [here('./mocks/src/test/global-setup.ts')],
          env: { SCRYPT_LOG_N: '10' },
          testTimeout: 20_000,
          // On CI's 2 cores the web suite shares the machine with the bff projects; a test whose antd select or dialog
          // misses its wait under that load gets one more try there (a real defect fails both). Locally: no retry.
          retry: process.env.CI ? 1 : 0,
          // A worker runs its files one after another in one module graph and one window, as the bff project does:
          // the app, antd, Refine and the bff's router are imported once per worker, not once per file, and the
          // worker's database (mocks/src/node.ts) stays open from file to file, reset in place after every test like
          // between a file's tests (mocks/src/reset.ts), so no file sees another's rows, sessions or sequences. The
          // setup resets the DOM, storage, address, language and mock mode's clock, scenario and handlers after each
          // test. The web project's CPU time halved (~250 → ~120 s). The first attempt (89d66b8, undone in 5f2b005)
          // failed login.test once in three runs; its databases were then closed and reopened after a test that wrote
          // rather than reset in place. Shuffled runs (--sequence.shuffle) pass.
          isolate: false,
          // Refine's router bindings must see the same react-router instance as the app ("useLocation() may be
          // used only in the context of a <Router>" otherwise): let Vite process them instead of Node.
          server: { deps: { inline: [/@refinedev\//] } },
        },
      },
    ],
  },
}));
