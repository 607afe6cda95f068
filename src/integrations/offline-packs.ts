/**
 * Step 4: language packs. Input: every built file (pages, and the outputs
 * of steps 2 and 3: Pagefind and directory files). Output:
 * `offline/<lang>.json` (every page, search and directory file of a
 * language, with sizes and titles), `offline/versions.json` and each pack's version, which step 5
 * compiles into the service worker.
 */
import type { AstroIntegrationLogger } from 'astro';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
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

const gzipAsync = promisify(gzip);
const COMPRESSIBLE = /\.(html|js|css|json|svg|txt|xml|webmanifest)$/;

/** A page's title (without the site name), from its HTML. */
function titleOf(html: string): string | null {
  const m = /<title>([^<]*)<\/title>/.exec(html);
  return m ? m[1].split(' · ')[0].replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"') : null;
}

/**
 * Every file of the built site, with size, gzipped size (what the server
 * sends) and content hash; and page titles. One read per file: pages get
 * their stable island ids and stylesheet links on the way. The gzip runs
 * on libuv's thread pool, so it uses the machine's other cores while this
 * one reads and hashes (issue 26).
 */
async function builtFiles(dir: string, moved: ReadonlyMap<string, string>): Promise<{ files: BuiltFile[]; titles: Map<string, string> }> {
  const files: BuiltFile[] = [];
  const titles = new Map<string, string>();
  // At most 64 files being compressed at once, so memory stays flat however large the site.
  const pending = new Set<Promise<void>>();
  const walk = async (d: string): Promise<void> => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) {
        await walk(full);
        continue;
      }
      let content = readFileSync(full);
      const path = relative(dir, full).split(sep).join('/');
      if (entry.name.endsWith('.html')) {
        const html = content.toString('utf8');
        const stable = relink(stableIslandIds(html), moved);
        if (stable !== html) {
          writeFileSync(full, stable);
          content = Buffer.from(stable);
        }
        const title = titleOf(stable);
        if (title) titles.set(urlOfFile(path), title);
      }
      const file: BuiltFile = { path, bytes: content.length, hash: createHash('sha1').update(content).digest('hex').slice(0, 12) };
      files.push(file);
      // Only what a pack downloads is sized gzipped (the rest of the site never is).
      if (!LANGS.some((l) => inPack(path, l))) continue;
      if (!COMPRESSIBLE.test(entry.name)) file.gz = content.length;
      else {
        const job: Promise<void> = gzipAsync(content).then((z) => {
          file.gz = z.length;
          pending.delete(job);
        });
        pending.add(job);
        if (pending.size >= 64) await Promise.race(pending);
      }
    }
  };
  await walk(dir);
  await Promise.all(pending);
  return { files, titles };
}

/** Writes the packs; returns each language's pack version. */
export async function offlinePacksStep(out: string, logger: AstroIntegrationLogger): Promise<{ versions: Record<string, string> }> {
  const started = performance.now();
  // Stylesheets first, so pages link their stable addresses before they are hashed.
  const moved = moveStylesheets(out, logger);
  const { files, titles: names } = await builtFiles(out, moved);
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
