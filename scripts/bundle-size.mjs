#!/usr/bin/env node
// Bundle-size figures of the SPA (run by `npm run bench` after the bff bench).
// Reads the Vite manifest (root vite.config.ts sets build.manifest), builds first when it is missing, then prints:
//   - the initial JavaScript: the entry chunk plus its static imports, transitively (what the first visit downloads);
//   - every lazy chunk (a dynamic import's target, or a shared chunk only those load), its own gzip size, and for a
//     dynamic import what it pulls in beyond the initial set.
//   - per route, what its first visit transfers: the initial JavaScript, the console's frame (every page but the sign-in
//     page is inside it) and the route's page with everything it imports statically, and the zh-CN texts of the
//     domains it waits for (`withTexts`), gzip and brotli (the .br twins the build writes are what the bff sends a browser).
// Sizes are gzip (node:zlib, level 9). Budgets: initial ≤ 250 KB, every route's first visit ≤ 450 KB, each lazy chunk ≤ 60 KB.
// A figure over budget is flagged; the script still exits 0 (a benchmark prints figures, it does not fail on them),
// except when the bundle holds mock mode (PGlite, bff code, MSW): scripts/bundle-purity.mjs, exit 1.
// Options: --json (machine-readable output), --no-build (fail instead of building when the manifest is missing).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bundleOffences } from './bundle-purity.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'web', 'dist');
const manifestPath = join(dist, '.vite', 'manifest.json');
const INITIAL_BUDGET = 250 * 1024;
const ROUTE_BUDGET = 450 * 1024;
const LAZY_BUDGET = 60 * 1024;
const args = new Set(process.argv.slice(2));

if (!existsSync(manifestPath)) {
  if (args.has('--no-build')) {
    console.error(`No build manifest at ${manifestPath}: run \`npm run build\` first.`);
    process.exit(1);
  }
  console.error('No build manifest yet: building the SPA (vite build)…');
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0 || !existsSync(manifestPath)) {
    console.error('The build failed; no bundle-size figures.');
    process.exit(1);
  }
}

/** @type {Record<string, {file: string, src?: string, name?: string, isEntry?: boolean, isDynamicEntry?: boolean, imports?: string[], dynamicImports?: string[], css?: string[]}>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const sizes = new Map();
function size(file) {
  if (!sizes.has(file)) {
    const buf = readFileSync(join(dist, file));
    const br = join(dist, `${file}.br`);
    sizes.set(file, { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, br: existsSync(br) ? statSync(br).size : buf.length });
  }
  return sizes.get(file);
}
const isJs = (file) => /\.m?js$/.test(file);

/** Keys reachable from `start` through static imports, `start` included. */
function staticClosure(start) {
  const seen = new Set();
  const stack = [start];
  while (stack.length) {
    const key = stack.pop();
    if (seen.has(key) || !manifest[key]) continue;
    seen.add(key);
    for (const k of manifest[key].imports ?? []) stack.push(k);
  }
  return seen;
}
const sum = (keys, pick = 'gzip') =>
  [...keys].filter((k) => isJs(manifest[k].file)).reduce((n, k) => n + size(manifest[k].file)[pick], 0);

// No mock mode in production (scripts/bundle-purity.mjs): this is the one check here that fails the script.
const offences = bundleOffences(dist);
if (offences.length) {
  for (const o of offences) console.error(`The production bundle holds ${o.what}: ${o.file}`);
  process.exit(1);
}

const entries = Object.keys(manifest).filter((k) => manifest[k].isEntry);
if (entries.length === 0) {
  console.error(`The manifest at ${manifestPath} names no entry chunk.`);
  process.exit(1);
}
const initial = new Set(entries.flatMap((k) => [...staticClosure(k)]));
const initialCss = [...new Set([...initial].flatMap((k) => manifest[k].css ?? []))];

// Lazy chunks: every JavaScript chunk the initial set does not hold, i.e. loaded on demand: the targets of dynamic
// imports (routes, dialogs) and the shared chunks they import (e.g. antd's Table), each measured on its own.
const dynamicTargets = new Set(Object.values(manifest).flatMap((c) => c.dynamicImports ?? []));
const lazyKeys = Object.keys(manifest).filter((k) => !initial.has(k) && isJs(manifest[k].file));
const lazy = lazyKeys
  .map((key) => {
    const chunk = manifest[key];
    const own = size(chunk.file);
    const pulled = [...staticClosure(key)].filter((k) => !initial.has(k));
    const kind = dynamicTargets.has(key) ? 'dynamic import' : 'shared';
    return { key, kind, file: chunk.file, src: chunk.src ?? chunk.name ?? key, raw: own.raw, gzip: own.gzip, withImports: sum(pulled), imports: pulled.length - 1 };
  })
  .sort((a, b) => b.gzip - a.gzip);

