/**
 * Saving, listing and removing language packs in the Cache API. Runs in
 * the page (with a progress callback) and in the service worker (refresh
 * after an update). Requests carry `x-portal-pack` so the service worker
 * lets them through untouched instead of caching a second copy.
 */
import { planUpdate, type LanguagePack, type UpdatePlan } from './manifest.ts';
import { packCacheName, packStagingName, packManifestUrl, PACK_META_PATH, PACK_HASH_HEADER, PAGES_CACHE, stampSaved } from './urls.ts';

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

/** What a cache holds: each URL with the hash it was saved with (undefined when it was saved without one). */
async function hashesIn(cache: Cache): Promise<Map<string, string | undefined>> {
  const out = new Map<string, string | undefined>();
  for (const req of await cache.keys()) {
    const res = await cache.match(req);
    out.set(req.url, res?.headers.get(PACK_HASH_HEADER) ?? undefined);
  }
  return out;
}

/** Updates at most this size are fetched automatically on any connection (bigger ones wait for Wi-Fi or the reader). */
export const AUTO_UPDATE_BYTES = 100 * 1024;

/**
 * Whether a saved pack is brought up to date without asking: on Wi-Fi (or
 * Ethernet), or when the update is small. `connectionType` is
 * `navigator.connection.type` where the browser tells it (Chromium on
 * Android); where it does not, only small updates go automatically.
 */
export function updatesAutomatically(bytes: number, connectionType?: string): boolean {
  return bytes <= AUTO_UPDATE_BYTES || connectionType === 'wifi' || connectionType === 'ethernet';
}

/** What updating the saved pack of `pack.lang` to `pack` would download (nothing saved: everything). */
export async function updateSize(pack: LanguagePack, origin = location.origin): Promise<UpdatePlan> {
  const have = (await caches.has(packCacheName(pack.lang))) ? await hashesIn(await caches.open(packCacheName(pack.lang))) : new Map();
  const rel = new Map([...have].map(([u, h]) => [u.startsWith(origin) ? u.slice(origin.length) : u, h]));
  return planUpdate(pack, rel);
}

/**
 * Saves `pack`, or brings a saved one up to date, downloading only the
 * entries that are new or whose content hash changed (issue 17), four at a
 * time, reporting progress. Downloads go to a staging cache first: the
 * saved pack stays whole and readable until every changed entry is there;
 * then they replace the old ones, entries the pack no longer lists are
 * deleted, and the record is written last. An interrupted update keeps
 * what it already downloaded and resumes from there next time.
 */
export async function savePack(
  pack: LanguagePack,
  onProgress: (done: number, total: number, bytes: number) => void = () => {},
  origin = location.origin,
): Promise<PackMeta> {
  const cache = await caches.open(packCacheName(pack.lang));
  const staging = await caches.open(packStagingName(pack.lang));
  const abs = (url: string) => new URL(url, origin).href;
  const have = new Map([...(await hashesIn(cache))].map(([u, h]) => [u.startsWith(origin) ? u.slice(origin.length) : u, h]));
  const staged = await hashesIn(staging);
  const plan = planUpdate(pack, have);
  // Already downloaded by an interrupted update: not fetched again.
  const todo = plan.fetch.filter((e) => !e.hash || staged.get(abs(e.url)) !== e.hash);
  const total = plan.fetch.length;
  let done = total - todo.length;
  let bytes = plan.fetch.filter((e) => !todo.includes(e)).reduce((n, e) => n + e.bytes, 0);
  if (done) onProgress(done, total, bytes);
  let next = 0;
  // After the first failure the other downloads stop: no more data spent, no progress reported after the error.
  let failed = false;
  const worker = async () => {
    while (next < todo.length && !failed) {
      const entry = todo[next++];
      const url = abs(entry.url);
      try {
        const res = await fetch(url, { cache: 'no-cache', headers: { [PACK_HEADER]: '1' } });
        if (!res.ok) throw new Error(`${entry.url}: HTTP ${res.status}`);
        if (failed) return;
        const saved = await stampSaved(res);
        if (entry.hash) saved.headers.set(PACK_HASH_HEADER, entry.hash);
        await staging.put(url, saved);
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
  // Every changed entry is here: swap them in, drop what the pack no longer lists.
  for (const entry of plan.fetch) {
    const res = await staging.match(abs(entry.url));
    if (res) await cache.put(abs(entry.url), res);
  }
  const wanted = new Set(pack.entries.map((e) => abs(e.url)));
  wanted.add(abs(packManifestUrl(pack.lang)));
  for (const req of await cache.keys()) {
    if (!wanted.has(req.url) && !req.url.endsWith(PACK_META_PATH)) await cache.delete(req);
  }
  await caches.delete(packStagingName(pack.lang));
  // The pack's own list, so the offline page can name saved pages with no network.
  await cache.put(abs(packManifestUrl(pack.lang)), new Response(JSON.stringify(pack), { headers: { 'content-type': 'application/json' } }));
  const meta: PackMeta = { lang: pack.lang, version: pack.version, savedAt: new Date().toISOString(), pages: pack.pages, bytes: pack.bytes, files: pack.entries.length };
  await cache.put(abs(PACK_META_PATH), new Response(JSON.stringify(meta), { headers: { 'content-type': 'application/json' } }));
  return meta;
}

/** Removes the pack of `lang` (pages read one by one stay saved). */
export async function removePack(lang: string): Promise<void> {
  await caches.delete(packCacheName(lang));
  await caches.delete(packStagingName(lang));
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
