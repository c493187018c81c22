/**
 * `@console/bff/testing`: the bff over HTTP in Node, for tests outside the bff that compare an answer with the bff's
 * own (mocks/src/same-answers.test.ts). Node only; mock mode and the web import `@console/bff/embedded`.
 */
export { type Database, openDatabase } from './db/client';
export { httpApp } from './test/harness';
