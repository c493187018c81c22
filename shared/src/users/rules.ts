import type { SetRoleInput } from './schema';

/**
 * What a role change by `actorId` gets wrong, per field: an admin never takes away their own admin role
 * (the platform would be left without the person making the change).
 */
export function roleChangeIssues(actorId: string, input: SetRoleInput): Record<string, string[]> | null {
  if (input.userId === actorId && input.role !== 'admin') return { role: ['users.cannotDemoteSelf'] };
  return null;
}
