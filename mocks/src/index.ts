export { MOCK_IP, type MockApi, mockHandlers } from './api';
export { MockClock } from './clock';
export { MockCookieJar } from './cookies';
export { type MockDatabase, openMockDatabase } from './database';
export { type Override, override, type ProcedurePath, routerWithOverrides, stub } from './overrides';
export { OVERRIDES } from './overrides/index';
export { SCENARIOS, parseScenario, type Scenario } from './scenario';
