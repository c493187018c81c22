// The demo world: pure data over `@console/shared`, no database and no Node APIs. The bff's seed writes it into
// the database (`db/seed.ts`); mock mode seeds the same world through that seed, `seedDemo` of the package's
// `@console/bff/embedded` entry (package.json exports only `router`, `embedded` and `testing`: nothing outside the
// bff reaches into its folders).
export * from './calendar';
export * from './launches';
export * from './merchants';
export * from './perks';
export * from './random';
export * from './service';
export * from './users';
export * from './campaigns';
