/**
 * Mock scenarios, chosen with `?scenario=` in the page's address (or `useScenario` in a test):
 * - `normal` (default): the fixtures, changed by what the user does;
 * - `empty`: every list comes back without rows;
 * - `error`: every procedure except `auth.*` fails with INTERNAL_SERVER_ERROR (`errors.internal`);
 * - `slow`: every request is answered after 2 seconds.
 */
export const SCENARIOS = ['normal', 'empty', 'error', 'slow'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export const SLOW_DELAY_MS = 2_000;

export function parseScenario(value: string | null | undefined): Scenario | null {
  return (SCENARIOS as readonly string[]).includes(value ?? '') ? (value as Scenario) : null;
}

/** Sign-in keeps working in the `error` scenario, so the pages behind it can show their error states. */
export const isAuthPath = (path: string) => path === 'auth' || path.startsWith('auth.');
