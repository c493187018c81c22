import { setupServer } from 'msw/node';
import { createHandlers } from './handlers';
import type { Scenario } from './scenario';
import { MockStore } from './store';

/** The mock state component tests run against; `resetMocks()` restores it between tests. */
export const mockStore = new MockStore();

/** MSW's Node server with the mock of every bff procedure (start it with `mockServer.listen()`). */
export const mockServer = setupServer(...createHandlers(mockStore));

/** Restores the fixtures, signs out, goes back to the normal scenario and drops handlers added with `mockServer.use`. */
export function resetMocks() {
  mockStore.reset();
  mockServer.resetHandlers();
}

/** Signs a demo user in without a password: 'op.apparel', 'mgr.fashion', 'admin'... */
export function signInAs(username: string) {
  return mockStore.signIn(username);
}

/** Switches the scenario: 'normal', 'empty', 'error' or 'slow'. */
export function useScenario(name: Scenario) {
  mockStore.scenario = name;
}

export { SCENARIOS, type Scenario } from './scenario';
