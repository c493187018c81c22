import type { AppRouter } from '@console/bff/router';
import { authMocks } from './auth/handlers';
import { calendarMocks } from './calendar/handlers';
import { campaignsMocks } from './campaigns/handlers';
import { launchesMocks } from './launches/handlers';
import { merchantsMocks } from './merchants/handlers';
import { notificationsMocks } from './notifications/handlers';
import { perksMocks } from './perks/handlers';
import { reviewMocks } from './review/handlers';
import { serviceMocks } from './service/handlers';
import { buildMockRouter, type MockImpl } from './trpc';
import { usersMocks } from './users/handlers';

/**
 * The mock of every procedure of the bff router. Typed as `MockImpl<AppRouter>`: a procedure the bff adds
 * without a mock here, or a mock whose schemas or kind differ from the bff's, fails the typecheck.
 */
export const mockImpl: MockImpl<AppRouter> = {
  auth: authMocks,
  merchants: merchantsMocks,
  users: usersMocks,
  calendar: calendarMocks,
  launches: launchesMocks,
  campaigns: campaignsMocks,
  review: reviewMocks,
  notifications: notificationsMocks,
  perks: perksMocks,
  service: serviceMocks,
};

/** A real tRPC router (same wire format as the bff, batching included) over the mock implementation. */
export const mockRouter = buildMockRouter<AppRouter>(mockImpl);
