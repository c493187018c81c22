import type { z } from 'zod';
import { i18n } from './index';

type Issue = z.core.$ZodIssue;

const SIZED = new Set(['string', 'array', 'set', 'file', 'map']);

/** A zod issue as a friendly, translated sentence: our own i18n keys first, then one text per issue code. */
export function zodIssueMessage(issue: Issue): string {
  if (issue.message && i18n.exists(issue.message)) return i18n.t(issue.message);
  const t = i18n.t.bind(i18n);
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null || issue.input === '' ? t('zod.required') : t('zod.invalid_type');
    case 'too_small': {
      const origin = String(issue.origin);
      const minimum = Number(issue.minimum);
      if ((origin === 'string' || origin === 'array') && minimum === 1) return t('zod.required');
      if (SIZED.has(origin)) return t(origin === 'string' ? 'zod.too_small_string' : 'zod.too_small_array', { minimum });
      return t(issue.inclusive === false ? 'zod.too_small_number_exclusive' : 'zod.too_small_number', { minimum });
    }
    case 'too_big': {
      const origin = String(issue.origin);
      const maximum = Number(issue.maximum);
      if (SIZED.has(origin)) return t(origin === 'string' ? 'zod.too_big_string' : 'zod.too_big_array', { maximum });
      return t(issue.inclusive === false ? 'zod.too_big_number_exclusive' : 'zod.too_big_number', { maximum });
    }
    case 'invalid_format':
      if (issue.format === 'email') return t('zod.invalid_format_email');
      if (issue.format === 'url') return t('zod.invalid_format_url');
      return t('zod.invalid_format');
    case 'invalid_value':
      return t('zod.invalid_value');
    case 'not_multiple_of':
      return t('zod.not_multiple_of', { divisor: Number(issue.divisor) });
    case 'unrecognized_keys':
      return t('zod.unrecognized_keys');
    case 'invalid_union':
      return t('zod.invalid_union');
    default:
      return t('zod.custom');
  }
}

/**
 * A message the server sent for a field: an i18n key (`users.unknownMerchant`), or the default English text of a
 * zod issue (the bff passes `issue.message` through), which is read back into its code so it can be translated.
 */
export function serverFieldMessage(message: string): string {
  if (i18n.exists(message)) return i18n.t(message);
  const t = i18n.t.bind(i18n);
  let m: RegExpMatchArray | null;
  if ((m = message.match(/^Too small: expected (\w+) to (?:have|be) (>=|>|exactly )(-?[\d.]+)/))) {
    const [, origin = '', adj, n] = m;
    const minimum = Number(n);
    if ((origin === 'string' || origin === 'array') && minimum === 1 && adj !== '>') return t('zod.required');
    if (SIZED.has(origin)) return t(origin === 'string' ? 'zod.too_small_string' : 'zod.too_small_array', { minimum });
    return t(adj === '>' ? 'zod.too_small_number_exclusive' : 'zod.too_small_number', { minimum });
  }
  if ((m = message.match(/^Too big: expected (\w+) to (?:have|be) (<=|<|exactly )(-?[\d.]+)/))) {
    const [, origin = '', adj, n] = m;
    const maximum = Number(n);
    if (SIZED.has(origin)) return t(origin === 'string' ? 'zod.too_big_string' : 'zod.too_big_array', { maximum });
    return t(adj === '<' ? 'zod.too_big_number_exclusive' : 'zod.too_big_number', { maximum });
  }
  if (/received undefined$|received null$/.test(message)) return t('zod.required');
  if (/^Invalid input: expected \w+, received/.test(message)) return t('zod.invalid_type');
  if (/^Invalid (option|input: expected ")/.test(message) || message.startsWith('Invalid discriminator')) return t('zod.invalid_value');
  if (message === 'Invalid email address') return t('zod.invalid_format_email');
  if (message === 'Invalid URL') return t('zod.invalid_format_url');
  if (/^Invalid (string|\w+)/.test(message)) return t('zod.invalid_format');
  if (/^Unrecognized key/.test(message)) return t('zod.unrecognized_keys');
  return t('errors.invalidField');
}