// A domain's texts load with its routes (web/src/i18n/texts.ts): `lazy(() => withTexts(import('./page'), 'perks', …))`.
// The sources name which texts each page (and the frame) waits for; a first visit counts the default language's
// (zh-CN) chunks of those domains.
const webSrc = join(root, 'web', 'src');
const textChunks = new Map(); // domain → manifest key of its zh-CN texts
for (const m of readFileSync(join(webSrc, 'i18n', 'texts.ts'), 'utf8').matchAll(/^\s+(\w+): \{\s*'zh-CN': \(\) => import\('\.\.\/([^']+)'\)/gm))
  textChunks.set(m[1], `src/${m[2]}.ts`);
const pageTexts = new Map(); // manifest key of a lazy page → its domains' text chunks
for (const f of readdirSync(webSrc, { recursive: true })) {
  if (!/\.tsx?$/.test(f) || /\.test\./.test(f)) continue;
  for (const m of readFileSync(join(webSrc, f), 'utf8').matchAll(/withTexts\(import\('([^']+)'\)((?:,\s*'\w+')*)\)/g)) {
    const target = relative(root + '/web', resolve(webSrc, dirname(f), m[1]));
    const key = [`${target}.tsx`, `${target}.ts`, `${target}/index.tsx`, `${target}/index.ts`].find((k) => manifest[k]);
    const domains = [...m[2].matchAll(/'(\w+)'/g)].map((d) => d[1]);
    if (key) pageTexts.set(key, domains.map((d) => textChunks.get(d)).filter((k) => k && manifest[k]));
  }
}
const withPageTexts = (key) => [...staticClosure(key), ...(pageTexts.get(key) ?? []).flatMap((k) => [...staticClosure(k)])];

// Routes: the pages the initial code imports dynamically (React.lazy), but the frame itself, the English catalog,
// the domains' texts and the mock worker. Each visit loads the frame (and its texts) too, but the sign-in page's.
const FRAME = 'src/layout/AppLayout.tsx';
const NOT_ROUTES = new Set([FRAME, 'src/i18n/en-bundle.ts']);
const frame = manifest[FRAME] ? new Set(withPageTexts(FRAME)) : new Set();
const routeKeys = [...new Set([...initial].flatMap((k) => manifest[k].dynamicImports ?? []))].filter(
  (k) => manifest[k] && !NOT_ROUTES.has(k) && !/mocks\//.test(k) && !/\/locale(\.en)?\.ts$/.test(k),
);
// A page that lazily renders another route's page (campaigns/show renders the Brand Day or the promotion page, by the
// application's kind) loads one of them on its first visit: it counts with the largest.
const routeKeySet = new Set(routeKeys);
const pageWithAlternatives = (key) => {
  const alternatives = (manifest[key].dynamicImports ?? []).filter((k) => routeKeySet.has(k) && k !== key);
  const largest = alternatives.map((k) => withPageTexts(k)).sort((a, b) => sum(b) - sum(a))[0] ?? [];
  return [...withPageTexts(key), ...largest];
};
const routes = routeKeys
  .map((key) => {
    const set = new Set([...initial, ...(key === 'src/auth/login.tsx' ? [] : frame), ...pageWithAlternatives(key)]);
    const gzip = sum(set);
    // A page that is also a shared chunk (the 404 page) has a `_name-hash.js` key: print its name instead.
    const route = key.startsWith('_') ? (manifest[key].name ?? key) : key.replace(/^src\//, '').replace(/\.tsx?$/, '');
    return { route, gzip, br: sum(set, 'br'), chunks: set.size, budget: ROUTE_BUDGET, over: gzip > ROUTE_BUDGET };
  })
  .sort((a, b) => b.gzip - a.gzip);

const initialGzip = sum(initial);
const initialRaw = sum(initial, 'raw');
const report = {
  initial: {
    gzip: initialGzip,
    raw: initialRaw,
    budget: INITIAL_BUDGET,
    over: initialGzip > INITIAL_BUDGET,
    chunks: [...initial]
      .map((k) => ({ file: manifest[k].file, src: manifest[k].src ?? manifest[k].name ?? k, ...size(manifest[k].file) }))
      .sort((a, b) => b.gzip - a.gzip),
    css: initialCss.map((file) => ({ file, ...size(file) })),
  },
  routes,
  lazy: lazy.map((c) => ({ ...c, budget: LAZY_BUDGET, over: c.gzip > LAZY_BUDGET })),
};

if (args.has('--json')) {
  console.log(JSON.stringify(report, null, 2));
  process.exit(0);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const pad = (s, n) => String(s).padStart(n);
const flag = (over) => (over ? '  ⚠ over budget' : '');
console.log('\nSPA bundle size (gzip; web/dist, from .vite/manifest.json)');
console.log(`\n  Initial JavaScript: ${kb(initialGzip)} gzip, ${kb(sum(initial, 'br'))} brotli (${kb(initialRaw)} raw), budget ${kb(INITIAL_BUDGET)}${flag(report.initial.over)}`);
for (const c of report.initial.chunks) console.log(`    ${pad(kb(c.gzip), 10)}  ${c.file}  (${c.src})`);
for (const c of report.initial.css) console.log(`    ${pad(kb(c.gzip), 10)}  ${c.file}  (css, not counted)`);
console.log(`\n  First visit of each route (initial + frame + the page and its imports), budget ${kb(ROUTE_BUDGET)} gzip`);
for (const r of routes) console.log(`    ${pad(kb(r.gzip), 10)} gzip ${pad(kb(r.br), 10)} brotli  ${r.route}  (${r.chunks} chunks)${flag(r.over)}`);
console.log(`\n  Lazy chunks (loaded on demand): ${lazy.length}, budget ${kb(LAZY_BUDGET)} each`);
for (const c of report.lazy) {
  const extra = c.kind === 'dynamic import' && c.imports > 0 ? `; ${kb(c.withImports)} with the ${c.imports} chunk(s) it loads` : '';
  console.log(`    ${pad(kb(c.gzip), 10)}  ${c.src}  (${c.kind}) → ${c.file}${extra}${flag(c.over)}`);
}
const overs = [report.initial.over ? 'initial' : null, ...routes.filter((r) => r.over).map((r) => `route ${r.route}`), ...report.lazy.filter((c) => c.over).map((c) => c.src)].filter(Boolean);
console.log(overs.length ? `\n  Over budget: ${overs.join(', ')}\n` : '\n  All within budget.\n');
