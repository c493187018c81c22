/** Sign-in limits, the bff's defaults (`bff/src/auth/config.ts`). */
export const authLimits = {
  failureWindowMs: 15 * 60_000,
  maxFailuresPerAccount: 5,
  maxFailuresPerAddress: 20,
};

/** Failed sign-ins by key (`user:<name>` / `ip:<address>`), as ISO times; none at the start. */
export type LoginFailures = Record<string, string[]>;
export const createLoginFailures = (): LoginFailures => ({});

/** The address every mock request comes from (there is one browser). */
export const MOCK_IP = '127.0.0.1';
