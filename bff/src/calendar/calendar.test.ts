import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client';
import { StaleVersionError } from '../review/errors';
import { callerFor, createTestDatabase, fieldErrorsOf, seedWorld, trpcError, type World } from '../test/harness';
import { seedCalendar } from './seed';

let database: Database;
let world: World;
beforeAll(async () => {
  database = await createTestDatabase();
  world = await seedWorld(database.db);
  await seedCalendar(database.db);
});
afterAll(() => database.close());
const as = async (user: { id: string } | null) => (await callerFor(database, user)).caller;

describe('calendar', () => {
  it('lets every signed-in role read the windows, filtered by year and kind, in date order', async () => {
    for (const user of [world.operators.apparel, world.managers.tech, world.admin]) {
      const c = await as(user);
      const launches = await c.calendar.list({ filters: { year: 2027, kind: ['ss_launch', 'aw_launch'] } });
      expect(launches.items.map((w) => [w.kind, w.startsOn, w.endsOn, w.submissionDeadline])).toEqual([
        ['ss_launch', '2027-02-01', '2027-04-30', '2027-01-20'],
        ['aw_launch', '2027-08-01', '2027-10-31', '2027-07-20'],
      ]);
    }
    const c = await as(world.operators.apparel);
    const d11 = await c.calendar.list({ filters: { year: 2026, kind: ['double11'] } });
    expect(d11.items.map((w) => w.phase)).toEqual(['registration', null, 'presale', 'official']);
    expect(d11.items.every((w) => w.global)).toBe(true);
    const page = await c.calendar.list({ pageSize: 5, page: 2 });
    expect(page.total).toBe(16);
    expect(page.items).toHaveLength(5);
    expect((await c.calendar.byId({ id: 'cw_ss_launch_2027' })).name).toBe('2027 春夏上新');
    expect((await trpcError(c.calendar.byId({ id: 'cw_nope' }))).code).toBe('NOT_FOUND');
    expect((await trpcError((await as(null)).calendar.list({}))).code).toBe('UNAUTHORIZED');
  });

  it('lets admins create and update windows, optimistically; nobody else', async () => {
    const admin = await as(world.admin);
    const created = await admin.calendar.create({ kind: 'ss_launch', year: 2028, name: '2028 春夏上新', startsOn: '2028-02-01', endsOn: '2028-04-30', submissionDeadline: '2028-01-20' });
    expect(created).toMatchObject({ id: 'cw_ss_launch_2028', version: 1, phase: null, global: false });
    const dup = await trpcError(admin.calendar.create({ kind: 'ss_launch', year: 2028, name: 'again', startsOn: '2028-06-01', endsOn: '2028-06-30' }));
    expect([dup.code, dup.message]).toEqual(['CONFLICT', 'calendar.windowExists']);
    const bad = await trpcError(admin.calendar.update({ ...created, endsOn: '2028-01-01', submissionDeadline: '2028-05-01' }));
    expect(fieldErrorsOf(bad)).toEqual({ endsOn: ['calendar.endsBeforeStart'], submissionDeadline: ['calendar.deadlineAfterEnd', 'calendar.deadlineNotBeforeStart'] });
    const moved = await admin.calendar.update({ ...created, endsOn: '2028-05-15' });
    expect(moved).toMatchObject({ version: 2, endsOn: '2028-05-15' });
    const stale = await trpcError(admin.calendar.update({ ...created, name: 'stale' }));
    expect(stale.code).toBe('CONFLICT');
    expect((stale.cause as StaleVersionError).currentVersion).toBe(2);
    const op = await as(world.operators.apparel);
    expect((await trpcError(op.calendar.create({ kind: 'brand_day', year: 2028, name: 'x', startsOn: '2028-01-01', endsOn: '2028-12-31' }))).code).toBe('FORBIDDEN');
    expect((await trpcError((await as(world.managers.fashion)).calendar.update({ ...moved }))).code).toBe('FORBIDDEN');
  });

  it('validates a window against the calendar: a 618 phase inside the festival is added, one outside is refused per field', async () => {
    const admin = await as(world.admin);
    const presale = await admin.calendar.create({ kind: 'mid_year_618', phase: 'presale', year: 2027, name: '2027 618 预售', startsOn: '2027-05-20', endsOn: '2027-05-31' });
    expect(presale).toMatchObject({ id: 'cw_mid_year_618_2027_presale', phase: 'presale' });
    const outside = await trpcError(
      admin.calendar.create({ kind: 'mid_year_618', phase: 'official', year: 2027, name: '2027 618 正式期', startsOn: '2027-06-01', endsOn: '2027-06-21' }),
    );
    expect([outside.code, fieldErrorsOf(outside)]).toEqual(['BAD_REQUEST', { startsOn: ['calendar.phaseOutsideFestival'] }]);
    const overlapping = await trpcError(
      admin.calendar.create({ kind: 'mid_year_618', phase: 'official', year: 2027, name: '2027 618 正式期', startsOn: '2027-05-31', endsOn: '2027-06-20' }),
    );
    expect(fieldErrorsOf(overlapping)).toEqual({ startsOn: ['calendar.overlapsSameKind'] });
    const lateDeadline = await trpcError(admin.calendar.update({ ...(await admin.calendar.byId({ id: 'cw_mid_year_618_2027' })), submissionDeadline: '2027-05-20' }));
    expect(fieldErrorsOf(lateDeadline)).toEqual({ submissionDeadline: ['calendar.deadlineNotBeforeStart'] });
    const globalOn618 = await trpcError(admin.calendar.update({ ...(await admin.calendar.byId({ id: 'cw_mid_year_618_2027' })), global: true }));
    expect(fieldErrorsOf(globalOn618)).toEqual({ global: ['calendar.globalDouble11Only'] });
    // Brand Day blackout dates: many a year, never overlapping.
    const b1 = await admin.calendar.create({ kind: 'brand_day_blackout', year: 2027, name: '618 当天', startsOn: '2027-06-18', endsOn: '2027-06-18' });
    const b2 = await admin.calendar.create({ kind: 'brand_day_blackout', year: 2027, name: '双十一当天', startsOn: '2027-11-11', endsOn: '2027-11-11' });
    expect([b1.id, b2.id]).toEqual(['cw_brand_day_blackout_2027-06-18', 'cw_brand_day_blackout_2027-11-11']);
    expect(fieldErrorsOf(await trpcError(admin.calendar.create({ kind: 'brand_day_blackout', year: 2027, name: 'x', startsOn: '2027-11-10', endsOn: '2027-11-12' })))).toEqual({
      startsOn: ['calendar.overlapsSameKind'],
    });
    for (const user of [world.operators.apparel, world.managers.all]) {
      const c = await as(user);
      expect((await trpcError(c.calendar.create({ kind: 'mid_year_618', phase: 'official', year: 2027, name: 'x', startsOn: '2027-06-01', endsOn: '2027-06-20' }))).code).toBe('FORBIDDEN');
    }
  });
});

