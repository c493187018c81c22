import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A hash of every file under the given paths (relative to root; tests left out): their paths and contents. */
export function sourceHash(root: string, paths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const path of paths) {
    for (const file of walk(join(root, path))) {
      if (/\.test\.tsx?$/.test(file)) continue;
      hash.update(relative(root, file));
      hash.update(readFileSync(file));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

function* walk(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) {
    yield dir;
    return;
  }
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

/**
 * A cache of builds keyed by their sources' hash: a key's file is built once, requests that come meanwhile wait for
 * the same build, and a build that fails is forgotten so the next request tries again. A build whose file has gone
 * since is made again: a later key's build clears the older ones, so an edit undone comes back to a key whose
 * folder is no more.
 */
export function buildCache() {
  const building = new Map<string, Promise<string>>();
  const built = new Set<string>();
  return (key: string, file: string, make: () => Promise<void>): Promise<string> => {
    let pending = building.get(key);
    if (!pending || (built.has(key) && !existsSync(file))) {
      built.delete(key);
      const made = existsSync(file) ? Promise.resolve(file) : make().then(() => file);
      made.then(
        () => built.add(key),
        () => building.delete(key),
      );
      building.set(key, made);
      pending = made;
    }
    return pending;
  };
}
