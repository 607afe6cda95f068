/**
 * The build spine (docs/architecture.md "Build pipeline"): one integration that owns
 * the whole pipeline, in this order, each step a small file with its
 * inputs and outputs named:
 *
 *   start  1. check              content/, courses/        → checked entries (or the build stops)
 *          (Astro renders the pages from its content layer)
 *   done   2. search index        built HTML                → pagefind/
 *          3. directory index     checked entries (from 1)  → directory/<lang>.json, directory/hsds/
 *          3b. course exports     checked entries, SCO pages → exports/*.zip (SCORM 1.2), exports/*.gift
 *          4. language packs      built files (incl. 2, 3)  → offline/<lang>.json + pack versions
 *          5. service worker      pack versions (from 4)    → sw.js
 *          6. web editor          checked entries, schemas  → admin/ (after 2–5, so never in them)
 *
 * It also adds the MDX and Preact integrations the site is built with.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { contentRoot } from '../lib/repo/content-root.ts';
import type { CheckResult } from '../lib/check/content-check.ts';
import { checkStep } from './check.ts';
import { searchIndexStep } from './search-index.ts';
import { directoryStep } from './directory-index.ts';
import { offlinePacksStep } from './offline-packs.ts';
import { serviceWorkerStep } from './service-worker.ts';
import { adminStep, editorSettings } from './admin.ts';
import { courseExportsStep } from './course-exports.ts';
import { KIT } from '../site.config.ts';
import { dropStaleContentStore } from './content-cache.ts';
import { lunrArabicInStrictMode } from './lunr-arabic.ts';

/** Seconds, for the build log. */
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export default function portal(): AstroIntegration {
  let checked: CheckResult;
  let site: string | undefined;
  /** Each step's time, printed together when the build ends (issue 26: what grew is visible in every build log). */
  const times: [string, number][] = [];
  let pagesStarted = 0;
  const timed = async <T>(step: string, run: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await run();
    times.push([step, performance.now() - started]);
    return result;
  };
  return {
    name: 'portal',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        const checkStarted = performance.now();
        checked = checkStep(contentRoot(fileURLToPath(config.root)), command, logger.fork('portal:check'));
        times.push(['check', performance.now() - checkStarted]);
        // A schema change must reach entries Astro parsed before it.
        if (dropStaleContentStore(fileURLToPath(config.cacheDir), [fileURLToPath(new URL('../schemas/', import.meta.url))]))
          logger.info('the content schemas changed: Astro will read every content file again');
        site = config.site;
        // A wrong PORTAL_CMS_* setting stops the build now, not after the pages are written.
        if (command === 'build' && !KIT) editorSettings(logger.fork('portal:editor'));
        updateConfig({ integrations: [mdx(), preact()], vite: { plugins: [lunrArabicInStrictMode()] } });
      },
      'astro:build:start': () => {
        pagesStarted = performance.now();
      },
      'astro:build:done': async ({ dir, logger }) => {
        times.push(['pages (Astro)', performance.now() - pagesStarted]);
        const out = fileURLToPath(dir);
        await timed('search index', () => searchIndexStep(out, logger.fork('portal:search-index')));
        await timed('directory index', () => directoryStep(out, checked.entries, logger.fork('portal:directory-index')));
        await timed('course exports', () => courseExportsStep(out, checked.entries, site, logger.fork('portal:course-exports')));
        // The shelter kit's variant (`npm run kit`) is read in Kiwix: no packs, no service worker, no editor.
        if (!KIT) {
          const { versions } = await timed('language packs', () => offlinePacksStep(out, logger.fork('portal:offline-packs')));
          await timed('service worker', () => serviceWorkerStep(out, versions, logger.fork('portal:service-worker')));
          await timed('web editor', () => adminStep(out, checked.entries, logger.fork('portal:editor')));
        }
        logger.info(`Build steps: ${times.map(([step, ms]) => `${step} ${seconds(ms)}`).join(' · ')}.`);
      },
    },
  };
}
