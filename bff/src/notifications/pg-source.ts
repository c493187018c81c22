import pg from 'pg';
import type { NotificationSource } from './live';
import { NOTIFY_CHANNEL } from './repo';

/**
 * PostgreSQL: LISTEN on a dedicated connection (a pooled one would be handed to queries and lose its LISTEN).
 * When it drops (server restart, failover, idle kill) it reconnects with a growing pause, and says `gap` once it is
 * back, since announcements made meanwhile were lost: every feed then re-reads from its last id.
 */
export function postgresSource(connection: pg.ClientConfig, log: (message: string, err?: unknown) => void = () => {}): NotificationSource {
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: ReturnType<typeof setTimeout> | null = null;

  async function connect(handlers: { payload(p: string): void; gap(): void }, attempt: number): Promise<void> {
    const c = new pg.Client(connection);
    c.on('notification', (msg) => {
      if (msg.channel === NOTIFY_CHANNEL && msg.payload) handlers.payload(msg.payload);
    });
    const reconnect = (err?: unknown) => {
      if (stopped || client !== c) return;
      client = null;
      log('notifications: the LISTEN connection was lost; reconnecting', err);
      c.end().catch(() => {});
      const wait = Math.min(30_000, 250 * 2 ** Math.min(attempt, 7));
      retry = setTimeout(() => {
        retry = null;
        connect(handlers, attempt + 1).then(
          () => handlers.gap(),
          () => {},
        );
      }, wait);
      retry.unref?.();
    };
    c.on('error', reconnect);
    c.on('end', () => reconnect());
    client = c;
    try {
      await c.connect();
      await c.query(`LISTEN ${NOTIFY_CHANNEL}`);
    } catch (err) {
      reconnect(err);
      throw err;
    }
  }

  return {
    async start(handlers) {
      stopped = false;
      // A first connection that fails is retried in the background (and logged); feeds open meanwhile catch up
      // when it comes back.
      await connect(handlers, 0).catch(() => {});
    },
    async stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
      const c = client;
      client = null;
      await c?.end().catch(() => {});
    },
  };
}

/** The connection settings of a pool, for the listener's own connection to the same database. */
export function connectionOf(pool: pg.Pool): pg.ClientConfig {
  const { connectionString, host, port, user, password, database, ssl } = pool.options as pg.PoolConfig;
  return { connectionString, host, port, user, password, database, ssl, application_name: 'console-notifications' };
}
