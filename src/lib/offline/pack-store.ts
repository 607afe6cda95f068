/**
 * Saving, listing and removing language packs in the Cache API. Runs in
 * the page (with a progress callback) and in the service worker (refresh
 * after an update). Requests carry `x-portal-pack` so the service worker
 * lets them through untouched instead of caching a second copy.
 */
import { downloadOrder, planUpdate, type LanguagePack, type PackEntry, type UpdatePlan } from './manifest.ts';
import { packCacheName, packStagingName, packManifestUrl, PACK_VERSIONS_URL, PACK_META_PATH, PACK_HASH_HEADER, PAGES_CACHE, stampSaved } from './urls.ts';

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

/** What the pack cache holds, keyed by path relative to `origin` (as pack entries are). */
async function savedHashes(cache: Cache, origin: string): Promise<Map<string, string | undefined>> {
  return new Map([...(await hashesIn(cache))].map(([u, h]) => [u.startsWith(origin) ? u.slice(origin.length) : u, h]));
}

/** Stores the pack's own list in its cache (the offline page reads it with no network). */
async function putList(cache: Cache, pack: LanguagePack, origin: string): Promise<void> {
  await cache.put(new URL(packManifestUrl(pack.lang), origin).href, new Response(JSON.stringify(pack), { headers: { 'content-type': 'application/json' } }));
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
  const have = (await caches.has(packCacheName(pack.lang))) ? await savedHashes(await caches.open(packCacheName(pack.lang)), origin) : new Map();
  return planUpdate(pack, have);
}

