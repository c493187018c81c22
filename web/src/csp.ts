// zod 4 probes for eval (`Function('')`) to decide whether to compile its object parsers. The console's
// Content-Security-Policy forbids eval, so the probe is refused and reported as a violation on every page that parses
// a schema. Parsing without the compiled fast path is what happens under that policy anyway; saying so up front keeps
// the CSP report clean. zod keeps its config on this global (zod/v4/core/core.js), which it reads when it loads:
// setting it here rather than through `z.config` keeps zod out of the initial JavaScript. csp.test.ts checks that zod
// still takes it from there.
const zodConfig = ((globalThis as { __zod_globalConfig?: Record<string, unknown> }).__zod_globalConfig ??= {});
zodConfig.jitless = true;
export {};
