import type { AuditEntityType, SessionUser, Vertical } from '@console/shared';
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../db/client';
import { merchants } from '../merchants/table';
import { perkVersions } from '../perks/table';
import { loadApplication, scopeOf } from '../review/repo';
import { serviceApiKeys } from '../service/table';

// ---------------------------------------------------------------------------------------------------------
// Who may see a record's trail: whoever may see the record, by the record's own access rule

/** A merchant the user may see: the operator's own, or one of the manager's verticals. */
async function merchantVisible(db: Db, user: SessionUser, merchantId: string) {
  if (user.role === 'operator') return user.merchantId === merchantId;
  if (user.role !== 'manager' || !user.verticals.length) return false;
  const [m] = await db
    .select({ id: merchants.id })
    .from(merchants)
    .where(and(eq(merchants.id, merchantId), inArray(merchants.vertical, [...(user.verticals as Vertical[])])));
  return !!m;
}

/**
 * Whether `user` may see the record, by the rule its own pages apply: an application as review scopes it
 * (operator of the merchant; manager of the vertical, drafts excepted); a perk version as the perks pages do
 * (managers: published versions only); a merchant's tier changes for its operator and its vertical's managers;
 * API keys for the merchant's operators; calendar, standards and users for admins. Admins see every record.
 */
export async function maySeeRecord(db: Db, user: SessionUser, entityType: AuditEntityType, entityId: string): Promise<boolean> {
  if (user.role === 'admin') return true;
  switch (entityType) {
    case 'application': {
      const scope = scopeOf(user);
      return !!scope && !!(await loadApplication(db, entityId, scope));
    }
    case 'perk_version': {
      const [v] = await db
        .select({ merchantId: perkVersions.merchantId, status: perkVersions.status })
        .from(perkVersions)
        .where(user.role === 'manager' ? and(eq(perkVersions.id, entityId), ne(perkVersions.status, 'draft')) : eq(perkVersions.id, entityId));
      return !!v && (await merchantVisible(db, user, v.merchantId));
    }
    case 'merchant':
      return merchantVisible(db, user, entityId);
    case 'service_api_key': {
      if (user.role !== 'operator' || !user.merchantId) return false;
      const [k] = await db
        .select({ id: serviceApiKeys.id })
        .from(serviceApiKeys)
        .where(and(eq(serviceApiKeys.id, entityId), eq(serviceApiKeys.merchantId, user.merchantId)));
      return !!k;
    }
    default:
      return false;
  }
}
