// Zod-free: the rules (and the pages that only check text) use this without loading zod.

/**
 * What a person may type into the console's text fields. Text that looks different from what it is (a right-to-left
 * override that reverses a SKU code on screen, a zero-width space that makes two codes look equal, a byte-order
 * mark pasted from a file, a control character that breaks a CSV line or a log) is refused with a message that
 * says why, rather than stored or silently changed. Each refusal is an i18n key the web translates.
 */
export const TEXT_ISSUES = {
  /** C0/C1 control characters (tab and line breaks included in a one-line field), U+2028/U+2029. */
  control: 'errors.textControl',
  /** Bidirectional controls: LRM/RLM/ALM, embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). */
  bidi: 'errors.textBidi',
  /** Invisible characters: zero-width space and non-joiner, word joiner, BOM, soft hyphen, invisible operators. */
  invisible: 'errors.textInvisible',
  /** Half of a UTF-16 surrogate pair, which no encoding can store (PostgreSQL would keep U+FFFD instead). */
  encoding: 'errors.textEncoding',
  /** A code outside the printable ASCII set. */
  code: 'errors.codeCharacters',
} as const;

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
// A zero-width joiner is legitimate between two emoji (👩‍💻, family sequences); anywhere else it is invisible.
const INVISIBLE = /[\u00AD\u180E\u200B\u200C\u2060-\u2064\uFEFF]|(?<!\p{Extended_Pictographic}[\uFE0F\u{1F3FB}-\u{1F3FF}]?)\u200D|\u200D(?!\p{Extended_Pictographic})/u;
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const CONTROL_ONE_LINE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/u;
// Several lines: line feed, carriage return and tab are allowed, every other control is not.
const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/u;
const PRINTABLE_CODE = /^[\u0020-\u007E]*$/;

export type TextKind = 'oneLine' | 'multiLine' | 'code';

/** The first reason `value` is not acceptable text of this kind, as an i18n key, or null. */
export function textIssue(value: string, kind: TextKind): string | null {
  if (LONE_SURROGATE.test(value)) return TEXT_ISSUES.encoding;
  if (BIDI.test(value)) return TEXT_ISSUES.bidi;
  if ((kind === 'multiLine' ? CONTROL_MULTI_LINE : CONTROL_ONE_LINE).test(value)) return TEXT_ISSUES.control;
  if (INVISIBLE.test(value)) return TEXT_ISSUES.invisible;
  if (kind === 'code' && !PRINTABLE_CODE.test(value)) return TEXT_ISSUES.code;
  return null;
}
