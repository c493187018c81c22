import { MemoryFS } from '@electric-sql/pglite';

/** Where PGlite keeps its data dir in its Emscripten file system (PGlite's PGDATA). */
const PGDATA = '/tmp/pglite/base';
const BASE_KEY = 'base.tar.gz';

type EmFS = {
  readdir(path: string): string[];
  stat(path: string): { mode: number; size: number; mtime: Date | number };
  isDir(mode: number): boolean;
  isFile(mode: number): boolean;
  readFile(path: string, opts: { encoding: 'binary' }): Uint8Array;
  writeFile(path: string, data: Uint8Array): void;
  mkdir(path: string): void;
  unlink(path: string): void;
  rmdir(path: string): void;
  analyzePath(path: string): { exists: boolean };
};

/** One path of the data dir as it was at the last sync: a file with its contents, a directory, or removed. */
type Entry = { kind: 'file'; data: Uint8Array } | { kind: 'dir' } | { kind: 'gone' };

export interface SnapshotFsOptions {
  /** The IndexedDB database that holds this data dir. */
  name: string;
  /** A gzip'd data-dir tarball (PGlite's dumpDataDir) to start from when that database has none yet. */
  base?: () => Promise<Blob | undefined>;
}

/**
 * PGlite's data dir in memory, kept in IndexedDB as the tarball it started from plus every file changed since.
 *
 * PGlite's own `idb://` (Emscripten's IDBFS) keeps one IndexedDB record per file of the data dir: a first visit that
 * starts from a ready tarball writes all of it (~1,100 files, ~60 MB) before the first query answers, and every
 * query afterwards lists every record's timestamp to find what changed. Here the tarball is stored as it came (one
 * record) and each sync writes only the files whose size or time changed since the last one (a removed file is
 * written as removed), in one transaction that completes before the query's answer goes back: a reload right after
 * a sign-in finds the session, as with `idb://`. Opening applies the changed files over the tarball; PostgreSQL then
 * recovers from its WAL as after any crash.
 */
export class SnapshotFs extends MemoryFS {
  readonly #options: SnapshotFsOptions;
  #idb: IDBDatabase | null = null;
  /** Size and time of every path at the last sync (a directory: 'dir'); what the next sync compares against. */
  #synced = new Map<string, string>();

  constructor(options: SnapshotFsOptions) {
    super();
    this.#options = options;
  }

