import { ZodError } from 'zod';

/** Field path of a zod issue as the form names it: `skus.3.launchPrice`. */
export function fieldErrorsOf(error: ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/**
 * The error every procedure answers with, in the bff and in the mocks alike: `errors.validation` with
 * `data.fieldErrors` for schema and domain errors, `errors.internal` instead of a 500's own message (it may carry
 * SQL or hosts; the log keeps the detail), and `data.currentVersion` on a CONFLICT over a stale version.
 */
export function apiErrorShape<S extends { message: string; data: object }>(shape: S, error: { code: string; cause?: unknown }) {
  const zodError = error.cause instanceof ZodError ? error.cause : null;
  const cause = error.cause as { fieldErrors?: Record<string, string[]>; currentVersion?: number } | undefined;
  return {
    ...shape,
    message: zodError ? 'errors.validation' : error.code === 'INTERNAL_SERVER_ERROR' ? 'errors.internal' : shape.message,
    data: {
      ...shape.data,
      stack: undefined,
      fieldErrors: zodError ? fieldErrorsOf(zodError) : (cause?.fieldErrors ?? null),
      ...(typeof cause?.currentVersion === 'number' ? { currentVersion: cause.currentVersion } : {}),
    },
  };
}
