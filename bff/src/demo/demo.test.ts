import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoCalendar } from './calendar';
import { demoLaunches } from './launches';
import { demoMerchants } from './merchants';
import { demoUsers } from './users';

const here = new URL('.', import.meta.url);
const modules = readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

describe('demo world (pure data, shared with mock mode)', () => {
  it.each(modules)('%s imports only @console/shared and its sibling demo modules (it runs in the browser)', (file) => {
    const source = readFileSync(new URL(file, here), 'utf8');
    const specifiers = [...source.matchAll(/\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
    for (const s of specifiers) expect(s, `${file} imports ${s}`).toMatch(/^(@console\/shared|\.\/[\w-]+)$/);
  });

  it('is the same world for the same moment, and dates launches relative to it', () => {
    const cast = { merchants: demoMerchants(), users: demoUsers() };
    const now = new Date('2026-11-23T06:00:00.000Z');
    const a = demoLaunches(cast, now);
    expect(demoLaunches(cast, now)).toEqual(a);
    expect(a.launches).toHaveLength(115);
    const ss = a.launches.filter((l) => l.content.season === 'SS' && l.submittedAt);
    expect(ss.every((l) => l.submittedAt! < now && now.getTime() - l.submittedAt!.getTime() < 12 * 86_400_000)).toBe(true);
    const later = demoLaunches(cast, new Date('2026-12-23T06:00:00.000Z'));
    expect(later.launches[1]!.submittedAt!.getTime() - a.launches[1]!.submittedAt!.getTime()).toBe(30 * 86_400_000);
  });

  it('gives every operator their merchant and every vertical a manager; the calendar has 8 windows a year', () => {
    const merchants = new Set(demoMerchants().map((m) => m.id));
    const users = demoUsers();
    for (const op of users.filter((u) => u.role === 'operator')) expect(merchants).toContain(op.merchantId);
    expect(users.filter((u) => u.role === 'manager').flatMap((u) => u.verticals).sort()).toEqual(['apparel', 'beauty', 'electronics', 'fmcg', 'home']);
    expect(demoCalendar()).toHaveLength(16);
    expect(new Set(demoCalendar().map((w) => w.id)).size).toBe(16);
  });
});
