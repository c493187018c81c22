/**
 * Real bff processes for the replica tests: `bff/src/main.ts` under tsx, each on a free port (PORT=0; the address is
 * read from the URL the start prints), logs collected, stopped with SIGTERM.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../main.ts', import.meta.url));

export interface BffProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  stop(): Promise<number | null>;
}

export function startBff(env: Record<string, string>, timeoutMs = 60_000): Promise<BffProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', main], {
    env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: '0', NODE_ENV: 'production', SCRYPT_LOG_N: '10', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    return exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`the bff did not start within ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    const onData = () => {
      const m = /Merchant console: (http:\/\/\S+)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      resolve({ url: m[1]!.replace('localhost', '127.0.0.1'), child, output: () => out, stop });
    };
    child.stdout!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the bff exited (${code}) before it started:\n${out}`));
    });
  });
}

/** A tRPC call over HTTP, as the SPA makes it; returns the status, the parsed body and the Set-Cookie pair. */
export async function call(base: string, path: string, opts: { input?: unknown; cookie?: string; mutation?: boolean } = {}) {
  const url = opts.mutation || opts.input === undefined ? `${base}/trpc/${path}` : `${base}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(opts.input))}`;
  const res = await fetch(url, {
    method: opts.mutation ? 'POST' : 'GET',
    headers: { ...(opts.mutation ? { 'content-type': 'application/json' } : {}), ...(opts.cookie ? { cookie: opts.cookie } : {}) },
    body: opts.mutation ? (opts.input === undefined ? '' : JSON.stringify(opts.input)) : undefined,
  });
  const setCookie = res.headers.getSetCookie().map((c) => c.split(';')[0]!);
  return { status: res.status, body: (await res.json()) as { result?: { data: unknown }; error?: { data?: { code?: string } } }, setCookie };
}
