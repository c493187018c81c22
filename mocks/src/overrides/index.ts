import type { Override } from '../overrides';

/**
 * The procedures mock mode answers with a fixture instead of the router (see mocks/README.md, "Overriding one
 * procedure"). Empty: every procedure the web calls exists in the bff. Add one with `override()` or `stub()`,
 * and delete it when the procedure lands.
 */
export const OVERRIDES: readonly Override[] = [];
