import { z } from 'zod';
import { role } from '../common/roles';
import { vertical } from '../common/verticals';

export const LOCALES = ['zh-CN', 'en'] as const;
export const locale = z.enum(LOCALES);
export type Locale = z.infer<typeof locale>;

export const loginInput = z.object({
  username: z.string().trim().min(1, 'auth.usernameRequired').max(64),
  password: z.string().min(1, 'auth.passwordRequired').max(256),
});
export type LoginInput = z.infer<typeof loginInput>;

/** Who is signed in, as the web shell needs it to build menus and guard routes. */
export const sessionUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  /** English name; null when none was given. */
  displayNameEn: z.string().nullish(),
  role,
  merchantId: z.string().nullable(),
  merchantName: z.string().nullable(),
  verticals: z.array(vertical),
});
export type SessionUser = z.infer<typeof sessionUser>;

export const meOutput = sessionUser.nullable();
export const logoutOutput = z.object({ ok: z.literal(true) });
