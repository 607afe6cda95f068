/**
 * Saving, listing and removing language packs in the Cache API. Runs in
 * the page (with a progress callback) and in the service worker (refresh
 * after an update). Requests carry `x-portal-pack` so the service worker
 * lets them through untouched instead of caching a second copy.
 */
import type { LanguagePack } from './offline-manifest.ts';
import { packCacheName, packManifestUrl, PACK_META_PATH, PAGES_CACHE, stampSaved } from './offline-urls.ts';

/** What is known about a saved pack. */
export interface PackMeta {
  lang: string;
  version: string;
  savedAt: string;
  pages: number;
  bytes: number;
  files: number;
}

/** Header marking the pack's own downloads. */
export const PACK_HEADER = 'x-portal-pack';

/** Reads the record of the saved pack of `lang`, or null when none is saved. */
export async function packMeta(lang: string): Promise<PackMeta | null> {
  if (!(await caches.has(packCacheName(lang)))) return null;
  const cache = await caches.open(packCacheName(lang));
  const res = await cache.match(new URL(PACK_META_PATH, location.origin).href);
  return res ? ((await res.json()) as PackMeta) : null;
}

/**
 * Downloads every entry of `pack` into the language's cache, four at a
 * time, reporting progress. The record is written last, so a pack that
 * stopped halfway is never reported as saved (and is finished next time).
 */
export async function savePack(
  pack: LanguagePack,
  onProgress: (done: number, total: number, bytes: number) => void = () => {},
  origin = location.origin,
): Promise<PackMeta> {
  const cache = await caches.open(packCacheName(pack.lang));
  const total = pack.entries.length;
  let done = 0;
  let bytes = 0;
  let next = 0;
  // After the first failure the other downloads stop: no more data spent, no progress reported after the error.
  let failed = false;
  const worker = async () => {
    while (next < total && !failed) {
      const entry = pack.entries[next++];
      const url = new URL(entry.url, origin).href;
      try {
        const res = await fetch(url, { cache: 'no-cache', headers: { [PACK_HEADER]: '1' } });
        if (!res.ok) throw new Error(`${entry.url}: HTTP ${res.status}`);
        if (failed) return;
        await cache.put(url, await stampSaved(res));
      } catch (e) {
        failed = true;
        throw e;
      }
      if (failed) return;
      done++;
      bytes += entry.bytes;
      onProgress(done, total, bytes);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  // Files of an older version that the new pack no longer lists.
  const wanted = new Set(pack.entries.map((e) => new URL(e.url, origin).href));
  wanted.add(new URL(packManifestUrl(pack.lang), origin).href);
  for (const req of await cache.keys()) {
    if (!wanted.has(req.url) && !req.url.endsWith(PACK_META_PATH)) await cache.delete(req);
  }
  // The pack's own list, so the offline page can name saved pages with no network.
  const listUrl = new URL(packManifestUrl(pack.lang), origin).href;
  await cache.put(listUrl, new Response(JSON.stringify(pack), { headers: { 'content-type': 'application/json' } }));
  const meta: PackMeta = { lang: pack.lang, version: pack.version, savedAt: new Date().toISOString(), pages: pack.pages, bytes: pack.bytes, files: total };
  await cache.put(new URL(PACK_META_PATH, origin).href, new Response(JSON.stringify(meta), { headers: { 'content-type': 'application/json' } }));
  return meta;
}

/** Removes the pack of `lang` (pages read one by one stay saved). */
export async function removePack(lang: string): Promise<void> {
  await caches.delete(packCacheName(lang));
}

/** URLs of the pages of `lang` saved on this device (from its pack and from reading). */
export async function savedPages(lang: string): Promise<string[]> {
  const urls = new Set<string>();
  for (const name of [packCacheName(lang), PAGES_CACHE]) {
    if (!(await caches.has(name))) continue;
    const cache = await caches.open(name);
    for (const req of await cache.keys()) {
      const path = new URL(req.url).pathname;
      if (path.startsWith(`/${lang}/`) && path.endsWith('/')) urls.add(path);
    }
  }
  return [...urls].sort();
}
