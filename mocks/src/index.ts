export { mockImpl, mockRouter } from './router';
export { createHandlers } from './handlers';
export { MockStore, createFixtures, type MockData, type MockAuditEntry } from './store';
export { SCENARIOS, parseScenario, type Scenario } from './scenario';
export { mock, buildMockRouter, flattenMocks, type MockImpl, type MockCtx } from './trpc';
export { DEMO_PASSWORD } from './users/fixtures';
