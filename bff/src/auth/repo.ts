import type { SessionUser, Vertical } from '@console/shared';
import { and, count, eq, gt, inArray, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { preparedPerDb } from '../db/prepared';
import { merchants } from '../merchants/table';
import { authConfig } from './config';
import { randomBytes, sha256, toBase64Url } from './encoding';
import { loginFailures, sessions, type UserRow, users } from './table';

/** SHA-256 of a session id, base64url: what the sessions table keeps (Web Crypto, so mock mode runs it too). */
export const hashSessionId = async (id: string) => toBase64Url(await sha256(id));

export async function findUserForLogin(db: Db, username: string) {
  const [row] = await db.select().from(users).where(eq(users.username, username.toLowerCase())).limit(1);
  return row ?? null;
}

export async function countRecentFailures(db: Db, key: string, now: Date) {
  const since = new Date(now.getTime() - authConfig.failureWindowMs);
  const [row] = await db
    .select({ n: count() })
    .from(loginFailures)
    .where(and(eq(loginFailures.key, key), gt(loginFailures.at, since)));
  return row?.n ?? 0;
}

/**
 * Books a sign-in attempt as a failure before the password is checked, then counts. Booking first is what
 * makes the limit hold under parallel guesses on any number of bff processes: the k-th booked attempt always
 * counts at least k, so no more than the limit ever reach the password check. Returns the booked row ids
 * and whether the attempt is over a limit.
 */
export async function bookAttempt(db: Db, keys: { key: string; max: number }[], now: Date) {
  const booked = await db
    .insert(loginFailures)
    .values(keys.map(({ key }) => ({ key, at: now })))
    .returning({ id: loginFailures.id });
  const counts = await Promise.all(keys.map(({ key }) => countRecentFailures(db, key, now)));
  const limited = keys.some(({ max }, i) => counts[i]! > max);
  return { ids: booked.map((b) => b.id), limited };
}

/** Takes back booked attempts that turned out not to be failures (refused by the limit, or signed in). */
export async function releaseAttempt(db: Db, ids: number[]) {
  if (ids.length) await db.delete(loginFailures).where(inArray(loginFailures.id, ids));
}

export async function clearFailures(db: Db, key: string) {
  await db.delete(loginFailures).where(eq(loginFailures.key, key));
}

/** Failures older than the window count for nothing; each successful sign-in sweeps them so the table stays small. */
export async function pruneFailures(db: Db, now: Date) {
  await db.delete(loginFailures).where(lt(loginFailures.at, new Date(now.getTime() - authConfig.failureWindowMs)));
}

/** Opens a session with a fresh random id; returns the id for the cookie (only its hash is stored). */
export async function createSession(db: Db, userId: string, now: Date, meta: { ip: string; userAgent: string | null }) {
  const id = toBase64Url(randomBytes(32));
  await db.insert(sessions).values({
    idHash: await hashSessionId(id),
    userId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + authConfig.absoluteTimeoutMs),
    ip: meta.ip,
    userAgent: meta.userAgent,
  });
  // This user's ended sessions (past expiry or idle too long) go at each sign-in, so the table does not grow without end.
  const idleSince = new Date(now.getTime() - authConfig.idleTimeoutMs);
  await db.delete(sessions).where(and(eq(sessions.userId, userId), or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleSince))));
  return id;
}

export async function deleteSession(db: Db, idHash: string) {
  await db.delete(sessions).where(eq(sessions.idHash, idHash));
}

/** What a signed-in request needs of its user (toSessionUser): not the password hash, not the row's own times. */
const sessionUserColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  displayNameEn: users.displayNameEn,
  role: users.role,
  merchantId: users.merchantId,
  verticals: users.verticals,
};
export type SessionUserRow = Pick<UserRow, keyof typeof sessionUserColumns>;

/**
 * The session lookup every signed-in request makes, built once per database handle: Drizzle's query building was
 * a tenth of the bff's CPU under the load mix, and a named statement is parsed and planned by PostgreSQL once per
 * connection instead of at every request. It reads only what the check and the user need: the session's other
 * columns, the password hash and the user's own times were sent, parsed (three dates) and dropped at every request.
 * The check itself (expiry, idle time) still runs per request below.
 */
const sessionLookup = preparedPerDb((db) =>
  db
    .select({ session: { lastSeenAt: sessions.lastSeenAt, expiresAt: sessions.expiresAt }, user: sessionUserColumns, merchantName: merchants.name })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(merchants, eq(merchants.id, users.merchantId))
    .where(eq(sessions.idHash, sql.placeholder('idHash')))
    .limit(1)
    .prepare('session_by_id_hash'),
);

/** The signed-in user of a session id, or null when unknown, idle too long or past its absolute expiry. */
export async function resolveSession(db: Db, sessionId: string, now: Date): Promise<{ user: SessionUser; idHash: string } | null> {
  const idHash = await hashSessionId(sessionId);
  const [row] = await sessionLookup(db).execute({ idHash });
  if (!row) return null;
  const idleFor = now.getTime() - row.session.lastSeenAt.getTime();
  if (row.session.expiresAt <= now || idleFor > authConfig.idleTimeoutMs) {
    await deleteSession(db, idHash);
    return null;
  }
  if (idleFor > authConfig.touchEveryMs) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.idHash, idHash));
  }
  return { user: toSessionUser(row.user, row.merchantName), idHash };
}

/**
 * Whether a session is still open, without counting the question as activity: a live feed asks it now and then,
 * and an open tab must not keep a session alive that its user left.
 */
export async function sessionOpen(db: Db, idHash: string, now: Date): Promise<boolean> {
  const [row] = await db.select({ expiresAt: sessions.expiresAt, lastSeenAt: sessions.lastSeenAt }).from(sessions).where(eq(sessions.idHash, idHash)).limit(1);
  return !!row && row.expiresAt > now && now.getTime() - row.lastSeenAt.getTime() <= authConfig.idleTimeoutMs;
}

export function toSessionUser(user: SessionUserRow, merchantName: string | null): SessionUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    displayNameEn: user.displayNameEn,
    role: user.role,
    merchantId: user.merchantId,
    merchantName,
    verticals: user.verticals as Vertical[],
  };
}
