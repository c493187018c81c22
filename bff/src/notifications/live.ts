import type { Db } from '../db/client';
import { latestNotificationId, NOTIFY_CHANNEL, notificationsAfter, notificationsByIds } from './repo';
import type { NotificationRow } from './table';

/**
 * Live notifications: the in-process side of the fan-out. Every bff process has one hub. Notifications are
 * announced by `pg_notify` in the transaction that writes them (repo.ts), so the database delivers the announcement
 * after the commit, in commit order, to every process that LISTENs: with PostgreSQL through a dedicated connection
 * (./pg-source.ts), with PGlite through its own in-process `listen` (the same semantics: nothing before the commit,
 * nothing on a rollback). The hub reads the announced rows once per announcement (one query, however many feeds are
 * open) and hands each to the open feeds of its user.
 *
 * Nothing here imports a Node API: mock mode runs it in the browser over PGlite.
 */

/** Where a process hears the announcements. */
export interface NotificationSource {
  /**
   * Starts listening. `payload` receives each announcement in the order the database sent them; `gap` is called
   * when some may have been lost (the listening connection dropped and came back), and every feed then re-reads.
   */
  start(handlers: { payload(payload: string): void; gap(): void }): Promise<void>;
  stop(): Promise<void>;
}

/** PGlite: its own LISTEN, in the same process (no connection to keep). */
export function pgliteSource(client: { listen(channel: string, cb: (payload: string) => void): Promise<() => Promise<void>> }): NotificationSource {
  let unlisten: (() => Promise<void>) | null = null;
  return {
    async start({ payload }) {
      unlisten = await client.listen(NOTIFY_CHANNEL, payload);
    },
    async stop() {
      await unlisten?.().catch(() => {});
      unlisten = null;
    },
  };
}

/** A source for tests and callers with no database announcements (nothing arrives live; a feed still catches up). */
export const silentSource: NotificationSource = { start: async () => {}, stop: async () => {} };

/** Why a feed ended other than its client going away. */
export class FeedClosed extends Error {
  constructor(readonly reason: 'shutdown' | 'revoked') {
    super(`notification feed closed: ${reason}`);
  }
}

interface Feed {
  userId: string;
  push(row: NotificationRow): void;
  resync(): void;
  /** The hub is closing. */
  wake(): void;
}

/** Rows a feed reads at once when it catches up (it reads on until it has everything). */
const CATCH_UP_PAGE = 200;

export interface SubscribeOptions {
  /** The last id the client received (a reconnect): what came after it is sent first. Null: from now on. */
  afterId: number | null;
  /** The client went away. */
  signal?: AbortSignal;
  /** Asked every `everyMs` whether the subscriber may still listen (their session is open); false ends the feed. */
  recheck?: { everyMs: number; allowed(): Promise<boolean> };
}

export class NotificationHub {
  private readonly feeds = new Map<string, Set<Feed>>();
  private chain: Promise<void> = Promise.resolve();
  private started: Promise<void> | null = null;
  private readonly closing = new AbortController();

  constructor(
    private readonly db: Db,
    private readonly source: NotificationSource,
    private readonly onError: (err: unknown) => void = () => {},
  ) {}

  /** Starts listening (once); `subscribe` calls it, a server may call it at start so the first feed opens at once. */
  start(): Promise<void> {
    this.started ??= this.source.start({
      payload: (p) => this.enqueue(p),
      gap: () => this.resyncAll(),
    });
    return this.started;
  }

  /** Ends every open feed (their clients are told to reconnect: to another process) and stops listening. */
  async close() {
    this.closing.abort();
    for (const set of this.feeds.values()) for (const feed of set) feed.wake();
    await this.source.stop();
  }

  /** How many feeds are open in this process. */
  get size() {
    let n = 0;
    for (const set of this.feeds.values()) n += set.size;
    return n;
  }