  get #fs(): EmFS {
    return this.pg!.Module.FS as unknown as EmFS;
  }

  override async initialSyncFs(): Promise<void> {
    this.#idb = await openStore(this.#options.name);
    const store = this.#store('readonly');
    const [keys, values] = await Promise.all([request<IDBValidKey[]>(store.getAllKeys()), request<unknown[]>(store.getAll())]);
    let base: Blob | ArrayBuffer | undefined;
    const changed: [string, Entry][] = [];
    keys.forEach((key, i) => {
      if (key === BASE_KEY) base = values[i] as Blob | ArrayBuffer;
      else changed.push([String(key), values[i] as Entry]);
    });
    // Nothing kept yet: a first visit (a world made in the page, without a tarball, keeps only changed files).
    if (!base && changed.length === 0) {
      base = await this.#options.base?.();
      if (base) {
        const tx = this.#idb.transaction('files', 'readwrite');
        tx.objectStore('files').put(base, BASE_KEY);
        await done(tx);
      }
    }
    const fs = this.#fs;
    mkdirs(fs, PGDATA);
    if (base) {
      const tar = await gunzip(base instanceof Blob ? base : new Blob([base]));
      for (const file of untar(tar)) {
        const path = PGDATA + file.name;
        if (file.dir) mkdirs(fs, path);
        else {
          mkdirs(fs, parentOf(path));
          fs.writeFile(path, file.data);
        }
      }
    }
    // Parents before children; removals after, children before parents.
    changed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [path, entry] of changed) {
      if (entry.kind === 'dir') mkdirs(fs, path);
      else if (entry.kind === 'file') {
        mkdirs(fs, parentOf(path));
        fs.writeFile(path, entry.data);
      }
    }
    for (const [path, entry] of changed.reverse()) {
      if (entry.kind !== 'gone' || !fs.analyzePath(path).exists) continue;
      if (fs.isDir(fs.stat(path).mode)) fs.rmdir(path);
      else fs.unlink(path);
    }
    this.#synced = this.#scan(Number.POSITIVE_INFINITY);
  }

  override async syncToFs(): Promise<void> {
    if (!this.#idb) return;
    const fs = this.#fs;
    const startedAt = Date.now();
    const now = this.#scan(startedAt);
    const writes: [string, Entry][] = [];
    for (const [path, state] of now) {
      if (this.#synced.get(path) === state && !state.endsWith('?')) continue;
      writes.push([path, state === 'dir' ? { kind: 'dir' } : { kind: 'file', data: fs.readFile(path, { encoding: 'binary' }) }]);
    }
    for (const path of this.#synced.keys()) if (!now.has(path)) writes.push([path, { kind: 'gone' }]);
    if (writes.length === 0) return;
    const tx = this.#idb.transaction('files', 'readwrite');
    const store = tx.objectStore('files');
    for (const [path, entry] of writes) store.put(entry, path);
    await done(tx);
    this.#synced = now;
  }

  override async closeFs(): Promise<void> {
    this.#idb?.close();
    this.#idb = null;
    await super.closeFs();
  }

  #store(mode: IDBTransactionMode) {
    return this.#idb!.transaction('files', mode).objectStore('files');
  }

  /**
   * Size and time of every path under PGDATA. A file changed in the millisecond the scan started is marked `?` and
   * written again by the next sync: a second write within the same millisecond would not change its time.
   */
  #scan(startedAt: number): Map<string, string> {
    const fs = this.#fs;
    const out = new Map<string, string>();
    const walk = (dir: string) => {
      for (const name of fs.readdir(dir)) {
        if (name === '.' || name === '..') continue;
        const path = `${dir}/${name}`;
        const stat = fs.stat(path);
        if (fs.isDir(stat.mode)) {
          out.set(path, 'dir');
          walk(path);
        } else if (fs.isFile(stat.mode)) {
          const mtime = +stat.mtime;
          out.set(path, `${stat.size}:${mtime}${mtime >= startedAt ? '?' : ''}`);
        }
      }
    };
    walk(PGDATA);
    return out;
  }
}

/** Deletes the IndexedDB database of a snapshot data dir (`?reset`). */
export function deleteSnapshot(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
    req.onblocked = () => resolve();
  });
}

function openStore(name: string): Promise<IDBDatabase> {
  const req = indexedDB.open(name, 1);
  req.onupgradeneeded = () => req.result.createObjectStore('files');
  return request(req);
}

function request<T>(req: IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result as T);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

const parentOf = (path: string) => path.slice(0, path.lastIndexOf('/'));

function mkdirs(fs: EmFS, path: string) {
  let at = '';
  for (const part of path.split('/').filter(Boolean)) {
    at += `/${part}`;
    if (!fs.analyzePath(at).exists) fs.mkdir(at);
  }
}

async function gunzip(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await new Response(blob.stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
}

/** The entries of a POSIX (ustar) tarball, as PGlite's dumpDataDir writes it: names are `/`-rooted in the data dir. */
function* untar(tar: Uint8Array): Generator<{ name: string; dir: boolean; data: Uint8Array }> {
  const text = new TextDecoder();
  const field = (at: number, length: number) => {
    const bytes = tar.subarray(at, at + length);
    const end = bytes.indexOf(0);
    return text.decode(end === -1 ? bytes : bytes.subarray(0, end));
  };
  let at = 0;
  while (at + 512 <= tar.length) {
    const name = field(at, 100);
    if (!name) break;
    const size = Number.parseInt(field(at + 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(tar[at + 156] ?? 0);
    const prefix = field(at + 345, 155);
    const full = prefix ? `${prefix}/${name}` : name;
    const path = (full.startsWith('/') ? full : `/${full}`).replace(/\/$/, '');
    at += 512;
    if (type === '5') yield { name: path, dir: true, data: new Uint8Array(0) };
    else if (type === '0' || type === '\0') yield { name: path, dir: false, data: tar.slice(at, at + size) };
    at += Math.ceil(size / 512) * 512;
  }
}
