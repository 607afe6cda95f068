// @ts-check
import { defineConfig } from 'astro/config';
import portal from './src/integrations/index.ts';
import { siteUrlFrom } from './src/site.config.ts';

/** The public address (PORTAL_SITE_URL), checked once; none in a local build. */
let site;
try {
  site = siteUrlFrom(process.env.PORTAL_SITE_URL) || undefined;
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
}

export default defineConfig({
  // The public address, for posters' QR codes and hreflang links: set PORTAL_SITE_URL when deploying.
  site,
  output: 'static',
  // `npm run edit` rebuilds the preview into another folder while the editor runs.
  outDir: process.env.PORTAL_OUT_DIR || './dist',
  // Tests that build another content folder keep their own cache, so builds never share one.
  ...(process.env.PORTAL_CACHE_DIR ? { cacheDir: process.env.PORTAL_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // No telemetry, no dev toolbar: nothing leaves the machine.
  devToolbar: { enabled: false },
  // The whole build pipeline, in order: src/integrations/index.ts.
  integrations: [portal()],
  // No code blocks to highlight; Shiki's inline styles would need 'unsafe-inline'.
  markdown: { syntaxHighlight: false },
  // Content-Security-Policy as a <meta> on every page, with hashes of Astro's
  // own scripts and styles. Pagefind's search runs WebAssembly and a worker.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  vite: {
    build: {
      rolldownOptions: {
        // MDX modules carry Astro's "use astro:head-inject" directive; the bundler's
        // warning about it (withastro/astro#18087) is noise for volunteers.
        checks: { moduleLevelDirective: false },
      },
    },
  },
});
