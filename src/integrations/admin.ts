/**
 * Step 6, last: the web editor (issue 14). Input: the checked entries
 * (step 1, for the list of courses), the content schemas (through
 * src/lib/editor/config.ts) and `PORTAL_CMS_*` (src/lib/editor/backend.ts).
 * Output: `admin/`:
 *
 *   admin/index.html      the page (noindex, no inline script or style)
 *   admin/admin.js        src/admin/admin.ts bundled with esbuild, with both configurations
 *   admin/decap-cms.js    Decap CMS and its chunks, copied from node_modules (served from our origin)
 *   admin/admin.css       the page's own few styles
 *   _headers              a rule for /admin/* with the editor's own CSP
 *
 * It runs after the search index, the language packs and the service
 * worker, so none of them can include the editor; public pages never
 * reference it.
 */
import type { AstroIntegrationLogger } from 'astro';
import { appendFileSync, copyFileSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { CheckedEntry } from '../lib/check/content-check.ts';
import { decapConfig, formatsOf, type CourseRef } from '../lib/editor/config.ts';
import { editorBackend, EditorBackendError } from '../lib/editor/backend.ts';
import { VOLUNTEER_LANGS } from '../i18n/locales.ts';
import { bundleScript } from './bundle.ts';


/** `/admin/`'s Content-Security-Policy: only as loose as Decap needs, only there. */
export function adminCsp(connect: readonly string[] = []): string {
  return [
    "default-src 'self'",
    // Decap compiles its config validator at run time (ajv): it needs eval.
    "script-src 'self' 'unsafe-eval'",
    // Decap's React components set styles at run time (emotion).
    "style-src 'self' 'unsafe-inline'",
    // Previews of uploaded images before they are saved.
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    `connect-src 'self'${connect.map((c) => ` ${c}`).join('')}`,
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const PAGE = (title: string) => `<!doctype html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/admin/admin.css">
<script src="/admin/admin.js" defer></script>
</head>
<body>
<noscript><p>El editor web necesita JavaScript. · The web editor needs JavaScript.</p></noscript>
</body>
</html>
`;

const CSS = `#portal-editor-bar{position:fixed;inset-block-end:.5rem;inset-inline-start:.5rem;z-index:400;display:flex;gap:.5rem;align-items:center;padding:0 .25rem;background:#fff;border:1px solid #767676;border-radius:.5rem;box-shadow:0 2px 8px rgb(0 0 0/.15);font:16px/1.4 system-ui,sans-serif}
#portal-editor-bar a{display:inline-flex;align-items:center;min-height:44px;min-width:44px;padding:0 .5rem;color:#0b5394}
#portal-editor-bar p{margin:0}
#portal-editor-help{max-width:40rem;margin:3rem auto;padding:0 1rem;font:18px/1.5 system-ui,sans-serif;color:#1a1a1a}
#portal-editor-check{position:fixed;inset-block-end:3.5rem;inset-inline-end:1rem;z-index:400;max-width:min(36rem,calc(100vw - 2rem));max-height:50vh;overflow:auto;padding:1rem;background:#fff;border:2px solid #0b5394;border-radius:.5rem;box-shadow:0 4px 16px rgb(0 0 0/.2);font:16px/1.4 system-ui,sans-serif;color:#1a1a1a}
#portal-editor-check[role=alert]{border-color:#a61b1b}
#portal-editor-check h2{margin:0 0 .5rem;font-size:1.1rem}
#portal-editor-check li[data-severity=error]{color:#a61b1b}
#portal-editor-check button{min-height:44px;min-width:44px;margin-top:.5rem;padding:0 1rem;font:inherit}
`;

/** The courses, titled in the volunteer's language, for one lesson collection each. */
function coursesOf(entries: readonly CheckedEntry[], lang: string): CourseRef[] {
  return entries
    .filter((e) => e.collection === 'courses')
    .map((e) => {
      const title = e.data.title as Record<string, string>;
      return { slug: e.slug, title: title[lang] ?? title.es ?? e.slug };
    })
    .sort((a, b) => a.slug.localeCompare(b.slug));
}

/** Decap's own files: the main bundle and the chunks it loads on demand (no source maps). */
function decapFiles(): { dir: string; files: string[] } {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('decap-cms/dist/decap-cms.js'));
  return { dir, files: readdirSync(dir).filter((f) => /(^|\.)decap-cms\.js$/.test(f)) };
}

/** The editor's backend from `PORTAL_CMS_*`; a wrong setting stops the build with what to write instead. */
export function editorSettings(logger: AstroIntegrationLogger, env: Record<string, string | undefined> = process.env): ReturnType<typeof editorBackend> {
  try {
    return editorBackend(env);
  } catch (e) {
    if (!(e instanceof EditorBackendError)) throw e;
    logger.error(e.message);
    process.exit(1);
  }
}

export async function adminStep(out: string, entries: readonly CheckedEntry[], logger: AstroIntegrationLogger, env: Record<string, string | undefined> = process.env): Promise<{ bytes: number }> {
  const started = performance.now();
  const chosen = editorSettings(logger, env);
  const { backend, publishMode, connect, local } = chosen;
  const dir = join(out, 'admin');
  mkdirSync(dir, { recursive: true });

  const extra = {
    ...(publishMode ? { publish_mode: publishMode } : {}),
    site_url: env.PORTAL_SITE_URL || undefined,
  };
  const configs = Object.fromEntries(VOLUNTEER_LANGS.map((lang) => [lang, decapConfig(lang, backend, coursesOf(entries, lang), extra)]));
  const formats = formatsOf(coursesOf(entries, 'es'));

  await bundleScript(new URL('../admin/admin.ts', import.meta.url), join(dir, 'admin.js'), {
    __PORTAL_ADMIN__: JSON.stringify({ configs, formats, local }),
  });

  const decap = decapFiles();
  let bytes = statSync(join(dir, 'admin.js')).size;
  for (const f of decap.files) {
    copyFileSync(join(decap.dir, f), join(dir, f));
    bytes += statSync(join(dir, f)).size;
  }
  writeFileSync(join(dir, 'admin.css'), CSS);
  writeFileSync(join(dir, 'index.html'), PAGE('Editor · Migrar con derechos'));

  // The editor's headers. `! Content-Security-Policy` detaches the site-wide policy
  // (Cloudflare Pages syntax; scripts/serve.mjs reads it too), so only this one applies here.
  appendFileSync(
    join(out, '_headers'),
    `\n/admin/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ${adminCsp(connect)}\n  X-Robots-Tag: noindex, nofollow\n  Cache-Control: no-cache\n`,
  );
  logger.info(
    `Web editor: /admin/ (${local ? 'local mode, `npm run edit`' : `${String(backend.name)} ${String(backend.repo)}${publishMode ? ', editorial workflow' : ''}`}), ${(bytes / 1048576).toFixed(1)} MB in ${decap.files.length + 1} scripts (${Math.round(performance.now() - started)} ms).`,
  );
  return { bytes };
}
