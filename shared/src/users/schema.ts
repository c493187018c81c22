import { z } from 'zod';
import { listInput, pageOutput } from '../common/pagination';
import { role } from '../common/roles';
import { vertical } from '../common/verticals';

export const user = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  displayNameEn: z.string().nullish(),
  role,
  merchantId: z.string().nullable(),
  merchantName: z.string().nullable(),
  verticals: z.array(vertical),
  createdAt: z.string(),
});
export type User = z.infer<typeof user>;

export const USER_SORT_FIELDS = ['username', 'createdAt', 'role'] as const;
export const userListInput = listInput(USER_SORT_FIELDS, {
  role: z.array(role).max(3).optional(),
  q: z.string().trim().max(100).optional(),
});
export const userListOutput = pageOutput(user);

/**
 * A role change says everything the new role needs: an operator belongs to one merchant,
 * a manager to one or more verticals, an admin to neither.
 */
export const setRoleInput = z.discriminatedUnion('role', [
  z.object({ userId: z.string().min(1), role: z.literal('operator'), merchantId: z.string().min(1) }),
  z.object({ userId: z.string().min(1), role: z.literal('manager'), verticals: z.array(vertical).min(1).max(5) }),
  z.object({ userId: z.string().min(1), role: z.literal('admin') }),
]);
export type SetRoleInput = z.infer<typeof setRoleInput>;
