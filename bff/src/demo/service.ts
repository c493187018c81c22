import type { ServiceEvent } from '@console/shared';
import { seededRandom } from './random';

/**
 * Five weeks of service conversations per demo merchant, different by design (the n-th merchant of each vertical):
 *  1. around the clock (7×24), answered in seconds: Gold;
 *  2. fast, but some night chats wait a minute or more: Silver;
 *  3. Gold-class until two and a half weeks ago, then slipped: Silver now;
 *  4. slow to answer and less liked: Standard;
 *  5. staffed 9:00–22:00 only, night chats answered the next morning: Below standard.
 * Local times are China Standard Time (UTC+8, the demo merchants' zone).
 */
export const DEMO_SERVICE_DAYS = 35;
export type DemoServiceProfile = 'allDay' | 'fast' | 'slipped' | 'slow' | 'daytime';
export const DEMO_SERVICE_PROFILES: readonly DemoServiceProfile[] = ['allDay', 'fast', 'slipped', 'slow', 'daytime'];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const OFFSET = 8 * HOUR;
/** Conversations per hour of the local day, before noise. */
const HOURLY = [0.5, 0.35, 0.25, 0.25, 0.25, 0.3, 0.5, 0.7, 1, 1.3, 1.5, 1.5, 1.3, 1.4, 1.5, 1.5, 1.4, 1.3, 1.3, 1.5, 1.8, 1.8, 1.4, 0.9];

/**
 * How a profile answers its n-th conversation. Patterns by counter rather than by chance, so each merchant keeps
 * its tier whatever day the demo is seeded on; only start times are random.
 */
interface Behaviour {
  /** Seconds to the first response of the n-th conversation, started at local `hour`. */
  respond(n: number, hour: number): number;
  /** One rated conversation in `unhappyEvery` is rated 1–3. */
  unhappyEvery: number;
  /** One conversation in `unresolvedEvery` takes more than 24 hours. */
  unresolvedEvery: number;
  /** One conversation in `disputeEvery` ends in a refund dispute (0: never). */
  disputeEvery: number;
}

const spread = (n: number, lo: number, hi: number) => lo + ((n * 7919) % 1000) / 1000 * (hi - lo);

const BEHAVIOUR: Record<Exclude<DemoServiceProfile, 'slipped'> | 'slippedNow', Behaviour> = {
  allDay: { respond: (n) => (n % 25 === 0 ? spread(n, 31, 45) : spread(n, 3, 22)), unhappyEvery: 100, unresolvedEvery: 200, disputeEvery: 0 },
  fast: {
    respond: (n, h) => (h < 8 ? (n % 8 === 0 ? spread(n, 70, 240) : spread(n, 10, 40)) : n % 14 === 0 ? spread(n, 31, 55) : spread(n, 4, 28)),
    unhappyEvery: 14,
    unresolvedEvery: 30,
    disputeEvery: 300,
  },
  slippedNow: {
    respond: (n, h) => (h < 8 ? (n % 12 === 0 ? spread(n, 70, 300) : spread(n, 10, 30)) : n % 9 === 0 ? spread(n, 31, 58) : spread(n, 5, 30)),
    unhappyEvery: 13,
    unresolvedEvery: 25,
    disputeEvery: 250,
  },
  slow: {
    respond: (n) => (n % 25 === 0 ? spread(n, 65, 200) : n % 10 < 3 ? spread(n, 31, 58) : spread(n, 8, 30)),
    unhappyEvery: 7,
    unresolvedEvery: 10,
    disputeEvery: 150,
  },
  daytime: { respond: (n) => (n % 7 === 0 ? spread(n, 31, 50) : spread(n, 5, 30)), unhappyEvery: 5, unresolvedEvery: 7, disputeEvery: 60 },
};

export interface DemoServiceMerchant {
  id: string;
  /** Position within its vertical (0-based): picks the profile. */
  index: number;
}

/** The conversations of `merchant` in the DEMO_SERVICE_DAYS local days before `now`'s day. Same moment, same events. */
export function demoServiceEvents(merchant: DemoServiceMerchant, now: Date): ServiceEvent[] {
  const profile = DEMO_SERVICE_PROFILES[merchant.index % DEMO_SERVICE_PROFILES.length]!;
  const r = seededRandom(1000 + merchant.index * 7919 + [...merchant.id].reduce((a, c) => a + c.charCodeAt(0), 0));
  const todayLocal = Math.floor((now.getTime() + OFFSET) / DAY) * DAY;
  const events: ServiceEvent[] = [];
  const scale = profile === 'daytime' ? 0.55 : 0.7;
  let n = 0;
  for (let d = DEMO_SERVICE_DAYS; d >= 1; d--) {
    const dayStartLocal = todayLocal - d * DAY;
    const b = profile === 'slipped' ? (d <= 18 ? BEHAVIOUR.slippedNow : BEHAVIOUR.allDay) : BEHAVIOUR[profile];
    const weekend = new Date(dayStartLocal).getUTCDay() % 6 === 0;
    for (let hour = 0; hour < 24; hour++) {
      // Rounded at random so that quiet night hours still see a conversation now and then.
      const count = Math.floor(HOURLY[hour]! * scale * (weekend ? 1.3 : 1) * (0.5 + r()) + r());
      for (let k = 0; k < count; k++) {
        n++;
        const startedLocal = dayStartLocal + hour * HOUR + Math.floor(r() * (HOUR - 1000));
        const started = startedLocal - OFFSET;
        // Nobody on duty at night in the daytime-only store: answered when the 9:00 shift starts.
        const first =
          profile === 'daytime' && (hour < 9 || hour >= 22)
            ? dayStartLocal + (hour >= 22 ? DAY : 0) + 9 * HOUR - OFFSET + Math.round(spread(n, 60, 1200) * 1000)
            : started + Math.round(b.respond(n, hour) * 1000);
        const resolved = n % b.unresolvedEvery === 0 ? first + Math.round(spread(n, 25, 50) * HOUR) : first + Math.round(spread(n, 0.05, 6) * HOUR);
        const rated = n % 2 === 0;
        const satisfaction = !rated ? null : (n / 2) % b.unhappyEvery === 0 ? 1 + (n % 3) : n % 3 === 0 ? 4 : 5;
        const channel = n % 10 < 7 ? 'chat' : n % 10 < 9 ? 'app' : 'phone';
        events.push({
          conversationId: `${merchant.id}-${new Date(startedLocal).toISOString().slice(0, 10).replace(/-/g, '')}-${String(hour).padStart(2, '0')}${k}`,
          channel,
          startedAt: new Date(started).toISOString(),
          firstResponseAt: new Date(first).toISOString(),
          resolvedAt: new Date(resolved).toISOString(),
          satisfaction,
          dispute: b.disputeEvery > 0 && n % b.disputeEvery === 0,
        });
      }
    }
  }
  return events;
}
