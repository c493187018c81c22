import type { TransitionProblem } from '@console/shared';
import { TRPCError } from '@trpc/server';

/** The cause of a CONFLICT: someone changed the application since the caller read it. */
export class StaleVersionError extends Error {
  constructor(public currentVersion: number) {
    super('errors.staleVersion');
  }
}

export const notFound = () => new TRPCError({ code: 'NOT_FOUND', message: 'errors.notFound' });

/** CONFLICT with `errors.staleVersion`; `data.currentVersion` on the wire says what to reload. */
export const staleVersion = (currentVersion: number) =>
  new TRPCError({ code: 'CONFLICT', message: 'errors.staleVersion', cause: new StaleVersionError(currentVersion) });

/** The action is not possible in the application's state (or not for this role): `review.transitionNotAllowed` / `review.wrongRole`. */
export const transitionRefused = (problem: TransitionProblem) => new TRPCError({ code: 'BAD_REQUEST', message: problem.key });
