// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import contentCheck from './src/integrations/content-check.ts';
import searchIndex from './src/integrations/search-index.ts';
import directoryIndex from './src/integrations/directory-index.ts';
import offline from './src/integrations/offline.ts';
import { siteUrlFrom } from './src/site.config.ts';

/** The public address (PORTAL_SITE_URL), checked once; none in a local build. */
let site;
try {
  site = siteUrlFrom(process.env.PORTAL_SITE_URL) || undefined;
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
}

// The build pipeline, in order (see DESIGN.md "Build pipeline").
export default defineConfig({
  // The public address, for posters' QR codes and hreflang links: set PORTAL_SITE_URL when deploying.
  site,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // No telemetry, no dev toolbar: nothing leaves the machine.
  devToolbar: { enabled: false },
  // Content check first; after the pages are written: search index, directory
  // indexes and HSDS export, then (last) language packs and the service worker.
  integrations: [contentCheck(), mdx(), preact(), searchIndex(), directoryIndex(), offline()],
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
