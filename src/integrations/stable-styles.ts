/**
 * Part of step 4 (language packs): stylesheets at stable addresses. Vite names the site's stylesheet
 * after its content (`/_astro/global.<hash>.css`) and every page links it,
 * so a one-line style change rewrote every page and a saved language
 * downloaded 63–76 % of itself again (issue 26). Here each built stylesheet
 * moves to `/styles/<name>.css` and the pages link that address: a style
 * change now changes one file. Browsers revalidate it (`Cache-Control:
 * no-cache` with an ETag, see public/_headers); the service worker serves it
 * from the device and refreshes it in the background, and a saved pack gets
 * the new one like any changed file. The shelter kit (no packs) keeps Vite's
 * names.
 */
import type { AstroIntegrationLogger } from 'astro';
import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { STYLES_PATH } from '../lib/offline/urls.ts';

/** `global.lhwyATW-.css` → `global.css` (Vite's content hash is the last dot-separated part before `.css`). */
export function stableName(file: string): string {
  return file.replace(/\.[\w-]{6,}\.css$/, '.css');
}

/** Replaces every link to a moved stylesheet in one page. */
export function relink(html: string, moved: ReadonlyMap<string, string>): string {
  return html.replace(/\/_astro\/([\w.-]+\.css)/g, (whole, file: string) => moved.get(file) ?? whole);
}

/**
 * Moves each built stylesheet to `/styles/<name>.css`; returns the moves
 * (Vite's file name → new address) for `relink`, which the packs step
 * applies to every page while it reads them anyway.
 */
export function moveStylesheets(out: string, logger: AstroIntegrationLogger): Map<string, string> {
  const assets = join(out, '_astro');
  const sheets = existsSync(assets) ? readdirSync(assets).filter((f) => f.endsWith('.css')) : [];
  const moved = new Map<string, string>();
  const taken = new Map<string, string>();
  for (const file of sheets) {
    const name = stableName(file);
    // Two stylesheets with one name (`index.A.css`, `index.B.css`) would overwrite each other: keep both hashed.
    if (taken.has(name)) {
      logger.warn(`${file} and ${taken.get(name)} would both become ${STYLES_PATH}${name}; both keep their hashed names.`);
      moved.delete(taken.get(name)!);
      continue;
    }
    taken.set(name, file);
    moved.set(file, `${STYLES_PATH}${name}`);
  }
  if (moved.size) mkdirSync(join(out, STYLES_PATH), { recursive: true });
  for (const [file, to] of moved) renameSync(join(assets, file), join(out, to));
  return moved;
}
