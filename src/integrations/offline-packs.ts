/**
 * Step 4: language packs. Input: every built file (pages, and the outputs
 * of steps 2 and 3: Pagefind and directory files). Output:
 * `offline/<lang>.json` (every page, search and directory file of a
 * language, with sizes and titles) and each pack's version, which step 5
 * compiles into the service worker.
 */
import type { AstroIntegrationLogger } from 'astro';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { buildPack, urlOfFile, type BuiltFile } from '../lib/offline-manifest.ts';
import { packManifestUrl } from '../lib/offline-urls.ts';
import { LANGS } from '../lib/locale.ts';

/** Every file of the built site, with size and content hash. */
function builtFiles(dir: string): BuiltFile[] {
  const out: BuiltFile[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else out.push({ path: relative(dir, full).split(sep).join('/'), bytes: st.size, hash: createHash('sha1').update(readFileSync(full)).digest('hex').slice(0, 12) });
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
  const files = builtFiles(out);
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
  logger.info(`Language packs: ${sizes.join(', ')} (${Math.round(performance.now() - started)} ms).`);
  return { versions };
}
