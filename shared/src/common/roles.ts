import { z } from 'zod';
import { ROLES } from './role-list';

export { ROLES };
export const role = z.enum(ROLES);
export type Role = z.infer<typeof role>;

/** The access policy every procedure declares; a router walk checks that none is missing. */
export const ACCESS_POLICIES = ['public', 'authenticated', 'operator', 'manager', 'admin'] as const;
export type AccessPolicy = (typeof ACCESS_POLICIES)[number];
