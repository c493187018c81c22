// The demo world: pure data over `@console/shared`, no database and no Node APIs. The bff's seed writes it into
// the database (`db/seed.ts`), and mock mode imports it as `@console/bff/demo` (a public entry of this package, so
// nothing outside the bff reaches into its folders).
export * from './calendar';
export * from './launches';
export * from './merchants';
export * from './perks';
export * from './random';
export * from './service';
export * from './users';
export * from './campaigns';
