import type { HttpError } from '@refinedev/core';
import type { FormInstance } from 'antd';
import { i18n, translateKey } from '../i18n';
import { serverFieldMessage } from '../i18n/zod';
import { isTrpcError } from './trpc';

/** What every failed call becomes: Refine's HttpError, with the server's key and per-field messages kept. */
export interface ApiError extends HttpError {
  /** Translated, for notifications. */
  message: string;
  /** The i18n key the server sent, e.g. `auth.invalidCredentials`. */
  key: string;
  /** tRPC error code, e.g. `BAD_REQUEST`, `TOO_MANY_REQUESTS`, `NETWORK`. */
  code: string;
  statusCode: number;
  /** Field path → i18n keys (or zod texts) as the server sent them. */
  fieldErrors: Record<string, string[]>;
}

const STATUS_BY_CODE: Record<string, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
};

const FALLBACK_KEY_BY_CODE: Record<string, string> = {
  UNAUTHORIZED: 'errors.unauthorized',
  FORBIDDEN: 'errors.forbidden',
  NOT_FOUND: 'errors.notFound',
  CONFLICT: 'errors.conflict',
  NETWORK: 'errors.network',
  INTERNAL_SERVER_ERROR: 'errors.server',
};

export function isApiError(error: unknown): error is ApiError {
  return typeof error === 'object' && error !== null && 'key' in error && 'code' in error && 'statusCode' in error;
}

export function toApiError(error: unknown): ApiError {
  if (isApiError(error)) return error;
  if (isTrpcError(error)) {
    const data = error.data as { code?: string; httpStatus?: number; fieldErrors?: Record<string, string[]> | null } | undefined;
    const code = data?.code ?? (error.cause ? 'NETWORK' : 'INTERNAL_SERVER_ERROR');
    const statusCode = data?.httpStatus ?? STATUS_BY_CODE[code] ?? 0;
    // A server key we know is shown as is; an unknown text (a 500's message, a proxy's page) never reaches the user.
    const key = i18n.exists(error.message) ? error.message : (FALLBACK_KEY_BY_CODE[code] ?? (statusCode >= 500 ? 'errors.server' : 'errors.unknown'));
    const fieldErrors = data?.fieldErrors ?? {};
    const errors: Record<string, string[]> = {};
    for (const [field, messages] of Object.entries(fieldErrors)) errors[field] = messages.map(serverFieldMessage);
    return { name: code, message: translateKey(key), key, code, statusCode, fieldErrors, errors };
  }
  const message = error instanceof Error ? error.message : '';
  const isNetwork = error instanceof TypeError; // fetch rejects with a TypeError when the network fails
  const key = isNetwork ? 'errors.network' : 'errors.unknown';
  return { name: isNetwork ? 'NETWORK' : 'UNKNOWN', message: translateKey(key), key, code: isNetwork ? 'NETWORK' : 'UNKNOWN', statusCode: 0, fieldErrors: {}, cause: message };
}

/** `skus.3.launchPrice` → ['skus', 3, 'launchPrice'], the name path antd's Form uses. */
export function fieldPath(path: string): (string | number)[] {
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Puts the server's per-field messages on the fields of an antd form, translated, in place.
 * Returns the messages that belong to no field of the form (the caller shows them above the form).
 */
export function applyFieldErrors(form: FormInstance, error: unknown, options: { aliases?: Record<string, string> } = {}): string[] {
  const api = toApiError(error);
  const leftovers: string[] = [];
  const fields: { name: (string | number)[]; errors: string[] }[] = [];
  const registered = new Set(
    form
      .getFieldsError()
      .map((f) => f.name.join('.')),
  );
  for (const [rawPath, messages] of Object.entries(api.fieldErrors)) {
    const path = options.aliases?.[rawPath] ?? rawPath;
    const texts = messages.map(serverFieldMessage);
    if (path !== '_' && registered.has(path)) fields.push({ name: fieldPath(path), errors: texts });
    else leftovers.push(...texts);
  }
  if (fields.length) form.setFields(fields);
  if (!fields.length && !leftovers.length) leftovers.push(api.message);
  return leftovers;
}
