// Zod-free, so that a page needing only this list (the audit page's filter) does not load zod with it; schema.ts
// builds its enum from it and re-exports it.

/** The kinds of record the audit trail knows; each names its table's row by `entity_id`. */
export const AUDIT_ENTITY_TYPES = [
  'application',
  'perk_version',
  'calendar_window',
  'service_standards',
  'merchant',
  'user',
  'service_api_key',
] as const;
