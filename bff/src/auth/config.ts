import { config } from '../config';

/** Session and sign-in limits; the numbers come from the environment (bff/src/config.ts). */
export const authConfig = {
  cookieName: 'console_sid',
  get idleTimeoutMs() {
    return config().SESSION_IDLE_MINUTES * 60_000;
  },
  get absoluteTimeoutMs() {
    return config().SESSION_ABSOLUTE_HOURS * 3_600_000;
  },
  /** last_seen_at is written at most this often, so reads stay reads. */
  touchEveryMs: 60_000,
  get failureWindowMs() {
    return config().LOGIN_WINDOW_MINUTES * 60_000;
  },
  get maxFailuresPerAccount() {
    return config().LOGIN_MAX_PER_ACCOUNT;
  },
  get maxFailuresPerAddress() {
    return config().LOGIN_MAX_PER_ADDRESS;
  },
};