  // Announcements are handled one after the other, so the rows reach a feed in the order they committed.
  private enqueue(payload: string) {
    this.chain = this.chain
      .then(() => this.dispatch(payload))
      .catch((err: unknown) => {
        this.onError(err);
        // The rows could not be read: every feed re-reads from its last id, so none is lost.
        this.resyncAll();
      });
  }

  private async dispatch(payload: string) {
    let entries: unknown;
    try {
      entries = JSON.parse(payload);
    } catch {
      return;
    }
    if (!Array.isArray(entries)) return;
    const wanted: number[] = [];
    for (const e of entries) if (Array.isArray(e) && typeof e[0] === 'number' && typeof e[1] === 'string' && this.feeds.has(e[1])) wanted.push(e[0]);
    if (wanted.length === 0) return;
    for (const row of await notificationsByIds(this.db, wanted)) for (const feed of this.feeds.get(row.userId) ?? []) feed.push(row);
  }

  private resyncAll() {
    for (const set of this.feeds.values()) for (const feed of set) feed.resync();
  }

  /**
   * One client's feed of a user's new notifications, oldest first, each once: first what came after `afterId`
   * (a reconnect), then each new one as its transaction commits. Ends when the client goes away (returns), the hub
   * closes or the recheck refuses (throws FeedClosed).
   */
  async *subscribe(userId: string, opts: SubscribeOptions): AsyncGenerator<NotificationRow, void, undefined> {
    if (this.closing.signal.aborted) throw new FeedClosed('shutdown');
    await this.start();
    const queue: NotificationRow[] = [];
    let behind = opts.afterId !== null;
    let wake: (() => void) | null = null;
    const wakeUp = () => {
      const w = wake;
      wake = null;
      w?.();
    };
    const feed: Feed = {
      userId,
      push: (row) => {
        queue.push(row);
        wakeUp();
      },
      resync: () => {
        behind = true;
        wakeUp();
      },
      wake: wakeUp,
    };
    // Registered before the starting point is read: a row committed in between is queued, and skipped if the
    // catch-up already sent it (ids only grow per user; see insertAndPublish).
    let set = this.feeds.get(userId);
    if (!set) this.feeds.set(userId, (set = new Set()));
    set.add(feed);
    let revoked = false;
    let checking = false;
    const timer = opts.recheck
      ? setInterval(() => {
          if (checking) return;
          checking = true;
          opts.recheck!.allowed().then(
            (ok) => {
              checking = false;
              if (!ok) {
                revoked = true;
                wakeUp();
              }
            },
            () => void (checking = false),
          );
        }, opts.recheck.everyMs)
      : null;
    // The hub's own closing wakes its feeds through `wake` (a listener per feed on one signal would pile up).
    opts.signal?.addEventListener('abort', wakeUp);
    const gone = () => opts.signal?.aborted === true;
    try {
      let last = opts.afterId ?? (await latestNotificationId(this.db, userId));
      while (!gone()) {
        if (this.closing.signal.aborted) throw new FeedClosed('shutdown');
        if (revoked) throw new FeedClosed('revoked');
        if (behind) {
          behind = false;
          for (;;) {
            const missed = await notificationsAfter(this.db, userId, last, CATCH_UP_PAGE);
            for (const row of missed) {
              last = row.id;
              yield row;
            }
            if (missed.length < CATCH_UP_PAGE) break;
          }
        }
        while (queue.length > 0 && !gone()) {
          const row = queue.shift()!;
          if (row.id <= last) continue;
          last = row.id;
          yield row;
        }
        if (behind || queue.length > 0 || gone() || revoked || this.closing.signal.aborted) continue;
        await new Promise<void>((resolve) => (wake = resolve));
      }
    } finally {
      if (timer) clearInterval(timer);
      opts.signal?.removeEventListener('abort', wakeUp);
      set.delete(feed);
      if (set.size === 0 && this.feeds.get(userId) === set) this.feeds.delete(userId);
    }
  }
}
