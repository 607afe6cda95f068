/**
 * Step 2, after the pages are written: index them with Pagefind's Node API,
 * one index per language (Pagefind splits by `<html lang>`). Input: the
 * built HTML. Output: `pagefind/`. Only pages whose <main> carries
 * `data-pagefind-body` are indexed: content pages in their own language.
 * Spanish fallbacks under another language never carry it, so they are
 * not indexed into that language's search.
 */
import type { AstroIntegrationLogger } from 'astro';
import { join } from 'node:path';
import { readdirSync, rmSync } from 'node:fs';

export async function searchIndexStep(out: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path: out });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    // We ship our own small UI: drop Pagefind's default UI bundles (100+ KB).
    for (const f of readdirSync(join(out, 'pagefind'))) {
      if (/^pagefind-(component-|modular-)?ui\.(js|css)$|^pagefind-highlight\.js$/.test(f)) rmSync(join(out, 'pagefind', f));
    }
    logger.info(`Search index: ${added.page_count} pages in ${Math.round(performance.now() - started)} ms.`);
  } finally {
    await pagefind.close();
  }
}
