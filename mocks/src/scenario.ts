/**
 * Mock scenarios, chosen with `?scenario=` in the page's address (or `useScenario` in a test):
 * - `normal` (default): the demo world, changed by what the user does;
 * - `empty`: a world seeded with the demo users and nothing else to show (a seed variant: its own database);
 * - `error`: every procedure except `auth.*` fails with INTERNAL_SERVER_ERROR (`errors.internal`);
 * - `slow`: every request is answered after 2 seconds;
 * - `ineligible`: the demo world with the operators' stores below the Brand Day bar (the eligibility card's failures);
 * - `booked`: the demo world with the first weeks of bookable Brand Days all taken by other stores.
 * `error` and `slow` are MSW middleware in front of the router; `empty`, `ineligible` and `booked` are data. A later domain adds its own
 * scenarios as seed variants (bff/src/db/seed.ts `DemoWorldName`), never as handler code.
 */
export const SCENARIOS = ['normal', 'empty', 'error', 'slow', 'ineligible', 'booked'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export const SLOW_DELAY_MS = 2_000;

export function parseScenario(value: string | null | undefined): Scenario | null {
  return (SCENARIOS as readonly string[]).includes(value ?? '') ? (value as Scenario) : null;
}

/** The demo world a scenario's database is seeded with. */
export const worldOf = (scenario: Scenario): World => (scenario === 'empty' || scenario === 'ineligible' || scenario === 'booked' ? scenario : 'demo');
export type World = 'demo' | 'empty' | 'ineligible' | 'booked';

/** Sign-in keeps working in the `error` scenario, so the pages behind it can show their error states. */
export const isAuthPath = (path: string) => path === 'auth' || path.startsWith('auth.');
