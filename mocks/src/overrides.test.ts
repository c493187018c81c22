import { merchant, merchantByIdInput } from '@console/shared';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type MockApi, mockHandlers } from './api';
import { MockClock } from './clock';
import { MockCookieJar } from './cookies';
import { type MockDatabase, openMockDatabase } from './database';
import { type Override, override, stub } from './overrides';
import { OVERRIDES } from './overrides/index';

describe('every override in mock mode', () => {
  it.each(OVERRIDES.map((o) => [o.path, o] as const))('%s answers what its output schema accepts', async (_path, o: Override) => {
    const input = o.input ? o.input.parse(o.example) : undefined;
    expect(() => o.output.parse(o.answer(input))).not.toThrow();
  });

  it('is one of a procedure the router has, or of one it does not have yet, never both kinds for one path', () => {
    expect(new Set(OVERRIDES.map((o) => o.path)).size).toBe(OVERRIDES.length);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The mechanism, with overrides of its own

const pinned = {
  id: 'm_apparel_01',
  name: '固定的店铺 (override)',
  vertical: 'apparel',
  dsrDescription: 4.9,
  dsrService: 4.9,
  dsrLogistics: 4.9,
  violationPoints: 0,
  crossBorder: false,
  serviceTier: 'gold',
  membersT1: 1,
  membersT2: 2,
  membersT3: 3,
  createdAt: '2026-01-01T00:00:00.000Z',
} satisfies z.input<typeof merchant>;

const previewOutput = z.object({ id: z.string(), headline: z.string() });
const overrides: Override[] = [
  override('merchants.mine', () => pinned),
  stub({
    path: 'campaigns.preview',
    type: 'query',
    access: 'operator',
    input: merchantByIdInput,
    output: previewOutput,
    answer: ({ id }) => ({ id, headline: `预览 ${id}` }),
    example: { id: 'm_apparel_01' },
  }),
  // A fixture that lies about its type (as a stale one would after the schema changed).
  override('merchants.byIdForOperator', () => ({ ...pinned, serviceTier: 'platinum' }) as unknown as typeof pinned),
];

/** Never called: what the typecheck refuses. */
export function refusedByTheTypecheck() {
  // @ts-expect-error: an override's answer must have the procedure's output type.
  override('merchants.mine', () => ({ id: 'm_apparel_01' }));
  // @ts-expect-error: only procedures the router has can be overridden; a new one is a stub().
  override('campaigns.preview', () => ({}));
  stub({
    path: 'campaigns.preview',
    type: 'query',
    access: 'operator',
    output: previewOutput,
    // @ts-expect-error: a stub's answer must have its output schema's type.
    answer: () => ({ id: 1 }),
  });
}

let database: MockDatabase;
const cookies = new MockCookieJar();
const api: MockApi = { database: async () => database.db, cookies, clock: new MockClock(), scenario: () => 'normal', overrides };
const server = setupServer(...mockHandlers(api));
const origin = 'http://console.test';

beforeAll(async () => {
  database = await openMockDatabase({ world: 'demo', now: new Date() });
  server.listen({ onUnhandledRequest: 'error' });
}, 120_000);
afterAll(async () => {
  server.close();
  await database?.close();
});

async function get(path: string, input?: unknown) {
  const res = await fetch(`${origin}/trpc/${path}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`}`);
  return { status: res.status, body: (await res.json()) as { result?: { data: unknown }; error?: { message: string; data: { code: string } } } };
}

describe('an override (mocks/src/overrides.ts)', () => {
  it('keeps the real access policy: signed out, the overridden procedure still answers UNAUTHORIZED', async () => {
    cookies.clearAll();
    expect((await get('merchants.mine')).body.error).toMatchObject({ data: { code: 'UNAUTHORIZED' } });
  });

  it('answers its procedure with the fixture, and every other procedure from the router', async () => {
    const login = await fetch(`${origin}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'op.apparel', password: 'demo1234' }),
    });
    expect(login.status).toBe(200);
    expect((await get('merchants.mine')).body.result!.data).toEqual(pinned);
    expect((await get('auth.me')).body.result!.data).toMatchObject({ username: 'op.apparel', merchantName: '云裳服饰旗舰店' });
  });

  it('adds a procedure the router does not have yet, with its input validated', async () => {
    expect((await get('campaigns.preview', { id: 'm_apparel_01' })).body.result!.data).toEqual({ id: 'm_apparel_01', headline: '预览 m_apparel_01' });
    expect((await get('campaigns.preview', { id: '' })).body.error).toMatchObject({ data: { code: 'BAD_REQUEST' } });
  });

  it('fails, as the bff would, when its fixture does not parse with the output schema', async () => {
    const { status, body } = await get('merchants.byIdForOperator', { id: 'm_apparel_01' });
    expect(status).toBe(500);
    expect(body.error).toMatchObject({ data: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(() => overrides[2]!.output.parse(overrides[2]!.answer({ id: 'm_apparel_01' }))).toThrow();
  });
});
