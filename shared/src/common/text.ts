import { z } from 'zod';
import { type TextKind, textIssue } from './text-issues';

export { TEXT_ISSUES, type TextKind, textIssue } from './text-issues';

/**
 * A trimmed string of at most `max` characters that passes `textIssue`. The check sees the text as sent, before
 * trimming, so a leading BOM (which `String.prototype.trim` would drop silently) is refused too.
 */
function safeText(kind: TextKind, max: number) {
  return z
    .string()
    .superRefine((value, ctx) => {
      const key = textIssue(value, kind);
      if (key) ctx.addIssue({ code: 'custom', message: key, continue: false });
    })
    .trim()
    .max(max);
}

/** One line of free text: a title, a name, a search. */
export const oneLineText = (max: number) => safeText('oneLine', max);
/** Free text over several lines: a story, a reason. */
export const multiLineText = (max: number) => safeText('multiLine', max);
/** A code a merchant keys in and a spreadsheet or warehouse system reads back: printable ASCII only. */
export const codeText = (max: number) => safeText('code', max);
