import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseEnv, renderEnvTable } from './config';
import { shouldSeed } from './db/seed';

const problemsOf = (env: Record<string, string>) => {
  try {
    parseEnv(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
};

describe('config', () => {
  it('has a default for every variable', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ NODE_ENV: 'development', PORT: 3000, HOST: '0.0.0.0', LOG_LEVEL: 'info', SESSION_IDLE_MINUTES: 30, SESSION_ABSOLUTE_HOURS: 12 });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.SEED).toBeUndefined();
    expect(env.TRUST_PROXY).toBe(false);
  });

  it('an empty value counts as unset', () => {
    expect(parseEnv({ PORT: '', SEED: '' })).toMatchObject({ PORT: 3000, SEED: undefined });
  });

  it('refuses a unit suffix instead of reading NaN (SESSION_IDLE_MINUTES=30m)', () => {
    expect(problemsOf({ SESSION_IDLE_MINUTES: '30m' })).toEqual(['SESSION_IDLE_MINUTES="30m" must be a whole number of minutes (1-10080)']);
  });

  it('names every bad variable at once, each with what it must be', () => {
    const problems = problemsOf({ PORT: '70000', SEED: 'yes', LOG_LEVEL: 'loud', NODE_ENV: 'prod', TRUST_PROXY: 'some proxy', SCRYPT_LOG_N: '9' });
    expect(problems).toEqual([
      'NODE_ENV="prod" must be development, production or test',
      'PORT="70000" must be a port number (0-65535)',
      'SEED="yes" must be true or false',
      'LOG_LEVEL="loud" must be one of fatal, error, warn, info, debug, trace, silent',
      'TRUST_PROXY="some proxy" must be true, false, a hop count or a comma-separated list of proxy addresses',
      'SCRYPT_LOG_N="9" must be a whole number from 10 to 20',
    ]);
  });

  it('edges of a range are accepted, one past them refused', () => {
    expect(parseEnv({ SESSION_IDLE_MINUTES: '1', PORT: '0', SCRYPT_LOG_N: '20' })).toMatchObject({ SESSION_IDLE_MINUTES: 1, PORT: 0, SCRYPT_LOG_N: 20 });
    expect(problemsOf({ SESSION_IDLE_MINUTES: '0' })).toHaveLength(1);
    expect(problemsOf({ SCRYPT_LOG_N: '21' })).toHaveLength(1);
    expect(problemsOf({ SESSION_IDLE_MINUTES: '-5' })).toHaveLength(1);
    expect(problemsOf({ SESSION_IDLE_MINUTES: '1.5' })).toHaveLength(1);
  });

  it('TRUST_PROXY: true, a hop count or a list of addresses', () => {
    expect(parseEnv({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(parseEnv({ TRUST_PROXY: '10.0.0.1, 10.0.0.0/8' }).TRUST_PROXY).toEqual(['10.0.0.1', '10.0.0.0/8']);
    const hops = parseEnv({ TRUST_PROXY: '1' }).TRUST_PROXY as (a: string, hop: number) => boolean;
    expect([hops('x', 0), hops('x', 1)]).toEqual([true, false]);
  });

  it('seeds the demo world by default on PGlite only; PostgreSQL only with SEED=true', () => {
    expect(shouldSeed(parseEnv({}).SEED, 'pglite')).toBe(true);
    expect(shouldSeed(parseEnv({}).SEED, 'postgres')).toBe(false);
    expect(shouldSeed(parseEnv({ SEED: 'true' }).SEED, 'postgres')).toBe(true);
    expect(shouldSeed(parseEnv({ SEED: 'false' }).SEED, 'pglite')).toBe(false);
  });

  it("README's table of the bff's variables is the one the definitions render", () => {
    const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
    const start = readme.indexOf('<!-- env:start -->');
    const end = readme.indexOf('<!-- env:end -->');
    expect(start, 'README.md lacks the <!-- env:start --> … <!-- env:end --> markers').toBeGreaterThan(-1);
    expect(readme.slice(start + '<!-- env:start -->'.length, end).trim(), 'run `npm run docs:env` to regenerate it').toBe(renderEnvTable());
  });

  it('a start with a bad value stops with a message naming the variable, before opening any database', () => {
    const main = fileURLToPath(new URL('./main.ts', import.meta.url));
    const run = spawnSync(process.execPath, ['--import', 'tsx', main], {
      env: { PATH: process.env.PATH, SESSION_IDLE_MINUTES: '30m', DATABASE_URL: '/nonexistent/never-created' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('SESSION_IDLE_MINUTES="30m" must be a whole number of minutes (1-10080)');
    expect(run.stdout).not.toContain('Merchant console:');
  });
});
