import { z } from 'zod';
import { APPLICATION_STATES, REVIEW_ACTIONS } from './states';

// The workflow's schemas, apart from ./states so that importing the states and rules does not load zod.
export const applicationState = z.enum(APPLICATION_STATES);
export const reviewAction = z.enum(REVIEW_ACTIONS);
