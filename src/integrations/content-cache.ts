/**
 * Astro's content layer keeps parsed entries in `<cacheDir>/data-store.json`
 * and re-parses a file only when the file changes: a change to a schema
 * in src/schemas/ (a new field with a default, say) would otherwise leave
 * old entries without it until someone deletes the cache by hand. This
 * keeps a digest of the schema files next to the store and drops the store
 * when they change.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One digest of every file in `dirs` (names and contents, in a fixed order). */
export function digestOf(dirs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const dir of dirs) {
    for (const name of readdirSync(dir).sort()) {
      hash.update(`${dir}/${name}\0`);
      hash.update(readFileSync(join(dir, name)));
    }
  }
  return hash.digest('hex');
}

/** Drops the content store in `cacheDir` when the schemas' digest changed; returns true when it did. */
export function dropStaleContentStore(cacheDir: string, schemaDirs: readonly string[]): boolean {
  const stamp = join(cacheDir, 'portal-schemas.sha256');
  const digest = digestOf(schemaDirs);
  const previous = existsSync(stamp) ? readFileSync(stamp, 'utf8') : null;
  if (previous === digest) return false;
  const store = join(cacheDir, 'data-store.json');
  const dropped = existsSync(store);
  if (dropped) rmSync(store);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(stamp, digest);
  return dropped;
}
