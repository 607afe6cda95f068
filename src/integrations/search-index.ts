/**
 * Step 2, after the pages are written: index them with Pagefind's Node API,
 * one index per language (Pagefind splits by `<html lang>`). Input: the
 * built HTML. Only pages whose <main> carries `data-pagefind-body` are
 * indexed: content pages in their own language. Spanish fallbacks under
 * another language never carry it, so they are not indexed into that
 * language's search.
 *
 * Two bundles (issue 17): `pagefind/` holds guides, scams, courses and the
 * other pages; `pagefind/directory/` holds the service pages, which the
 * search merges in (`mergeIndex`). Pagefind stores word positions, so an
 * edit rewrites every index chunk holding one of the page's words; with the
 * services apart, a guide edit rewrites only the smaller bundle's chunks and
 * a saved language updates with a fraction of the bytes. A merged bundle
 * runs on the main bundle's WebAssembly, so the split costs only the second
 * bundle's small entry and meta files.
 */
import type { AstroIntegrationLogger } from 'astro';
import { join, relative, sep } from 'node:path';
import { readFileSync, readdirSync, rmSync } from 'node:fs';

/** Where the service pages' bundle is written, under the site's root. */
export const DIRECTORY_BUNDLE = 'pagefind/directory';

/** A service's own page (`<lang>/directory/<id>/index.html`): city pages, the print sheet and the finder are not. */
export const isServicePage = (path: string) => /^[a-z]{2}\/directory\/(?!print\/)[a-z0-9-]+\/index\.html$/.test(path);

function htmlFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'pagefind' || d.name === '_astro' ? [] : htmlFiles(p, root);
    return d.name.endsWith('.html') ? [relative(root, p).split(sep).join('/')] : [];
  });
}

export async function searchIndexStep(out: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const pagefind = await import('pagefind');
  try {
    const files = htmlFiles(out);
    const bundles = [
      { path: 'pagefind', pages: files.filter((f) => !isServicePage(f)) },
      { path: DIRECTORY_BUNDLE, pages: files.filter(isServicePage) },
    ];
    const counts: number[] = [];
    for (const bundle of bundles) {
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(errors.join('; '));
      for (const file of bundle.pages) {
        const content = readFileSync(join(out, file), 'utf8');
        // Pagefind ignores a page without `data-pagefind-body` once any page has one: fallbacks,
        // posters and print sheets are not sent at all (most pages of a large site; issue 26).
        if (!content.includes('data-pagefind-body')) continue;
        const url = `/${file.replace(/index\.html$/, '')}`;
        const added = await index.addHTMLFile({ url, content });
        if (added.errors.length) throw new Error(`${file}: ${added.errors.join('; ')}`);
      }
      const written = await index.writeFiles({ outputPath: join(out, bundle.path) });
      if (written.errors.length) throw new Error(written.errors.join('; '));
      await index.deleteIndex();
      const entry = JSON.parse(readFileSync(join(out, bundle.path, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
      counts.push(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0));
    }
    // We ship our own small UI: drop Pagefind's default UI bundles (100+ KB) from both.
    for (const bundle of bundles) {
      for (const f of readdirSync(join(out, bundle.path))) {
        if (/^pagefind-(component-|modular-)?ui\.(js|css)$|^pagefind-highlight\.js$/.test(f)) rmSync(join(out, bundle.path, f));
      }
    }
    // The directory bundle is only merged into the main one, and a merged bundle runs on the main
    // bundle's script and WebAssembly (Pagefind loads them once): its own copies are never fetched.
    for (const f of readdirSync(join(out, DIRECTORY_BUNDLE))) {
      if (/^pagefind(-worker)?\.js$|^wasm\.[a-z]+\.pagefind$/.test(f)) rmSync(join(out, DIRECTORY_BUNDLE, f));
    }
    logger.info(`Search index: ${counts[0]} pages, and ${counts[1]} service pages apart, in ${Math.round(performance.now() - started)} ms.`);
  } finally {
    await pagefind.close();
  }
}
