/**
 * Step 5, last: the service worker. Input: the pack versions (step 4) and
 * the built shell. Output: `sw.js`: src/sw/service-worker.ts bundled with
 * esbuild, then Workbox injectManifest adds the shell's precache list.
 * Pack versions are compiled in, so any content change makes a new worker:
 * readers get "Update" and their saved packs are refreshed.
 */
import type { AstroIntegrationLogger } from 'astro';
import { join } from 'node:path';
import { LANGS } from '../i18n/locale.ts';
import { bundleScript } from './bundle.ts';

/** The shell precached on first visit (docs/architecture.md "Build pipeline"). */
const SHELL_GLOBS = [
  'index.html',
  `{${LANGS.join(',')}}/index.html`,
  `{${LANGS.join(',')}}/offline/index.html`,
  `{${LANGS.join(',')}}/emergency/index.html`,
  '_astro/*.{js,css}',
  'styles/*.css',
  'favicon.svg',
  'icons/*.png',
  'manifest.webmanifest',
];

export async function serviceWorkerStep(out: string, versions: Record<string, string>, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const swPath = join(out, 'sw.js');
  await bundleScript(new URL('../sw/service-worker.ts', import.meta.url), swPath, {
    'process.env.NODE_ENV': '"production"',
    __PACK_VERSIONS__: JSON.stringify(versions),
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
  logger.info(`Service worker: shell ${result.count} files, ${Math.round(result.size / 1024)} KB (${Math.round(performance.now() - started)} ms).`);
}
