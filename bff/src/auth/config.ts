/** Session and sign-in limits; each can be set from the environment. */
export const authConfig = {
  cookieName: 'console_sid',
  idleTimeoutMs: Number(process.env.SESSION_IDLE_MINUTES ?? 30) * 60_000,
  absoluteTimeoutMs: Number(process.env.SESSION_ABSOLUTE_HOURS ?? 12) * 3_600_000,
  /** last_seen_at is written at most this often, so reads stay reads. */
  touchEveryMs: 60_000,
  failureWindowMs: Number(process.env.LOGIN_WINDOW_MINUTES ?? 15) * 60_000,
  maxFailuresPerAccount: Number(process.env.LOGIN_MAX_PER_ACCOUNT ?? 5),
  maxFailuresPerAddress: Number(process.env.LOGIN_MAX_PER_ADDRESS ?? 20),
};
