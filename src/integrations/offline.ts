/**
 * Build step, last: language packs (`/offline/<lang>.json`: every page,
 * search and directory file of a language, with sizes) and the service
 * worker (src/sw/service-worker.ts bundled with esbuild, then Workbox
 * injectManifest adds the precache list of the shell).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { buildPack, urlOfFile, type BuiltFile } from '../lib/offline-manifest.ts';
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

/** The shell precached on first visit (DESIGN.md "Build pipeline"). */
export const SHELL_GLOBS = [
  'index.html',
  `{${LANGS.join(',')}}/index.html`,
  `{${LANGS.join(',')}}/offline/index.html`,
  `{${LANGS.join(',')}}/emergency/index.html`,
  '_astro/*.{js,css}',
  'favicon.svg',
  'icons/*.png',
  'manifest.webmanifest',
];

export default function offline(): AstroIntegration {
  return {
    name: 'portal:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const started = performance.now();
        const files = builtFiles(out);
        const names = titles(out, files);
        mkdirSync(join(out, 'offline'), { recursive: true });
        const sizes: string[] = [];
        const versions: Record<string, string> = {};
        for (const lang of LANGS) {
          const pack = buildPack(lang, files, names);
          versions[lang] = pack.version;
          writeFileSync(join(out, 'offline', `${lang}.json`), JSON.stringify(pack));
          sizes.push(`${lang} ${(pack.bytes / 1048576).toFixed(1)} MB`);
        }

        // Bundle the worker, then let Workbox inject the shell's precache list.
        const { build } = await import('esbuild');
        const swPath = join(out, 'sw.js');
        await build({
          entryPoints: [fileURLToPath(new URL('../sw/service-worker.ts', import.meta.url))],
          bundle: true,
          minify: true,
          format: 'iife',
          target: 'es2020',
          outfile: swPath,
          // Pack versions in the worker: any content change makes a new worker,
          // so readers get "Update" and their saved packs are refreshed.
          define: { 'process.env.NODE_ENV': '"production"', __PACK_VERSIONS__: JSON.stringify(versions) },
          logLevel: 'error',
        });
        const { injectManifest } = await import('workbox-build');
        const result = await injectManifest({
          swSrc: swPath,
          swDest: swPath,
          globDirectory: out,
          globPatterns: SHELL_GLOBS,
          // Hashed file names need no revision query.
          dontCacheBustURLsMatching: /^_astro\//,
          maximumFileSizeToCacheInBytes: 512 * 1024,
        });
        for (const w of result.warnings) logger.warn(w);
        logger.info(
          `Offline: shell ${result.count} files, ${Math.round(result.size / 1024)} KB; packs ${sizes.join(', ')} (${Math.round(performance.now() - started)} ms).`,
        );
      },
    },
  };
}
