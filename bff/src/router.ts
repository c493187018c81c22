import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { auditRouter } from './audit/router';
import { authRouter } from './auth/router';
import { calendarRouter } from './calendar/router';
import { homeRouter } from './home/router';
import { campaignsRouter } from './campaigns/router';
import { launchesRouter } from './launches/router';
import { merchantsRouter } from './merchants/router';
import { notificationsRouter } from './notifications/router';
import { perksRouter } from './perks/router';
import { reviewRouter } from './review/router';
import { serviceRouter } from './service/router';
import { router } from './trpc';
import { usersRouter } from './users/router';

export const appRouter = router({
  auth: authRouter,
  merchants: merchantsRouter,
  users: usersRouter,
  calendar: calendarRouter,
  launches: launchesRouter,
  campaigns: campaignsRouter,
  review: reviewRouter,
  notifications: notificationsRouter,
  perks: perksRouter,
  service: serviceRouter,
  audit: auditRouter,
  home: homeRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
