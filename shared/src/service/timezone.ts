/**
 * A merchant's time zone, in which its service hours and days are counted. It must be an IANA zone name the
 * platform knows (`Asia/Shanghai`, `Europe/Berlin`, `UTC`; not `+08:00`, `CST` or `GMT+8`), and its offset from UTC
 * must be whole hours all year: the figures are kept per merchant and UTC hour, so an hour of a half-hour zone
 * (Asia/Kolkata, +5:30) would straddle two of them.
 */
export type TimeZoneIssue = 'service.timeZoneRequired' | 'service.timeZoneUnknown' | 'service.timeZoneWholeHours';

/** `Area/Location` (one or two more parts), or UTC. Offsets and abbreviations are not zone names. */
const ZONE_NAME = /^(?:UTC|[A-Z][A-Za-z]+(?:\/[A-Za-z][A-Za-z0-9_+-]*){1,2})$/;

/** Minutes east of UTC of `tz` at each of `at` (`GMT+05:30` → 330), or null when the zone is unknown. */
export function zoneOffsetsMinutes(tz: string, at: readonly Date[]): number[] | null {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'longOffset' });
  } catch {
    return null;
  }
  const offsets: number[] = [];
  for (const d of at) {
    const name = format.formatToParts(d).find((p) => p.type === 'timeZoneName')?.value;
    const m = name === 'GMT' ? ['', '+', '00', '00'] : name ? /^GMT([+-])(\d{2}):(\d{2})$/.exec(name) : null;
    if (!m) return null;
    offsets.push((m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])));
  }
  return offsets;
}

export const zoneOffsetMinutes = (tz: string, at: Date) => zoneOffsetsMinutes(tz, [at])?.[0] ?? null;

/** Why `tz` cannot be a merchant's time zone, or null. Offsets are checked mid-winter and mid-summer of `at`'s year. */
export function timeZoneIssue(tz: string, at: Date = new Date()): TimeZoneIssue | null {
  if (tz.trim() === '') return 'service.timeZoneRequired';
  if (!ZONE_NAME.test(tz)) return 'service.timeZoneUnknown';
  const year = at.getUTCFullYear();
  const offsets = zoneOffsetsMinutes(tz, [new Date(Date.UTC(year, 0, 15)), new Date(Date.UTC(year, 6, 15))]);
  if (!offsets) return 'service.timeZoneUnknown';
  if (offsets.some((o) => o % 60 !== 0)) return 'service.timeZoneWholeHours';
  return null;
}

/** The zone names this runtime knows, UTC first: what a zone picker offers (the rule above still decides). */
export function knownTimeZones(): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set(['UTC', ...all])];
}
