import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPRESS_THRESHOLD, CONTENT_SECURITY_POLICY } from './app';
import { createTestDatabase, httpApp, seedWorld, type TestDatabase, TEST_PASSWORD, type World } from './test/harness';

let database: TestDatabase;
let world: World;
let dist: string;
let http: Awaited<ReturnType<typeof httpApp>>;
const script = `console.log(${JSON.stringify('x'.repeat(5000))});`;
const html = '<!doctype html><html><head><script type="module" src="/assets/app-abc123.js"></script></head><body><div id="root"></div></body></html>';

beforeAll(async () => {
  database = await createTestDatabase();
  world = await seedWorld(database.db);
  // A built SPA as vite.config.ts's precompress plugin leaves it: every file with its .br and .gz twins.
  dist = mkdtempSync(join(tmpdir(), 'console-dist-'));
  mkdirSync(join(dist, 'assets'));
  for (const [name, body] of [['index.html', html], ['assets/app-abc123.js', script]] as const) {
    writeFileSync(join(dist, name), body);
    writeFileSync(join(dist, `${name}.br`), brotliCompressSync(body));
    writeFileSync(join(dist, `${name}.gz`), gzipSync(body));
  }
  http = await httpApp(database, { webDist: dist });
});
afterAll(async () => {
  await http.app.close();
  await database.close();
  rmSync(dist, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) => http.app.inject({ method: 'GET', url, headers });

describe('serving the SPA', () => {
  it('sends the brotli twin to a browser that accepts it, gzip to one that accepts only gzip, the file to others', async () => {
    const br = await get('/assets/app-abc123.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(script);

    const gz = await get('/assets/app-abc123.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(script);

    const plain = await get('/assets/app-abc123.js', { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
    for (const res of [br, gz, plain]) {
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
  });

  it('index.html is never cached, compressed or not, whether asked for by name or as a page of the app', async () => {
    for (const url of ['/', '/index.html', '/review/queue', '/launches/123']) {
      for (const enc of ['br', 'gzip', 'identity']) {
        const res = await get(url, { 'accept-encoding': enc });
        expect(res.statusCode, `${url} ${enc}`).toBe(200);
        expect(res.headers['cache-control'], `${url} ${enc}`).toBe('no-cache');
        expect(res.headers['content-type']).toMatch(/text\/html/);
        expect(res.headers['content-encoding']).toBe(enc === 'identity' ? undefined : enc);
      }
    }
  });

  it('the SPA carries its security headers: CSP with frame-ancestors none, nosniff, a referrer policy', async () => {
    const res = await get('/');
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
    // SKU thumbnails are the merchant's https image links; http and any-scheme sources stay refused.
    const imgSrc = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('img-src'));
    expect(imgSrc?.split(' ')).toContain('https:');
    expect(imgSrc?.split(' ')).not.toContain('http:');
    expect(imgSrc?.split(' ')).not.toContain('*');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('same-origin');
  });
});

describe('compressing the API', () => {
  it(`compresses an answer of ${COMPRESS_THRESHOLD} bytes or more, with Vary, and the JSON is unchanged`, async () => {
    const cookie = (await http.login(world.managers.all.username, TEST_PASSWORD))!;
    const url = `/trpc/merchants.list?input=${encodeURIComponent(JSON.stringify({ page: 1, pageSize: 20 }))}`;
    const plain = await get(url, { cookie });
    expect(plain.statusCode, plain.body).toBe(200);
    expect(plain.rawPayload.length).toBeGreaterThan(COMPRESS_THRESHOLD);
    const br = await get(url, { cookie, 'accept-encoding': 'br, gzip' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers['content-type']).toMatch(/application\/json/);
    expect(br.headers['cache-control']).toBe('no-store');
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(JSON.parse(plain.body));
    const gz = await get(url, { cookie, 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString())).toEqual(JSON.parse(plain.body));
  });

  it('leaves a small answer as it is, and keeps an error status', async () => {
    const small = await get('/trpc/auth.me', { 'accept-encoding': 'br, gzip' });
    expect(small.rawPayload.length).toBeLessThan(COMPRESS_THRESHOLD);
    expect(small.headers['content-encoding']).toBeUndefined();
    const denied = await get(`/trpc/merchants.list?input=${encodeURIComponent('{}')}`, { 'accept-encoding': 'br' });
    expect(denied.statusCode).toBe(401);
    expect(JSON.parse(denied.headers['content-encoding'] ? brotliDecompressSync(denied.rawPayload).toString() : denied.body)).toMatchObject({ error: { data: { code: 'UNAUTHORIZED' } } });
  });
});
