import type { Rule } from 'antd/es/form';
import type { z } from 'zod';
import { zodIssueMessage } from '../i18n/zod';

/**
 * An antd Form rule from a zod schema of `shared`: the browser checks what the server will check, with the same
 * messages, translated. `empty` is what an untouched field counts as (antd gives `undefined`).
 */
export function zodRule(schema: z.ZodType, options: { empty?: unknown; skipEmpty?: boolean } = {}): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      // `skipEmpty`: a `required` rule with its own message speaks for an empty field; this one checks the rest.
      const isEmpty = value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
      if (options.skipEmpty && isEmpty) return;
      const input = value === undefined || value === null ? options.empty : value;
      const result = schema.safeParse(input);
      const issue = result.success ? undefined : result.error.issues[0];
      if (issue) throw new Error(zodIssueMessage(issue));
    },
  };
}
