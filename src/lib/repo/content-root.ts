import { resolve } from 'node:path';

/**
 * The folder that holds `content/` and `courses/`: the project root, or
 * `PORTAL_CONTENT_ROOT` (tests point it at small fixture sites).
 */
export function contentRoot(projectRoot: string): string {
  return resolve(projectRoot, process.env.PORTAL_CONTENT_ROOT || '.');
}
