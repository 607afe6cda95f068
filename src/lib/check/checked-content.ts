/**
 * The content as read and checked once per build. The `portal()`
 * integration checks the content when the build starts; pages that need
 * the checked entries (e.g. `/status/`) and the build steps get the same
 * result here instead of reading every file again. The result is kept on
 * `globalThis` because the integration and the pages are loaded as
 * separate module instances in the same process.
 */
import { checkContent, type CheckOptions, type CheckResult } from './content-check.ts';

const KEY = Symbol.for('portal.checked-content');
type Cache = Map<string, CheckResult>;
const cache = (): Cache => ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map()) as Cache;

/**
 * The checked content under `root`: read once, then shared. `fresh` reads
 * it again (the dev server, where files change while it runs).
 */
export function checkedContent(root: string, options: CheckOptions & { fresh?: boolean } = {}): CheckResult {
  const { fresh, ...check } = options;
  if (!fresh && cache().has(root)) return cache().get(root)!;
  const result = checkContent(root, check);
  cache().set(root, result);
  return result;
}
