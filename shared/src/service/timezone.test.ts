import { describe, expect, it } from 'vitest';
import { merchantTimeZone, saveServiceSettingsInput } from './schema';
import { knownTimeZones, timeZoneIssue, zoneOffsetMinutes } from './timezone';

const jan = new Date('2026-01-15T00:00:00Z');

describe("a merchant's time zone", () => {
  it('accepts IANA zones with whole-hour offsets, UTC and zones with whole-hour summer time', () => {
    for (const tz of ['Asia/Shanghai', 'UTC', 'Europe/Berlin', 'America/New_York', 'America/Argentina/Buenos_Aires', 'Asia/Dhaka']) expect(timeZoneIssue(tz, jan), tz).toBeNull();
  });
  it('refuses offsets, abbreviations, misspellings and empty names as unknown', () => {
    for (const tz of ['+08:00', 'GMT+8', 'CST', 'Asia/Shangha', 'asia/shanghai', 'Asia', 'Asia/Shanghai/', '<script>']) expect(timeZoneIssue(tz, jan), tz).toBe('service.timeZoneUnknown');
    expect(timeZoneIssue('', jan)).toBe('service.timeZoneRequired');
  });
  it('refuses zones whose offset is not whole hours: Dhaka (+6) passes, Yangon (+6:30) next to it fails', () => {
    expect(zoneOffsetMinutes('Asia/Dhaka', jan)).toBe(360);
    expect(zoneOffsetMinutes('Asia/Yangon', jan)).toBe(390);
    expect(timeZoneIssue('Asia/Yangon', jan)).toBe('service.timeZoneWholeHours');
    expect(timeZoneIssue('Asia/Kolkata', jan)).toBe('service.timeZoneWholeHours');
    expect(timeZoneIssue('Asia/Kathmandu', jan)).toBe('service.timeZoneWholeHours');
    // Whole hours in winter (+11), half an hour of summer time: refused for the half-hour half of the year.
    expect(timeZoneIssue('Australia/Lord_Howe', jan)).toBe('service.timeZoneWholeHours');
  });
  it('offers the zones the runtime knows, UTC first', () => {
    const zones = knownTimeZones();
    expect(zones[0]).toBe('UTC');
    expect(zones).toContain('Asia/Shanghai');
  });
  it('the schema trims, and names the problem on the field', () => {
    expect(merchantTimeZone.parse(' Europe/London ')).toBe('Europe/London');
    const r = saveServiceSettingsInput.safeParse({ timeZone: 'Asia/Kolkata' });
    expect(r.success).toBe(false);
    expect(r.error!.issues).toMatchObject([{ path: ['timeZone'], message: 'service.timeZoneWholeHours' }]);
    expect(saveServiceSettingsInput.safeParse({ timeZone: 'x'.repeat(65) }).error!.issues[0]!.message).toBe('service.timeZoneUnknown');
  });
});
