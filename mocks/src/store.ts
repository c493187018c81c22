import type { CalendarWindow, Merchant, SessionUser } from '@console/shared';
import { createLoginFailures, type LoginFailures } from './auth/fixtures';
import { createCalendar } from './calendar/fixtures';
import { seedApplications } from './launches/fixtures';
import { createMerchants } from './merchants/fixtures';
import { createNotifications, type MockNotification } from './notifications/fixtures';
import type { MockApplication } from './review/workflow';
import type { Scenario } from './scenario';
import { createUsers, type MockUser } from './users/fixtures';

/** An audit row, as the bff writes one for every state change. */
export interface MockAuditEntry {
  id: number;
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
  calendar: CalendarWindow[];
  /** Applications of every kind (launches now) with their content, submitted versions and decisions. */
  applications: MockApplication[];
  notifications: MockNotification[];
  /** Last ids handed out, for rows numbered like a database sequence. */
  sequences: Record<string, number>;
  /** The signed-in user (mock mode has one browser, so one session). */
  sessionUserId: string | null;
}

/** The fixtures without what is made by replaying actions (see MockStore.reset). */
export function createFixtures(now = new Date()): MockData {
  return {
    merchants: createMerchants(),
    users: createUsers(),
    loginFailures: createLoginFailures(),
    audit: [],
    calendar: createCalendar(now),
    applications: [],
    notifications: createNotifications(),
    sequences: {},
    sessionUserId: null,
  };
}

/** Where the browser keeps the store between reloads (for as long as the tab is open). */
export interface StoragePort {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

// Bumped when the shape of MockData changes, so a tab does not load a save it cannot read.
const STORAGE_KEY = 'console.mocks.v2';

export class MockStore {
  data: MockData;
  scenario: Scenario = 'normal';
  /** The mock clock; tests may replace it. */
  now: () => Date = () => new Date();

  constructor(
    private readonly storage: StoragePort | null = null,
    options: { now?: () => Date } = {},
  ) {
    if (options.now) this.now = options.now;
    this.data = this.load() ?? this.fixtures();
  }

  /**
   * Fresh fixtures. Applications in every state are made by replaying what operators and managers do
   * (create, submit, claim, decide…) at earlier times, so versions, timelines and notifications agree.
   */
  private fixtures() {
    const now = this.now();
    this.data = createFixtures(now);
    seedApplications(this, now);
    return this.data;
  }

  /** Back to the fixtures: nobody signed in, nothing changed, the normal scenario. */
  reset() {
    this.scenario = 'normal';
    this.now = () => new Date();
    this.fixtures();
    this.storage?.removeItem(STORAGE_KEY);
  }

  /** The next number of a sequence (audit rows, notifications). */
  nextId(sequence: string) {
    const next = (this.data.sequences[sequence] ?? 0) + 1;
    this.data.sequences[sequence] = next;
    return next;
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
      displayNameEn: user.displayNameEn ?? null,
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

  audit(entry: Omit<MockAuditEntry, 'at' | 'id'>, at = this.now()) {
    this.data.audit.push({ ...entry, id: this.nextId('audit'), at: at.toISOString() });
  }

  userName(userId: string | null) {
    return userId ? (this.data.users.find((u) => u.id === userId)?.displayName ?? '') : '';
  }

  userNameEn(userId: string | null) {
    return userId ? (this.data.users.find((u) => u.id === userId)?.displayNameEn ?? null) : null;
  }
}