/** Downloads `todo` into `into`, four at a time, stamped with their hash; stops at the first failure. */
async function download(
  todo: PackEntry[],
  into: Cache,
  origin: string,
  onEach: (entry: PackEntry) => void,
): Promise<void> {
  let next = 0;
  // After the first failure the other downloads stop: no more data spent, no progress reported after the error.
  let failed = false;
  const worker = async () => {
    while (next < todo.length && !failed) {
      const entry = todo[next++];
      const url = new URL(entry.url, origin).href;
      try {
        const res = await fetch(url, { cache: 'no-cache', headers: { [PACK_HEADER]: '1' } });
        if (!res.ok) throw new Error(`${entry.url}: HTTP ${res.status}`);
        if (failed) return;
        const saved = await stampSaved(res);
        if (entry.hash) saved.headers.set(PACK_HASH_HEADER, entry.hash);
        await into.put(url, saved);
      } catch (e) {
        failed = true;
        throw e;
      }
      if (failed) return;
      onEach(entry);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}

/** Writes the pack's own list and, last, its record: from then on the pack counts as saved. */
async function finish(pack: LanguagePack, cache: Cache, origin: string): Promise<PackMeta> {
  const abs = (url: string) => new URL(url, origin).href;
  const wanted = new Set(pack.entries.map((e) => abs(e.url)));
  wanted.add(abs(packManifestUrl(pack.lang)));
  for (const req of await cache.keys()) {
    if (!wanted.has(req.url) && !req.url.endsWith(PACK_META_PATH)) await cache.delete(req);
  }
  await caches.delete(packStagingName(pack.lang));
  // The pack's own list, so the offline page can name saved pages with no network.
  await putList(cache, pack, origin);
  const meta: PackMeta = { lang: pack.lang, version: pack.version, savedAt: new Date().toISOString(), pages: pack.pages, bytes: pack.bytes, files: pack.entries.length };
  await cache.put(abs(PACK_META_PATH), new Response(JSON.stringify(meta), { headers: { 'content-type': 'application/json' } }));
  return meta;
}

/**
 * Saves `pack`, or brings a saved one up to date, downloading only the
 * entries that are new or whose content hash changed (issue 17), four at a
 * time, reporting progress.
 *
 * A first download goes straight into the pack's cache, search index and
 * assets first, pages last (issue 26): if the signal drops halfway, the
 * pages that arrived read offline, search works on them, and the offline
 * page says how much arrived; the next tap fetches only the rest. The pack
 * counts as saved only when its record is written, last.
 *
 * An update of a saved pack downloads into a staging cache: the saved pack
 * stays whole and readable until every changed entry is there; then they
 * replace the old ones, entries the pack no longer lists are deleted, and
 * the record is written last. An interrupted update keeps what it already
 * downloaded and resumes from there next time.
 */
export async function savePack(
  pack: LanguagePack,
  onProgress: (done: number, total: number, bytes: number) => void = () => {},
  origin = location.origin,
): Promise<PackMeta> {
  const cache = await caches.open(packCacheName(pack.lang));
  const abs = (url: string) => new URL(url, origin).href;
  const saved = (await cache.match(abs(PACK_META_PATH))) !== undefined;
  const plan = planUpdate(pack, await savedHashes(cache, origin));
  if (!saved) {
    // The list first: offline, the page can tell how much of the language arrived.
    await putList(cache, pack, origin);
    const todo = [...plan.fetch].sort((a, b) => downloadOrder(a) - downloadOrder(b));
    let done = 0;
    let bytes = 0;
    await download(todo, cache, origin, (entry) => onProgress(++done, todo.length, (bytes += entry.bytes)));
    return finish(pack, cache, origin);
  }
  const staging = await caches.open(packStagingName(pack.lang));
  const staged = await hashesIn(staging);
  // Already downloaded by an interrupted update: not fetched again.
  const todo = plan.fetch.filter((e) => !e.hash || staged.get(abs(e.url)) !== e.hash);
  const total = plan.fetch.length;
  let done = total - todo.length;
  let bytes = plan.fetch.filter((e) => !todo.includes(e)).reduce((n, e) => n + e.bytes, 0);
  if (done) onProgress(done, total, bytes);
  await download(todo, staging, origin, (entry) => onProgress(++done, total, (bytes += entry.bytes)));
  // Every changed entry is here: swap them in, drop what the pack no longer lists.
  for (const entry of plan.fetch) {
    const res = await staging.match(abs(entry.url));
    if (res) await cache.put(abs(entry.url), res);
  }
  return finish(pack, cache, origin);
}

/** How much of a first download arrived, from what the device holds (works offline). */
export interface PartialPack {
  /** Pages that arrived, of all the pack's pages. */
  pages: number;
  totalPages: number;
  /** Bytes still to download (gzipped where the server compresses). */
  bytesLeft: number;
}

/**
 * A first download of `lang` that stopped before the end (the pack's list
 * is on the device but not its record), or null.
 */
export async function partialPack(lang: string, origin = location.origin): Promise<PartialPack | null> {
  if (!(await caches.has(packCacheName(lang)))) return null;
  const cache = await caches.open(packCacheName(lang));
  if (await cache.match(new URL(PACK_META_PATH, origin).href)) return null;
  const listRes = await cache.match(new URL(packManifestUrl(lang), origin).href);
  if (!listRes) return null;
  const pack = (await listRes.json()) as LanguagePack;
  const have = await savedHashes(cache, origin);
  const plan = planUpdate(pack, have);
  const stale = new Set(plan.fetch.filter((e) => e.hash).map((e) => e.url));
  const arrived = (url: string) => have.has(url) && !stale.has(url);
  const pages = pack.entries.filter((e) => e.url.endsWith('/'));
  return { pages: pages.filter((e) => arrived(e.url)).length, totalPages: pages.length, bytesLeft: plan.bytes };
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

/**
 * The pack list of `lang` as the offline page needs it, at the least cost:
 * the small versions file first; when the saved pack is that version, its
 * own saved list (no download); otherwise the list from the site (offline,
 * the service worker answers it from the device). Null when none is at hand.
 */
export async function currentPackList(lang: string, saved: PackMeta | null, origin = location.origin): Promise<LanguagePack | null> {
  const json = async (url: string) => {
    const res = await fetch(new URL(url, origin).href);
    return res.ok ? res.json() : null;
  };
  const versions = (await json(PACK_VERSIONS_URL).catch(() => null)) as Record<string, string> | null;
  if (saved && versions?.[lang] === saved.version) {
    const own = await (await caches.open(packCacheName(lang))).match(new URL(packManifestUrl(lang), origin).href);
    if (own) return (await own.json()) as LanguagePack;
  }
  return ((await json(packManifestUrl(lang)).catch(() => null)) as LanguagePack | null) ?? null;
}
