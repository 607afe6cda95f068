/// <reference lib="webworker" />
/**
 * The service worker (bundled with esbuild, then Workbox injectManifest in
 * src/integrations/service-worker.ts). Precaches a small shell; pages are
 * NetworkFirst (3 s) and saved as they are read; hashed assets CacheFirst;
 * search and directory data NetworkFirst; the stylesheets (stable addresses)
 * from the device, refreshed in the background. Anything also looks in the saved
 * language packs. An unsaved page offline gets its language's offline page.
 * A new version waits until the reader taps "Update".
 */
import { precache, matchPrecache, cleanupOutdatedCaches } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { NetworkFirst, CacheFirst, StaleWhileRevalidate } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core/types.js';
import { pageKey, fileKey, offlinePageFor, stampSaved, markFromDevice, langOfPackCache, packManifestUrl, PAGES_CACHE, DATA_CACHE, ASSETS_CACHE, PACK_META_PATH, DATA_PATH, STYLES_PATH, STYLES_CACHE } from '../lib/offline/urls.ts';
import { savePack, updateSize, updatesAutomatically, PACK_HEADER, type PackMeta } from '../lib/offline/pack-store.ts';
import type { LanguagePack } from '../lib/offline/manifest.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: { url: string; revision: string | null }[] };
/** Version of each language pack in this build (set by the build). */
declare const __PACK_VERSIONS__: Record<string, string>;

precache(self.__WB_MANIFEST);
cleanupOutdatedCaches();

/** The precached copy of a page URL (the shell stores `…/index.html`). */
const fromPrecache = (key: string) => matchPrecache(key.endsWith('/') ? `${key}index.html` : key);

/** Keys every request the same way, stamps what it saves, and falls back to packs and the shell. */
function keyed(toKey: (url: string) => string): WorkboxPlugin {
  return {
    cacheKeyWillBeUsed: async ({ request }) => toKey(request.url),
    cacheWillUpdate: async ({ response }) => (response.status === 200 ? stampSaved(response) : null),
    cachedResponseWillBeUsed: async ({ cachedResponse, request }) => {
      if (cachedResponse) return cachedResponse;
      const key = toKey(request.url);
      return (await caches.match(key)) ?? (await fromPrecache(key)) ?? null;
    },
  };
}

/**
 * Marks a page answered from the device (network failed or took over 3 s),
 * so the page can say it is a saved copy. NetworkFirst asks the cache only
 * then, so a page from the network is never marked.
 */
const fromDevice: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({ cachedResponse }) => (cachedResponse ? markFromDevice(cachedResponse) : null),
};

const isPackDownload = (request: Request) => request.headers.has(PACK_HEADER);

registerRoute(
  ({ request }) => request.mode === 'navigate' && !isPackDownload(request),
  new NetworkFirst({ cacheName: PAGES_CACHE, networkTimeoutSeconds: 3, plugins: [keyed(pageKey), fromDevice] }),
);
registerRoute(
  ({ url, request }) => url.origin === location.origin && url.pathname.startsWith('/_astro/') && !isPackDownload(request),
  new CacheFirst({ cacheName: ASSETS_CACHE, plugins: [keyed(fileKey)] }),
);
// A stylesheet's address never changes (issue 26): shown from the device at once, checked in the
// background (a 304 when unchanged), so the next page has the new one.
registerRoute(
  ({ url, request }) => url.origin === location.origin && url.pathname.startsWith(STYLES_PATH) && !isPackDownload(request),
  new StaleWhileRevalidate({ cacheName: STYLES_CACHE, plugins: [keyed(fileKey)] }),
);
registerRoute(
  ({ url, request }) =>
    url.origin === location.origin && DATA_PATH.test(url.pathname) && !isPackDownload(request),
  new NetworkFirst({ cacheName: DATA_CACHE, networkTimeoutSeconds: 3, plugins: [keyed(fileKey)] }),
);

// Offline and not saved: the language's offline page, with status 200.
setCatchHandler(async ({ request }) => {
  if (request.mode === 'navigate') {
    const page = await fromPrecache(new URL(offlinePageFor(new URL(request.url).pathname), location.origin).href);
    if (page) return markFromDevice(page);
  }
  return Response.error();
});

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

/** Saves the pages already open, which were loaded before this worker controlled them. */
async function saveOpenPages() {
  const cache = await caches.open(PAGES_CACHE);
  for (const client of await self.clients.matchAll({ type: 'window' })) {
    const key = pageKey(client.url);
    if (new URL(key).origin !== location.origin || (await cache.match(key))) continue;
    try {
      const res = await fetch(key);
      if (res.ok && (res.headers.get('content-type') ?? '').includes('text/html')) await cache.put(key, await stampSaved(res));
    } catch {
      /* offline: nothing to save now */
    }
  }
}

/** After an update, brings saved language packs up to date (only when online). */
async function refreshPacks() {
  for (const name of await caches.keys()) {
    const lang = langOfPackCache(name);
    if (!lang) continue;
    try {
      const metaRes = await (await caches.open(name)).match(new URL(PACK_META_PATH, location.origin).href);
      const meta = metaRes ? ((await metaRes.json()) as PackMeta) : null;
      if (meta?.version === __PACK_VERSIONS__[lang]) continue;
      const res = await fetch(packManifestUrl(lang), { cache: 'no-cache', headers: { [PACK_HEADER]: '1' } });
      if (!res.ok) continue;
      const pack = (await res.json()) as LanguagePack;
      if (meta?.version === pack.version) continue;
      // Only what changed is fetched; a large update waits for Wi-Fi or for the reader to ask (the offline page shows its size).
      const plan = await updateSize(pack, location.origin);
      if (!updatesAutomatically(plan.bytes, (self.navigator as Navigator & { connection?: { type?: string } }).connection?.type)) continue;
      await savePack(pack, () => {}, location.origin);
    } catch {
      /* offline or interrupted: the old pack stays usable and is refreshed next time */
    }
  }
}

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim().then(saveOpenPages));
  // Not awaited: a large pack must not hold up the new version.
  void refreshPacks();
});
