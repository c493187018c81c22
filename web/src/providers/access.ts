import type { Role, SessionUser } from '@console/shared';
import type { AccessControlProvider } from '@refinedev/core';

export type Action = 'list' | 'show' | 'create' | 'edit' | 'delete';

/**
 * What each role may do, by resource. The menu, the buttons and the routes all ask this table, so a role never
 * sees an item or a button for something it cannot do. (The bff enforces the same rules on its own.)
 */
export const PERMISSIONS: Record<Role, Record<string, readonly Action[]>> = {
  operator: {
    home: ['list'],
    store: ['list', 'show'],
    launches: ['list', 'show', 'create', 'edit'],
    notifications: ['list'],
    perks: ['list', 'show', 'edit'],
    service: ['list'],
    serviceData: ['list'],
    campaigns: ['list', 'show', 'create', 'edit'],
    calendar: ['list'],
  },
  manager: { home: ['list'], merchants: ['list', 'show'], reviews: ['list', 'show'], notifications: ['list'], perkMerchants: ['list', 'show'], serviceRanking: ['list', 'show'], calendar: ['list'] },
  admin: { home: ['list'], users: ['list', 'edit'], serviceStandards: ['list', 'edit'], calendar: ['list'], calendarAdmin: ['list', 'edit'], audit: ['list'] },
};

export function canAccess(user: Pick<SessionUser, 'role'> | null | undefined, resource: string | undefined, action: string): boolean {
  if (!user || !resource) return false;
  return (PERMISSIONS[user.role][resource] ?? []).includes(action as Action);
}

/** Where a role lands after signing in and on `/`. */
export function homePath(user: Pick<SessionUser, 'role' | 'merchantId'>): string {
  switch (user.role) {
    case 'operator':
      // An operator without a store has no home to land on.
      return user.merchantId ? '/home' : '/not-found';
    case 'manager':
    case 'admin':
      return '/home';
  }
}

export function createAccessControlProvider(currentUser: () => Promise<SessionUser | null>): AccessControlProvider {
  return {
    can: async ({ resource, action }) => {
      const user = await currentUser().catch(() => null);
      const can = canAccess(user, resource, action);
      return can ? { can } : { can, reason: 'errors.forbidden' };
    },
    options: { buttons: { enableAccessControl: true, hideIfUnauthorized: true } },
  };
}
