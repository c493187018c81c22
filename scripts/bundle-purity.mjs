// The production bundle must hold no mock mode: no PGlite, no bff code (the router, its seed, drizzle), no MSW.
// Mock mode reaches all of it through one dynamic import behind `import.meta.env.VITE_MOCK` (web/src/main.tsx),
// which the build drops; this check fails the bundle script when something pulls it in anyway.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What betrays each: a file name, or text that survives minification. */
const MARKERS = [
  { what: 'PGlite', file: /pglite|\.wasm$/i, text: /\bPGlite\b|\/pglite\// },
  { what: 'bff code', text: /__drizzle_migrations|console_sid|statement-breakpoint/ },
  { what: 'MSW', text: /\bsetupWorker\b|MSW_[A-Z_]+|mockServiceWorker\.js/ },
];

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/** The offences found in a built dist folder: `[{ file, what }]` (the MSW worker script itself is public, not bundled). */
export function bundleOffences(dist) {
  const found = [];
  for (const path of files(dist)) {
    const name = relative(dist, path);
    if (name === 'mockServiceWorker.js') continue;
    for (const m of MARKERS) {
      if (m.file?.test(name)) found.push({ file: name, what: m.what });
      else if (/\.(m?js|html)$/.test(name) && m.text.test(readFileSync(path, 'utf8'))) found.push({ file: name, what: m.what });
    }
  }
  return found;
}
