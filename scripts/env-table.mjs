#!/usr/bin/env node
// Rewrites the README's table of the bff's environment variables (between <!-- env:start --> and <!-- env:end -->)
// from bff/src/config.ts, the definitions the bff parses at start. bff/src/config.test.ts fails when they differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const { renderEnvTable } = await tsImport('../bff/src/config.ts', import.meta.url);
const readmePath = fileURLToPath(new URL('../README.md', import.meta.url));
const readme = readFileSync(readmePath, 'utf8');
const next = readme.replace(/(<!-- env:start -->)[\s\S]*?(<!-- env:end -->)/, `$1\n${renderEnvTable()}\n$2`);
writeFileSync(readmePath, next);
console.log(next === readme ? 'README.md: the table was up to date.' : 'README.md: table of environment variables rewritten.');
