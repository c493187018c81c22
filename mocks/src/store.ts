import type { Merchant, SessionUser } from '@console/shared';
import { createLoginFailures, type LoginFailures } from './auth/fixtures';
import { createMerchants } from './merchants/fixtures';
import type { Scenario } from './scenario';
import { createUsers, type MockUser } from './users/fixtures';

/** An audit row, as the bff writes one for every state change. */
export interface MockAuditEntry {
  entityType: string;
  entityId: string;
  action: string;
  fromState: string | null;
  toState: string | null;
  actorId: string | null;
  actorRole: string | null;
  reason?: string | null;
  before: unknown;
  after: unknown;
  at: string;
}

/**
 * Everything mock mode knows: the fixtures, changed by what the user does, and who is signed in.
 * A new domain adds its rows here, created by its `fixtures.ts`.
 */
export interface MockData {
  merchants: Merchant[];
  users: MockUser[];
  loginFailures: LoginFailures;
  audit: MockAuditEntry[];
  /** The signed-in user (mock mode has one browser, so one session). */
  sessionUserId: string | null;
}

export function createFixtures(): MockData {
  return {
    merchants: createMerchants(),
    users: createUsers(),
    loginFailures: createLoginFailures(),
    audit: [],
    sessionUserId: null,
  };
}

/** Where the browser keeps the store between reloads (for as long as the tab is open). */
export interface StoragePort {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const STORAGE_KEY = 'console.mocks.v1';

export class MockStore {
  data: MockData;
  scenario: Scenario = 'normal';
  /** The mock clock; tests may replace it. */
  now: () => Date = () => new Date();

  constructor(private readonly storage: StoragePort | null = null) {
    this.data = this.load() ?? createFixtures();
  }

  /** Back to the fixtures: nobody signed in, nothing changed, the normal scenario. */
  reset() {
    this.data = createFixtures();
    this.scenario = 'normal';
    this.now = () => new Date();
    this.storage?.removeItem(STORAGE_KEY);
  }

  /** Keeps the state for a reload; called after every request. */
  save() {
    if (!this.storage) return;
    try {
      this.storage.setItem(STORAGE_KEY, JSON.stringify(this.data));
    } catch {
      // A full or disabled storage only costs persistence across reloads.
    }
  }

  private load(): MockData | null {
    const raw = this.storage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    try {
      // Fresh fixtures under what was saved: a domain added since the save starts from its fixtures.
      return { ...createFixtures(), ...(JSON.parse(raw) as Partial<MockData>) };
    } catch {
      return null;
    }
  }

  findUserByName(username: string) {
    const name = username.toLowerCase();
    return this.data.users.find((u) => u.username === name) ?? null;
  }

  merchantName(merchantId: string | null) {
    return merchantId ? (this.data.merchants.find((m) => m.id === merchantId)?.name ?? null) : null;
  }

  toSessionUser(user: MockUser): SessionUser {
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      merchantId: user.merchantId,
      merchantName: this.merchantName(user.merchantId),
      verticals: [...user.verticals],
    };
  }

  /** The signed-in user, or null. */
  sessionUser(): SessionUser | null {
    const user = this.data.sessionUserId ? this.data.users.find((u) => u.id === this.data.sessionUserId) : undefined;
    return user ? this.toSessionUser(user) : null;
  }

  signIn(username: string): SessionUser {
    const user = this.findUserByName(username);
    if (!user) throw new Error(`No mock user named ${username}`);
    this.data.sessionUserId = user.id;
    return this.toSessionUser(user);
  }

  signOut() {
    this.data.sessionUserId = null;
  }

  audit(entry: Omit<MockAuditEntry, 'at'>) {
    this.data.audit.push({ ...entry, at: this.now().toISOString() });
  }
}
