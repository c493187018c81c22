import type { SetRoleInput, User, Vertical, userListInput } from '@console/shared';
import { and, asc, count, desc, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { users } from '../auth/table';
import type { Db } from '../db/client';
import { likeContains } from '../merchants/repo';
import { merchants } from '../merchants/table';

const sortColumns = { username: users.username, createdAt: users.createdAt, role: users.role } as const;

function toUser(row: typeof users.$inferSelect, merchantName: string | null): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    displayNameEn: row.displayNameEn,
    role: row.role,
    merchantId: row.merchantId,
    merchantName,
    verticals: row.verticals as Vertical[],
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listUsers(db: Db, input: z.output<typeof userListInput>) {
  const f = input.filters;
  const where: SQL[] = [];
  if (f.role?.length) where.push(inArray(users.role, f.role));
  if (f.q) where.push(or(ilike(users.username, likeContains(f.q)), ilike(users.displayName, likeContains(f.q)))!);
  const cond = where.length ? and(...where) : undefined;
  const sort = input.sort ?? { field: 'username', order: 'asc' as const };
  const column = sortColumns[sort.field];
  const [rows, [totalRow]] = await Promise.all([
    db
      .select({ user: users, merchantName: merchants.name })
      .from(users)
      .leftJoin(merchants, eq(merchants.id, users.merchantId))
      .where(cond)
      .orderBy(sort.order === 'asc' ? asc(column) : desc(column), asc(users.id))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    db.select({ n: count() }).from(users).where(cond),
  ]);
  return { items: rows.map((r) => toUser(r.user, r.merchantName)), total: totalRow?.n ?? 0 };
}

export async function findUser(db: Db, id: string) {
  const [row] = await db
    .select({ user: users, merchantName: merchants.name })
    .from(users)
    .leftJoin(merchants, eq(merchants.id, users.merchantId))
    .where(eq(users.id, id))
    .limit(1);
  return row ? toUser(row.user, row.merchantName) : null;
}

export async function updateRole(db: Db, input: SetRoleInput, now: Date) {
  await db
    .update(users)
    .set({
      role: input.role,
      merchantId: input.role === 'operator' ? input.merchantId : null,
      verticals: input.role === 'manager' ? [...new Set(input.verticals)] : [],
      updatedAt: now,
    })
    .where(eq(users.id, input.userId));
}