describe('calendar agenda (an operator\'s own applications by day)', () => {
  it('puts a launch on its launch date, a Brand Day on its date, a registration on its festival\'s first day: only the operator\'s merchant', async () => {
    const op = await as(world.operators.apparel);
    const launch = await op.launches.create({
      season: 'SS',
      year: 2027,
      title: '议程 春夏上新',
      launchDate: '2027-02-10',
      story: '',
      channels: [],
      earlyAccess: null,
      skus: [],
    });
    const brandDay = await op.campaigns.createBrandDay({ date: '2027-03-08', theme: '议程 品牌日', proposal: '', gmvTarget: null, discountDepth: null, resources: [], heroSkus: [] });
    const promotion = await op.campaigns.createPromotion({ festival: 'double11', year: 2027, title: '议程 双十一', mode: 'selected_items', phases: [], global: false, targetMarkets: [], skus: [] });
    // Another merchant's Brand Day the day after: never in this operator's agenda.
    await (await as(world.operators.beauty)).campaigns.createBrandDay({ date: '2027-03-09', theme: '别家', proposal: '', gmvTarget: null, discountDepth: null, resources: [], heroSkus: [] });

    const spring = await op.calendar.agenda({ from: '2027-02-01', to: '2027-03-31' });
    expect(spring.items.map((i) => [i.date, i.kind, i.id, i.title, i.state])).toEqual([
      ['2027-02-10', 'launch', launch.id, '议程 春夏上新', 'draft'],
      ['2027-03-08', 'brand_day', brandDay.id, '议程 品牌日', 'draft'],
    ]);
    // Oct 1 to Nov 30: 61 days, within the range allowed; the registration sits on Double 11's first day.
    const autumn = await op.calendar.agenda({ from: '2027-10-01', to: '2027-11-30' });
    expect(autumn.items.map((i) => [i.date, i.kind, i.id])).toEqual([['2027-10-20', 'promotion', promotion.id]]);
    expect((await (await as(world.operators.beauty)).calendar.agenda({ from: '2027-03-01', to: '2027-03-31' })).items.map((i) => i.title)).toEqual(['别家']);
  });

  it('answers 62 days at most, names the field otherwise, and is for operators only', async () => {
    const op = await as(world.operators.apparel);
    await expect(op.calendar.agenda({ from: '2027-11-01', to: '2028-01-01' })).resolves.toBeTruthy();
    const long = await trpcError(op.calendar.agenda({ from: '2027-11-01', to: '2028-01-02' }));
    expect([long.code, fieldErrorsOf(long)]).toEqual(['BAD_REQUEST', { to: ['calendar.agendaTooLong'] }]);
    const backwards = await trpcError(op.calendar.agenda({ from: '2027-11-02', to: '2027-11-01' }));
    expect(fieldErrorsOf(backwards)).toEqual({ to: ['calendar.agendaEndsBeforeStart'] });
    for (const user of [world.managers.fashion, world.admin]) {
      expect((await trpcError((await as(user)).calendar.agenda({ from: '2027-03-01', to: '2027-03-31' }))).code).toBe('FORBIDDEN');
    }
  });
});
