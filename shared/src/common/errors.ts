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

/** A message that is already an i18n key (`errors.notFound`, `launches.notEditable`), not a sentence. */
const I18N_KEY = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$/;

/** tRPC's own refusals carry English sentences; these become keys like every other error. */
const KEY_OF_TRPC_MESSAGE: readonly [RegExp, string][] = [
  [/^No procedure found on path/, 'errors.noProcedure'],
  [/^Unsupported [A-Z]+-request to/, 'errors.methodNotAllowed'],
  [/^Batch call exceeds maximum size/, 'errors.batchTooLarge'],
];
/** Any other sentence: the key of its code, so no English text from a library ever reaches a user. */
const KEY_OF_CODE: Record<string, string> = {
  BAD_REQUEST: 'errors.badRequest',
  NOT_FOUND: 'errors.notFound',
  METHOD_NOT_SUPPORTED: 'errors.methodNotAllowed',
  PAYLOAD_TOO_LARGE: 'errors.tooLarge',
  UNSUPPORTED_MEDIA_TYPE: 'errors.jsonOnly',
  TIMEOUT: 'errors.timeout',
  UNAUTHORIZED: 'errors.unauthorized',
  FORBIDDEN: 'errors.forbidden',
  CONFLICT: 'errors.conflict',
};

/** JSON-RPC 2.0's "parse error" (tRPC's `TRPC_ERROR_CODES_BY_KEY.PARSE_ERROR`); its HTTP status is 400. */
export const PARSE_ERROR_CODE = -32700;

/**
 * The error every procedure answers with, in the bff and in the mocks alike: `errors.validation` with
 * `data.fieldErrors` for schema and domain errors, `errors.internal` instead of a 500's own message (it may carry
 * SQL or hosts; the log keeps the detail), and `data.currentVersion` on a CONFLICT over a stale version.
 * A body or `?input=` that is not JSON is a `PARSE_ERROR` (`errors.badJson`), and tRPC's own English refusals
 * (no such procedure, wrong method, batch too large) are i18n keys too.
 */
export function apiErrorShape<S extends { message: string; code: number; data: object }>(shape: S, error: { code: string; cause?: unknown }) {
  const zodError = error.cause instanceof ZodError ? error.cause : null;
  const cause = error.cause as { fieldErrors?: Record<string, string[]>; currentVersion?: number } | undefined;
  const badJson = error.code === 'BAD_REQUEST' && error.cause instanceof SyntaxError;
  const message = zodError
    ? 'errors.validation'
    : error.code === 'INTERNAL_SERVER_ERROR'
      ? 'errors.internal'
      : badJson
        ? 'errors.badJson'
        : I18N_KEY.test(shape.message)
          ? shape.message
          : (KEY_OF_TRPC_MESSAGE.find(([pattern]) => pattern.test(shape.message))?.[1] ?? KEY_OF_CODE[error.code] ?? 'errors.badRequest');
  return {
    ...shape,
    message,
    ...(badJson ? { code: PARSE_ERROR_CODE } : {}),
    data: {
      ...shape.data,
      ...(badJson ? { code: 'PARSE_ERROR', httpStatus: 400 } : {}),
      stack: undefined,
      fieldErrors: zodError ? fieldErrorsOf(zodError) : (cause?.fieldErrors ?? null),
      ...(typeof cause?.currentVersion === 'number' ? { currentVersion: cause.currentVersion } : {}),
    },
  };
}
