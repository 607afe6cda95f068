/**
 * URL rules shared by the service worker, the offline page and the build:
 * one cache key per page whatever the spelling, the language of a path,
 * and the "saved at" stamp on cached responses. Pure.
 */

import { LANGS, SOURCE_LANG } from '../../i18n/locales.ts';

/** The portal languages, for reading a path's language. */
const LANG_RE = new RegExp(`^/(${LANGS.join('|')})(/|$)`);

/** Header the portal adds to responses it saves, with the ISO time of saving. */
export const SAVED_AT_HEADER = 'x-portal-saved-at';

/**
 * The cache key of a page URL: `/es/guides/x`, `/es/guides/x/index.html`
 * and `/es/guides/x/?q=1#top` all become `/es/guides/x/` (origin kept).
 * File URLs (with an extension) keep their path and lose only query and hash.
 */
export function pageKey(url: string | URL): string {
  const u = new URL(url.toString());
  let path = u.pathname.replace(/\/index\.html$/, '/');
  const last = path.split('/').pop() ?? '';
  if (!path.endsWith('/') && !last.includes('.')) path += '/';
  return `${u.origin}${path}`;
}

/** The cache key of a data file (search index, directory index): query and hash removed. */
export function fileKey(url: string | URL): string {
  const u = new URL(url.toString());
  return `${u.origin}${u.pathname}`;
}

/** The portal language a path belongs to, or null (e.g. `/`, `/pagefind/…`). */
export function langOfPath(pathname: string): string | null {
  return LANG_RE.exec(pathname)?.[1] ?? null;
}

/** The offline page for a path: its language's `/<lang>/offline/`, Spanish when the path has none. */
export function offlinePageFor(pathname: string, fallbackLang: string = SOURCE_LANG): string {
  return `/${langOfPath(pathname) ?? fallbackLang}/offline/`;
}

/** A copy of `response` stamped with the time it was saved (status and headers kept). */
export async function stampSaved(response: Response, now = new Date()): Promise<Response> {
  const headers = new Headers(response.headers);
  headers.set(SAVED_AT_HEADER, now.toISOString());
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

/** Attribute the service worker puts on `<html>` of a page it answered from the device. */
export const FROM_DEVICE_ATTR = 'data-from-device';

/**
 * A copy of a saved HTML page marked as answered from the device, not the
 * network: `<html … data-from-device="<saved ISO time or empty>">`. The page
 * reads this instead of `navigator.onLine`, which stays true on Wi-Fi
 * without internet, with mobile data and no balance, or when only the
 * server is unreachable. Non-HTML responses are returned unchanged.
 */
export async function markFromDevice(response: Response): Promise<Response> {
  if (!(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const savedAt = (response.headers.get(SAVED_AT_HEADER) ?? '').replace(/[^0-9TZ:.+-]/g, '');
  const html = (await response.text()).replace(/<html\b/i, `<html ${FROM_DEVICE_ATTR}="${savedAt}"`);
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
}

/** The cache that holds a language pack. */
export const packCacheName = (lang: string) => `${PACK_CACHE_PREFIX}${lang}`;
/** Where an update of a pack is downloaded before it replaces the saved files (never read by the reader). */
export const packStagingName = (lang: string) => `portal-staging-${lang}`;
/** Header a pack's saved file carries: the content hash it was saved with. */
export const PACK_HASH_HEADER = 'x-portal-hash';
const PACK_CACHE_PREFIX = 'portal-pack-';
/** The language of a pack cache's name, or null for other caches. */
export const langOfPackCache = (name: string): string | null => (name.startsWith(PACK_CACHE_PREFIX) ? name.slice(PACK_CACHE_PREFIX.length) : null);

/** Where a language's pack manifest is served: `/offline/<lang>.json` (the build writes it there). */
export const packManifestUrl = (lang: string) => `/offline/${lang}.json`;
/** Every language pack's version in one small file: the offline page fetches a pack's list only when its version changed (issue 26). */
export const PACK_VERSIONS_URL = '/offline/versions.json';
/** Where a language's directory index is served: `/directory/<lang>.json`. */
export const directoryIndexUrl = (lang: string) => `/directory/${lang}.json`;
/** Data files the service worker fetches network-first: search index, directory indexes, pack manifests. */
export const DATA_PATH = /^\/(pagefind\/|directory\/[a-z]{2}\.json$|offline\/(?:[a-z]{2}|versions)\.json$)/;
/** The cache of pages read one by one. */
export const PAGES_CACHE = 'portal-pages';
/** The cache of search and directory data read on demand. */
export const DATA_CACHE = 'portal-data';
/** Where the build puts the site's stylesheets, at addresses that do not change with their content (src/integrations/stable-styles.ts). */
export const STYLES_PATH = '/styles/';
/** The cache of the stylesheets, served from the device and refreshed in the background. */
export const STYLES_CACHE = 'portal-styles';
/** The cache of hashed build assets. */
export const ASSETS_CACHE = 'portal-assets';
/** Where a pack's own record (version, when saved) is kept inside its cache. */
export const PACK_META_PATH = '/__portal/pack-meta.json';

/** Where a course's packages for other LMSs are served (written by the build's course-exports step). */
export const exportUrls = (course: string, lang: string) => ({
  scorm: `/exports/${course}_${lang}_scorm12.zip`,
  gift: `/exports/${course}_${lang}.gift`,
});
