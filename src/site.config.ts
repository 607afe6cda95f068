/**
 * Settings an organization deploying the portal may change.
 */

/**
 * Where a file can be edited on the Git host, e.g.
 * `https://github.com/<org>/<repo>/edit/main/` (the file path is appended).
 * Empty: /status/ shows paths without links. Set `PORTAL_EDIT_URL` at build time.
 */
export const EDIT_BASE_URL = process.env.PORTAL_EDIT_URL ?? '';

/**
 * True when building the shelter kit's variant (`npm run kit`, issue 15):
 * the site read inside ZIM archives with Kiwix, where there is no service
 * worker, no install and no "save for offline" (the archive is offline).
 */
export const KIT = process.env.PORTAL_KIT === '1';

/**
 * The site's public address from `PORTAL_SITE_URL` (set once at build time;
 * astro.config.mjs reads it into Astro's `site`), e.g.
 * `https://migrar.example.org`: what posters' QR codes and printed sheets
 * point to, and the absolute links (hreflang) search engines need. Empty:
 * the site still works; printed posters say plainly that no address was set
 * instead of printing a QR code that leads nowhere, and share links use the
 * address the page was opened at.
 *
 * Returns the address without a trailing slash, or '' (throws on a malformed one).
 */
export function siteUrlFrom(value: string | undefined): string {
  const v = (value ?? '').trim();
  if (!v) return '';
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    throw new Error(`PORTAL_SITE_URL "${v}" is not a web address; write it like https://migrar.example.org`);
  }
  if (url.protocol !== 'https:' && url.hostname !== 'localhost') {
    throw new Error(`PORTAL_SITE_URL "${v}" must start with https:// (posters and shared links must be safe to open)`);
  }
  return url.origin + url.pathname.replace(/\/+$/, '');
}
