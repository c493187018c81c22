/**
 * tRPC queries over HTTP GET (`/trpc/a.b?input=…`, `/trpc/a.b,c.d?batch=1&input=…`) answered without the fetch
 * `Request` and `Response` objects tRPC's Fastify adapter builds around every call (and our onSend hook then read
 * back into a string): under load those objects, their Headers and the AbortControllers and signals tRPC chains per
 * request and per call were a tenth of the bff's CPU (node --cpu-prof, PostgreSQL).
 *
 * It is tRPC's own `resolveResponse` for the one case it serves, built from tRPC's own pieces: `getRequestInfo` (paths,
 * batch, the batch limit, inputs parsed lazily by the procedure itself), the procedure call, `getErrorShape` (our
 * errorFormatter), `transformTRPCResponse` and `getHTTPStatusCode`. What it answers is byte for byte what the adapter
 * answers, with the same status and headers (queries.test.ts sends a corpus to both). Everything else goes to the
 * adapter: mutations, subscriptions, streaming (`trpc-accept`), a GET with a content type, a URL or path tRPC would
 * refuse or read differently, a batch over the limit, procedures of mixed types or none found. Those decisions are
 * made before the request's context is created (it reads the session and may clear its cookie), so a request is
 * never half-served by both.
 */
import { createURL } from '@trpc/server/adapters/node-http';
import {
  type AnyProcedure,
  getErrorShape,
  getHTTPStatusCode,
  getRequestInfo,
  getTRPCErrorFromUnknown,
  isAsyncIterable,
  isObject,
  isPromise,
  type ProcedureType,
  TRPCError,
  type TRPCRequestInfo,
  transformTRPCResponse,
  urlPathToProcedurePath,
} from '@trpc/server/unstable-core-do-not-import';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppRouter } from './router';
import type { Context } from './trpc';

export interface QueryOptions {
  router: AppRouter;
  maxBatchSize: number;
  createContext(opts: { req: FastifyRequest; res: FastifyReply; info: TRPCRequestInfo }): Context | Promise<Context>;
  onError(opts: { error: TRPCError; path: string | undefined; input: unknown; ctx: Context | undefined; type: ProcedureType | 'unknown'; req: FastifyRequest }): void;
}

/** The headers tRPC asks a fetch Request for, read from Node's (which already joined repeated ones as fetch does). */
function headersOf(req: FastifyRequest) {
  return {
    get(name: string): string | null {
      const value = req.headers[name];
      return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
    },
  } as unknown as Headers;
}

/** tRPC's `isDataStream`: an answer it would only send through a streaming link. */
function isDataStream(v: unknown) {
  if (!isObject(v)) return false;
  if (isAsyncIterable(v)) return true;
  return Object.values(v).some(isPromise) || Object.values(v).some(isAsyncIterable);
}

/** What tRPC's fetch Response would carry: status, body and the headers resolveResponse sets on a query's answer. */
export interface QueryAnswer {
  status: number;
  body: string;
}

/**
 * Answers a GET of `path` (the route's parameter, as Fastify decoded it) when it is a query or a batch of queries;
 * `null` when tRPC's adapter must answer instead (nothing has run yet).
 */
export async function answerQuery(opts: QueryOptions, req: FastifyRequest, reply: FastifyReply, path: string): Promise<QueryAnswer | null> {
  if (req.method !== 'GET' || req.headers['content-type'] !== undefined) return null;
  const rawUrl = req.raw.url ?? '';
  // A URL the WHATWG parser would rewrite (a fragment, spaces, bytes outside printable ASCII): the adapter's.
  if (!/^[\x21-\x7e]*$/.test(rawUrl) || rawUrl.includes('#')) return null;
  let url: URL;
  let procedurePath: string;
  try {
    url = createURL(req.raw);
    procedurePath = urlPathToProcedurePath(decodeURIComponent(path), opts.router._def._config.pathSeparator);
  } catch {
    return null;
  }
  const headers = headersOf(req);
  let info: TRPCRequestInfo;
  try {
    info = await getRequestInfo({
      req: { method: 'GET', headers, signal: undefined } as unknown as Request,
      path: procedurePath,
      router: opts.router,
      searchParams: url.searchParams,
      headers,
      url,
      maxBatchSize: opts.maxBatchSize,
    });
  } catch {
    return null;
  }
  if (info.type !== 'query' || info.accept !== null) return null;

  const config = opts.router._def._config;
  let ctx: Context | undefined;
  let ctxError: TRPCError | undefined;
  try {
    ctx = await opts.createContext({ req, res: reply, info });
  } catch (cause) {
    ctxError = getTRPCErrorFromUnknown(cause);
  }

  const calls = info.calls.map(async (call): Promise<[TRPCError, undefined] | [undefined, { data: unknown }]> => {
    const proc = call.procedure as AnyProcedure | null;
    try {
      if (!proc) throw new TRPCError({ code: 'NOT_FOUND', message: `No procedure found on path "${call.path}"` });
      if (ctxError) throw ctxError;
      // No query reads its signal (only subscriptions do, and they go to the adapter): none is made per call.
      const data: unknown = await proc({ path: call.path, getRawInput: call.getRawInput, ctx, type: 'query', signal: undefined, batchIndex: call.batchIndex });
      return [undefined, { data }];
    } catch (cause) {
      const error = getTRPCErrorFromUnknown(cause);
      opts.onError({ error, path: call.path, input: call.result(), ctx, type: proc?._def.type ?? 'unknown', req });
      return [error, undefined];
    }
  });

  try {
    if (!info.isBatchCall) {
      const call = info.calls[0]!;
      const [error, result] = await calls[0]!;
      if (isDataStream(result?.data)) {
        throw new TRPCError({ code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Cannot use stream-like response in non-streaming request - use httpBatchStreamLink' });
      }
      const res = error
        ? { error: getErrorShape({ config, ctx, error, input: call.result(), path: call.path, type: info.type }) }
        : { result: { data: result!.data } };
      return { status: getHTTPStatusCode([res], error ? [error] : []), body: JSON.stringify(transformTRPCResponse(config, res)) };
    }
    const results = (await Promise.all(calls)).map((res): [TRPCError, undefined] | [undefined, { data: unknown }] => {
      const [error, result] = res;
      if (error) return res;
      if (isDataStream(result!.data)) {
        return [new TRPCError({ code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Cannot use stream-like response in non-streaming request - use httpBatchStreamLink' }), undefined];
      }
      return res;
    });
    const items = results.map(([error, result], index) => {
      const call = info.calls[index]!;
      if (error) {
        return { error: getErrorShape({ config, ctx, error, input: call.result(), path: call.path, type: call.procedure?._def.type ?? 'unknown' }) };
      }
      return { result: { data: result!.data } };
    });
    return { status: getHTTPStatusCode(items, results.map(([error]) => error)), body: JSON.stringify(transformTRPCResponse(config, items)) };
  } catch (cause) {
    // resolveResponse's own catch (caughtErrorToData): the whole request answers with one error.
    const error = getTRPCErrorFromUnknown(cause);
    opts.onError({ error, path: undefined, input: undefined, ctx, type: info.type, req });
    const res = { error: getErrorShape({ config, error, type: info.type, path: undefined, input: undefined, ctx }) };
    return { status: getHTTPStatusCode(res, [error]), body: JSON.stringify(transformTRPCResponse(config, res)) };
  }
}
