/**
 * Step 4: language packs. Input: every built file (pages, and the outputs
 * of steps 2 and 3: Pagefind and directory files). Output:
 * `offline/<lang>.json` (every page, search and directory file of a
 * language, with sizes and titles), `offline/versions.json` and each pack's version, which step 5
 * compiles into the service worker.
 */
import type { AstroIntegrationLogger } from 'astro';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildPack, inPack, urlOfFile, type BuiltFile } from '../lib/offline/manifest.ts';
import { packManifestUrl, PACK_VERSIONS_URL } from '../lib/offline/urls.ts';
import { LANGS } from '../i18n/locale.ts';
import { moveStylesheets, relink } from './stable-styles.ts';

/**
 * Astro names each island `uid="<hash>"` from, among others, the component's
 * absolute path on the build machine: built in another folder, every page
 * with an island would change and every saved pack would download them all
 * again (issue 17). Nothing reads the uid in production (it is for Astro's
 * dev reloads), so it becomes the island's number in its page.
 */
export function stableIslandIds(html: string): string {
  let n = 0;
  return html.replace(/<astro-island uid="[^"]*"/g, () => `<astro-island uid="i${++n}"`);
}

/** Every file of the built site, with size, gzipped size (what the server sends) and content hash. */
function builtFiles(dir: string, moved: ReadonlyMap<string, string>): BuiltFile[] {
  const out: BuiltFile[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else {
        let content = readFileSync(full);
        if (name.endsWith('.html')) {
          const stable = relink(stableIslandIds(content.toString('utf8')), moved);
          if (stable !== content.toString('utf8')) writeFileSync(full, stable);
          content = Buffer.from(stable);
        }
        const path = relative(dir, full).split(sep).join('/');
        // Only what a pack downloads is sized gzipped (the rest of the site never is).
        const packed = LANGS.some((l) => inPack(path, l));
        out.push({
          path,
          bytes: content.length,
          ...(packed ? { gz: /\.(html|js|css|json|svg|txt|xml|webmanifest)$/.test(name) ? gzipSync(content).length : content.length } : {}),
          hash: createHash('sha1').update(content).digest('hex').slice(0, 12),
        });
      }
    }
  };
  walk(dir);
  return out;
}

/** Page titles (without the site name), read from the built HTML. */
function titles(dir: string, files: BuiltFile[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const f of files) {
    if (!f.path.endsWith('.html')) continue;
    const m = /<title>([^<]*)<\/title>/.exec(readFileSync(join(dir, f.path), 'utf8'));
    if (m) map.set(urlOfFile(f.path), m[1].split(' · ')[0].replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"'));
  }
  return map;
}

/** Writes the packs; returns each language's pack version. */
export function offlinePacksStep(out: string, logger: AstroIntegrationLogger): { versions: Record<string, string> } {
  const started = performance.now();
  // Stylesheets first, so pages link their stable addresses before they are hashed.
  const moved = moveStylesheets(out, logger);
  const files = builtFiles(out, moved);
  const names = titles(out, files);
  const versions: Record<string, string> = {};
  const sizes: string[] = [];
  for (const lang of LANGS) {
    const pack = buildPack(lang, files, names);
    versions[lang] = pack.version;
    const path = join(out, packManifestUrl(lang));
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, JSON.stringify(pack));
    sizes.push(`${lang} ${(pack.bytes / 1048576).toFixed(1)} MB`);
  }
  // Small (about 150 bytes): the offline page asks it first, and the whole list only when a version changed.
  writeFileSync(join(out, PACK_VERSIONS_URL), JSON.stringify(versions));
  logger.info(`Language packs: ${sizes.join(', ')}; stylesheets at ${[...moved.values()].join(', ') || '(none)'} (${Math.round(performance.now() - started)} ms).`);
  return { versions };
}
