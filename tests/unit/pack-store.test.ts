import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { currentPackList, packMeta, partialPack, removePack, savePack, savedPages, updateSize, PACK_HEADER, type PackMeta } from '../../src/lib/offline/pack-store.ts';
import { packCacheName, packStagingName, packManifestUrl, PACK_META_PATH, PACK_VERSIONS_URL, PAGES_CACHE, SAVED_AT_HEADER } from '../../src/lib/offline/urls.ts';
import { downloadOrder, type LanguagePack } from '../../src/lib/offline/manifest.ts';

const ORIGIN = 'https://x.org';
const abs = (path: string) => new URL(path, ORIGIN).href;
const keyOf = (req: RequestInfo | URL) => (typeof req === 'string' ? new URL(req).href : req instanceof URL ? req.href : req.url);

/** In-memory Cache: entries keyed by absolute URL (Request, URL or string), every write reported in order. */
class FakeCache {
  readonly entries = new Map<string, Response>();
  constructor(private readonly onWrite: (url: string) => void) {}
  async put(req: RequestInfo | URL, res: Response): Promise<void> {
    const key = keyOf(req);
    // Like the real Cache API, the body is read now (a used body cannot be stored).
    const body = await res.arrayBuffer();
    this.entries.set(key, new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers }));
    this.onWrite(key);
  }
  async match(req: RequestInfo | URL): Promise<Response | undefined> {
    return this.entries.get(keyOf(req))?.clone();
  }
  async keys(): Promise<Request[]> {
    return [...this.entries.keys()].map((u) => new Request(u));
  }
  async delete(req: RequestInfo | URL): Promise<boolean> {
    return this.entries.delete(keyOf(req));
  }
}

/** In-memory CacheStorage: `open` creates, `has` does not. */
class FakeCacheStorage {
  readonly caches = new Map<string, FakeCache>();
  /** Every cache write, `<cache name> <url>`, in order. */
  readonly writes: string[] = [];
  async open(name: string): Promise<FakeCache> {
    let c = this.caches.get(name);
    if (!c) {
      c = new FakeCache((url) => this.writes.push(`${name} ${url}`));
      this.caches.set(name, c);
    }
    return c;
  }
  async has(name: string): Promise<boolean> {
    return this.caches.has(name);
  }
  async delete(name: string): Promise<boolean> {
    return this.caches.delete(name);
  }
  async keys(): Promise<string[]> {
    return [...this.caches.keys()];
  }
  /** Test helper: the paths stored in a cache, sorted. */
  paths(name: string): string[] {
    return [...(this.caches.get(name)?.entries.keys() ?? [])].map((u) => new URL(u).pathname).sort();
  }
}

/** A fake server: path → body (or an HTTP status), answering after a short delay. */
function fakeServer(files: Record<string, string | number>) {
  const calls: { url: string; init?: RequestInit }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = keyOf(input);
    calls.push({ url, init });
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    // Different but fixed delays, so downloads overlap and finish out of order.
    await new Promise((r) => setTimeout(r, 1 + (url.length % 5)));
    inFlight--;
    const u = new URL(url);
    const file = u.origin === ORIGIN ? files[u.pathname] : undefined;
    if (file === undefined) return new Response('not found', { status: 404 });
    if (typeof file === 'number') return new Response('error', { status: file });
    const type = u.pathname.endsWith('/') ? 'text/html' : 'application/octet-stream';
    return new Response(file, { status: 200, headers: { 'content-type': type } });
  };
  return { fetch, calls, get maxInFlight() { return maxInFlight; } };
}

function makePack(lang: string, version: string, urls: string[]): LanguagePack {
  const entries = urls.map((url, i) => ({ url, bytes: 100 * (i + 1) }));
  return {
    lang,
    version,
    pages: urls.filter((u) => u.endsWith('/')).length,
    bytes: entries.reduce((s, e) => s + e.bytes, 0),
    entries,
  };
}

const V2_URLS = ['/es/', '/es/guides/asilo/', '/es/scams/falso-abogado/', '/es/offline/', '/pagefind/pagefind.js', '/pagefind/index/es_1.pf_index', '/directory/es.json', '/_astro/app.abc.js', '/_astro/base.def.css'];
const serverFiles = () => Object.fromEntries(V2_URLS.map((u) => [u, `content of ${u}`])) as Record<string, string | number>;

let store: FakeCacheStorage;
const saved = { caches: Object.getOwnPropertyDescriptor(globalThis, 'caches'), fetch: Object.getOwnPropertyDescriptor(globalThis, 'fetch'), location: Object.getOwnPropertyDescriptor(globalThis, 'location') };

beforeEach(() => {
  store = new FakeCacheStorage();
  Object.defineProperty(globalThis, 'caches', { value: store, configurable: true, writable: true });
  Object.defineProperty(globalThis, 'location', { value: { origin: ORIGIN }, configurable: true, writable: true });
});

afterEach(() => {
  for (const [name, desc] of Object.entries(saved)) {
    if (desc) Object.defineProperty(globalThis, name, desc);
    else delete (globalThis as Record<string, unknown>)[name];
  }
});

const useServer = (files: Record<string, string | number>) => {
  const server = fakeServer(files);
  Object.defineProperty(globalThis, 'fetch', { value: server.fetch, configurable: true, writable: true });
  return server;
};

/** Waits until every pending timer and promise of the fake server has run. */
const settle = () => new Promise((r) => setTimeout(r, 50));

describe('savePack', () => {
  it('a first download writes the pack list first, then every entry, then the list again and the meta record last', async () => {
    const server = useServer(serverFiles());
    const pack = makePack('es', 'v2', V2_URLS);
    const progress: [number, number, number][] = [];
    const meta = await savePack(pack, (done, total, bytes) => progress.push([done, total, bytes]));

    const name = packCacheName('es');
    expect(store.paths(name)).toEqual([...V2_URLS, packManifestUrl('es'), PACK_META_PATH].sort());
    // Every file was fetched once, fresh from the network, marked as the pack's own download.
    expect(server.calls.map((c) => c.url).sort()).toEqual(V2_URLS.map(abs).sort());
    for (const c of server.calls) {
      expect(c.init?.cache).toBe('no-cache');
      expect(new Headers(c.init?.headers).get(PACK_HEADER)).toBe('1');
    }
    // Four downloads at a time, no more.
    expect(server.maxInFlight).toBeLessThanOrEqual(4);
    expect(server.maxInFlight).toBeGreaterThan(1);

    // The record is the very last write, after the pack's own list; the list also comes first (offline,
    // the page can tell how much arrived if the download stops).
    const writes = store.writes.filter((w) => w.startsWith(`${name} `)).map((w) => new URL(w.slice(name.length + 1)).pathname);
    expect(writes[0]).toBe(packManifestUrl('es'));
    expect(writes.at(-1)).toBe(PACK_META_PATH);
    expect(writes.at(-2)).toBe(packManifestUrl('es'));
    expect(writes.slice(1, -2).sort()).toEqual([...V2_URLS].sort());
    // No staging cache for a first download: what arrives is readable at once.
    expect(store.writes.some((w) => w.startsWith(`${packStagingName('es')} `))).toBe(false);

    // Progress counts 1..total, with the running byte count.
    expect(progress.map((p) => p[0])).toEqual(V2_URLS.map((_, i) => i + 1));
    expect(progress.every((p) => p[1] === V2_URLS.length)).toBe(true);
    for (let i = 1; i < progress.length; i++) expect(progress[i][2]).toBeGreaterThan(progress[i - 1][2]);
    expect(progress.at(-1)![2]).toBe(pack.bytes);

    expect(meta).toMatchObject({ lang: 'es', version: 'v2', pages: 4, bytes: pack.bytes, files: V2_URLS.length });
    expect(Number.isNaN(Date.parse(meta.savedAt))).toBe(false);
    expect(await packMeta('es')).toEqual(meta);
  });

  it('stores the fetched bodies, stamped with the time they were saved', async () => {
    useServer(serverFiles());
    await savePack(makePack('es', 'v2', V2_URLS));
    const cache = await store.open(packCacheName('es'));
    const page = await cache.match(abs('/es/guides/asilo/'));
    expect(page).toBeDefined();
    expect(await page!.text()).toBe('content of /es/guides/asilo/');
    expect(page!.headers.get('content-type')).toBe('text/html');
    expect(Number.isNaN(Date.parse(page!.headers.get(SAVED_AT_HEADER) ?? ''))).toBe(false);
    // The pack's own list is saved too, so the offline page can name pages with no network.
    const list = await cache.match(abs(packManifestUrl('es')));
    expect(((await list!.json()) as LanguagePack).version).toBe('v2');
  });

  it('uses the origin it is given (the service worker passes its own)', async () => {
    const server = useServer(serverFiles());
    delete (globalThis as Record<string, unknown>).location;
    await savePack(makePack('es', 'v2', ['/es/', '/_astro/app.abc.js']), () => {}, ORIGIN);
    expect(server.calls.map((c) => c.url).sort()).toEqual([abs('/_astro/app.abc.js'), abs('/es/')]);
    expect(store.paths(packCacheName('es'))).toEqual(['/_astro/app.abc.js', '/es/', packManifestUrl('es'), PACK_META_PATH].sort());
  });

  it('an update deletes files of the older version the new pack no longer lists; pages read one by one stay', async () => {
    useServer(serverFiles());
    // Version 1 on the device, with files that version 2 dropped.
    const v1 = ['/es/', '/es/guides/asilo/', '/es/guides/antigua/', '/_astro/app.old.js', '/pagefind/index/es_0.pf_index'];
    const packCache = await store.open(packCacheName('es'));
    for (const u of v1) await packCache.put(abs(u), new Response(`old ${u}`));
    await packCache.put(abs(packManifestUrl('es')), Response.json(makePack('es', 'v1', v1)));
    await packCache.put(abs(PACK_META_PATH), Response.json({ lang: 'es', version: 'v1', savedAt: '2026-01-01T00:00:00.000Z', pages: 3, bytes: 1, files: 5 }));
    // Pages read one by one, in their own cache (one of them an old page).
    const pages = await store.open(PAGES_CACHE);
    for (const u of ['/es/guides/antigua/', '/es/guides/leida/', '/fr/guides/lue/']) await pages.put(abs(u), new Response(`read ${u}`));

    await savePack(makePack('es', 'v2', V2_URLS));

    expect(store.paths(packCacheName('es'))).toEqual([...V2_URLS, packManifestUrl('es'), PACK_META_PATH].sort());
    // Files both versions list are replaced by the new download.
    expect(await (await packCache.match(abs('/es/guides/asilo/')))!.text()).toBe('content of /es/guides/asilo/');
    expect(store.paths(PAGES_CACHE)).toEqual(['/es/guides/antigua/', '/es/guides/leida/', '/fr/guides/lue/']);
    expect(await (await pages.match(abs('/es/guides/antigua/')))!.text()).toBe('read /es/guides/antigua/');
    expect((await packMeta('es'))?.version).toBe('v2');
  });

  it('an HTTP error in the middle rejects and writes no meta record', async () => {
    const files = serverFiles();
    files['/es/scams/falso-abogado/'] = 500;
    useServer(files);
    const progress: number[] = [];
    await expect(savePack(makePack('es', 'v2', V2_URLS), (done) => progress.push(done))).rejects.toThrow(/\/es\/scams\/falso-abogado\/: HTTP 500/);
    await settle();
    expect(await packMeta('es')).toBeNull();
    const paths = store.paths(packCacheName('es'));
    expect(paths).not.toContain(PACK_META_PATH);
    expect(paths).not.toContain('/es/scams/falso-abogado/');
    // Never reported as complete.
    expect(progress).not.toContain(V2_URLS.length);
  });

  it('after a failure the other downloads stop: no more data spent, no progress reported after the error', async () => {
    const files = serverFiles();
    files['/pagefind/pagefind.js'] = 500; // among the very first files (the search index comes first)
    const server = useServer(files);
    const progress: number[] = [];
    let rejectedAt = -1;
    let callsAtRejection = -1;
    await savePack(makePack('es', 'v2', V2_URLS), (done) => progress.push(done)).catch(() => {
      rejectedAt = progress.length;
      callsAtRejection = server.calls.length;
    });
    await settle();
    expect(rejectedAt).toBeGreaterThanOrEqual(0);
    expect(progress.length).toBe(rejectedAt);
    // No download starts after the failure.
    expect(server.calls.length).toBe(callsAtRejection);
    expect(server.calls.length).toBeLessThan(V2_URLS.length);
  });

  it('a 404 is an error too', async () => {
    const files = serverFiles();
    delete files['/_astro/base.def.css'];
    useServer(files);
    await expect(savePack(makePack('es', 'v2', V2_URLS))).rejects.toThrow(/HTTP 404/);
    await settle();
    expect(await packMeta('es')).toBeNull();
  });

  it('an interrupted update leaves the older record, so the new version is not reported as saved', async () => {
    useServer(serverFiles());
    await savePack(makePack('es', 'v1', V2_URLS.slice(0, 4)));
    const files = serverFiles();
    files['/pagefind/pagefind.js'] = 503;
    useServer(files);
    await expect(savePack(makePack('es', 'v2', V2_URLS))).rejects.toThrow(/HTTP 503/);
    await settle();
    expect((await packMeta('es'))?.version).toBe('v1');
  });

  it('a network failure rejects too', async () => {
    Object.defineProperty(globalThis, 'fetch', { value: async () => { throw new TypeError('Failed to fetch'); }, configurable: true, writable: true });
    await expect(savePack(makePack('es', 'v2', V2_URLS))).rejects.toThrow('Failed to fetch');
    await settle();
    expect(await packMeta('es')).toBeNull();
  });
});

describe('packMeta', () => {
  it('is null when no pack is saved, without creating a cache', async () => {
    expect(await packMeta('pt')).toBeNull();
    expect(await store.has(packCacheName('pt'))).toBe(false);
  });

  it('is null when the cache exists but holds no record (a save that stopped halfway)', async () => {
    const c = await store.open(packCacheName('pt'));
    await c.put(abs('/pt/'), new Response('page'));
    expect(await packMeta('pt')).toBeNull();
  });

  it('reads the record of that language only', async () => {
    const record: PackMeta = { lang: 'fr', version: 'abc', savedAt: '2026-02-03T04:05:06.000Z', pages: 12, bytes: 3456, files: 40 };
    await (await store.open(packCacheName('fr'))).put(abs(PACK_META_PATH), Response.json(record));
    expect(await packMeta('fr')).toEqual(record);
    expect(await packMeta('es')).toBeNull();
  });
});

describe('removePack', () => {
  it('deletes only that language’s pack cache', async () => {
    useServer(serverFiles());
    await savePack(makePack('es', 'v2', V2_URLS));
    const fr = makePack('fr', 'f1', ['/fr/']);
    useServer({ '/fr/': 'fr home' });
    await savePack(fr);
    await (await store.open(PAGES_CACHE)).put(abs('/es/guides/leida/'), new Response('read'));
    await store.open('portal-assets');

    await removePack('es');

    expect((await store.keys()).sort()).toEqual([packCacheName('fr'), 'portal-assets', PAGES_CACHE].sort());
    expect(await packMeta('es')).toBeNull();
    expect((await packMeta('fr'))?.version).toBe('f1');
    // Pages read one by one stay saved.
    expect(await savedPages('es')).toEqual(['/es/guides/leida/']);
  });

  it('does nothing when the language has no pack', async () => {
    await store.open(packCacheName('fr'));
    await expect(removePack('es')).resolves.toBeUndefined();
    expect(await store.keys()).toEqual([packCacheName('fr')]);
  });
});

describe('savedPages', () => {
  it('lists the language’s page URLs from the pack and from pages read one by one, sorted, once each', async () => {
    useServer(serverFiles());
    await savePack(makePack('es', 'v2', V2_URLS));
    const pages = await store.open(PAGES_CACHE);
    for (const u of ['/es/scams/falso-abogado/', '/es/directory/acnur-mx/', '/es/guides/asilo/', '/fr/guides/asile/', '/esx/', '/directory/es.json']) {
      await pages.put(abs(u), new Response('read'));
    }
    // Another language's pack is not listed.
    await (await store.open(packCacheName('fr'))).put(abs('/fr/'), new Response('fr'));

    expect(await savedPages('es')).toEqual([
      '/es/',
      '/es/directory/acnur-mx/',
      '/es/guides/asilo/',
      '/es/offline/',
      '/es/scams/falso-abogado/',
    ]);
    expect(await savedPages('fr')).toEqual(['/fr/', '/fr/guides/asile/']);
  });

  it('works with only one of the two caches, or none', async () => {
    expect(await savedPages('es')).toEqual([]);
    await (await store.open(PAGES_CACHE)).put(abs('/es/guides/b/'), new Response('read'));
    await (await store.open(PAGES_CACHE)).put(abs('/es/guides/a/'), new Response('read'));
    expect(await savedPages('es')).toEqual(['/es/guides/a/', '/es/guides/b/']);
    await store.delete(PAGES_CACHE);
    await (await store.open(packCacheName('es'))).put(abs('/es/'), new Response('home'));
    expect(await savedPages('es')).toEqual(['/es/']);
  });

  it('does not create caches by looking', async () => {
    await savedPages('ar');
    expect(await store.keys()).toEqual([]);
  });
});

describe('updates that cost little data (issue 17)', () => {
  /** A pack whose entries carry content hashes. */
  const hashed = (version: string, files: Record<string, string>): LanguagePack => {
    const entries = Object.entries(files).map(([url, hash]) => ({ url, bytes: 1000, hash }));
    return { lang: 'es', version, pages: entries.filter((e) => e.url.endsWith('/')).length, bytes: entries.length * 1000, entries };
  };
  const V1 = { '/es/': 'a1', '/es/guides/asilo/': 'b1', '/es/scams/x/': 'c1', '/_astro/app.1.js': 'd1' };
  const V2 = { '/es/': 'a1', '/es/guides/asilo/': 'b2', '/es/guides/nueva/': 'e1', '/_astro/app.1.js': 'd1' };
  const body = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).map(([u, h]) => [u, `${u} ${h}`]));
  const text = async (url: string) => (await (await caches.open(packCacheName('es'))).match(abs(url)))?.text();

  it('after one guide changed, fetches only the changed and new entries, and deletes what is gone', async () => {
    useServer(body(V1));
    await savePack(hashed('v1', V1));
    const server = useServer(body(V2));
    const meta = await savePack(hashed('v2', V2));
    expect(server.calls.map((c) => new URL(c.url).pathname).sort()).toEqual(['/es/guides/asilo/', '/es/guides/nueva/']);
    expect(meta.version).toBe('v2');
    expect(await text('/es/guides/asilo/')).toBe('/es/guides/asilo/ b2');
    expect(await text('/es/scams/x/')).toBeUndefined();
    expect(store.caches.has(packStagingName('es'))).toBe(false);
  });

  it('when nothing in the pack changed, fetches nothing', async () => {
    useServer(body(V2));
    await savePack(hashed('v2', V2));
    const server = useServer(body(V2));
    await savePack(hashed('v2', V2));
    expect(server.calls).toEqual([]);
  });

  it('an interrupted update leaves the old pack whole and readable; the next one fetches only what is still missing', async () => {
    useServer(body(V1));
    await savePack(hashed('v1', V1));
    // The network drops after the first changed file.
    useServer({ ...body(V2), '/es/guides/nueva/': 503 });
    await expect(savePack(hashed('v2', V2))).rejects.toThrow(/503/);
    expect((await packMeta('es'))?.version).toBe('v1');
    expect(await text('/es/guides/asilo/')).toBe('/es/guides/asilo/ b1');
    expect(await text('/es/scams/x/')).toBe('/es/scams/x/ c1');
    await settle();
    const server = useServer(body(V2));
    await savePack(hashed('v2', V2));
    expect(server.calls.map((c) => new URL(c.url).pathname)).toEqual(['/es/guides/nueva/']);
    expect((await packMeta('es'))?.version).toBe('v2');
    expect(await text('/es/guides/asilo/')).toBe('/es/guides/asilo/ b2');
  });

  it('sizes an update before it starts', async () => {
    useServer(body(V1));
    await savePack(hashed('v1', V1));
    const plan = await updateSize(hashed('v2', V2));
    expect(plan.fetch.map((e) => e.url)).toEqual(['/es/guides/asilo/', '/es/guides/nueva/']);
    expect(plan.bytes).toBe(2000);
    expect(plan.remove).toContain('/es/scams/x/');
  });
});

/** The pack with a content hash on each entry, as the build writes it. */
const withHashes = (pack: LanguagePack): LanguagePack => ({ ...pack, entries: pack.entries.map((e) => ({ ...e, hash: `h-${e.url}` })) });

describe('a first download cut halfway (issue 26)', () => {
  it('fetches the search index first and the pages last', async () => {
    const server = useServer(serverFiles());
    await savePack(makePack('es', 'v2', V2_URLS));
    const order = server.calls.map((c) => new URL(c.url).pathname);
    const last = (test: (p: string) => boolean) => Math.max(...order.map((p, i) => (test(p) ? i : -1)));
    const first = (test: (p: string) => boolean) => order.findIndex(test);
    // Four at a time: the search files start before any page, and every page starts after the other files.
    expect(last((p) => p.startsWith('/pagefind/'))).toBeLessThan(first((p) => p.endsWith('/')));
    expect(last((p) => !p.endsWith('/'))).toBeLessThan(first((p) => p.endsWith('/')));
  });

  it('among pages, home, search, emergency, guides and scams come before services and courses', () => {
    const order = (url: string) => downloadOrder({ url, bytes: 1 });
    expect(order('/pagefind/pagefind.js')).toBeLessThan(order('/_astro/a.js'));
    expect(order('/styles/global.css')).toBe(order('/_astro/a.js'));
    expect(order('/_astro/a.js')).toBeLessThan(order('/directory/es.json'));
    expect(order('/directory/es.json')).toBeLessThan(order('/es/'));
    for (const first of ['/es/', '/es/search/', '/es/emergency/', '/es/guides/pedir-asilo/', '/es/scams/falso-abogado/'])
      for (const later of ['/es/directory/casa-x/', '/es/courses/tus-derechos/', '/es/changes/']) expect(order(first), `${first} before ${later}`).toBeLessThan(order(later));
  });

  it('keeps what arrived in the pack, says how much, and the next save fetches only the rest', async () => {
    const files = serverFiles();
    files['/es/scams/falso-abogado/'] = 503;
    useServer(files);
    await expect(savePack(withHashes(makePack('es', 'v2', V2_URLS)))).rejects.toThrow(/503/);
    await settle();
    // Not saved (no record), but what arrived is in the pack's cache, readable offline.
    expect(await packMeta('es')).toBeNull();
    const arrived = store.paths(packCacheName('es'));
    expect(arrived).toContain('/pagefind/pagefind.js');
    expect(arrived).toContain(packManifestUrl('es'));
    const partial = await partialPack('es');
    expect(partial).not.toBeNull();
    expect(partial!.totalPages).toBe(4);
    const pagesArrived = arrived.filter((p) => V2_URLS.includes(p) && p.endsWith('/')).length;
    expect(partial!.pages).toBe(pagesArrived);
    expect(partial!.pages).toBeLessThan(4);
    expect(partial!.bytesLeft).toBeGreaterThan(0);
    // The signal is back: one tap fetches only what is missing.
    const server = useServer(serverFiles());
    await savePack(withHashes(makePack('es', 'v2', V2_URLS)));
    const fetched = server.calls.map((c) => new URL(c.url).pathname).sort();
    expect(fetched).toEqual(V2_URLS.filter((u) => !arrived.includes(u)).sort());
    expect((await packMeta('es'))?.version).toBe('v2');
    expect(await partialPack('es')).toBeNull();
  });

  it('no partial pack when nothing was saved, or when the pack is complete', async () => {
    expect(await partialPack('es')).toBeNull();
    useServer(serverFiles());
    await savePack(makePack('es', 'v2', V2_URLS));
    expect(await partialPack('es')).toBeNull();
  });
});

describe('currentPackList: the pack list only when its version changed (issue 26)', () => {
  const pack = makePack('es', 'v2', V2_URLS);
  const files = () => ({ ...serverFiles(), [packManifestUrl('es')]: JSON.stringify(pack) }) as Record<string, string | number>;

  it('with the saved version current, reads the saved list and downloads only the small versions file', async () => {
    useServer(serverFiles());
    const meta = await savePack(pack);
    const server = useServer({ ...files(), [PACK_VERSIONS_URL]: JSON.stringify({ es: 'v2', fr: 'x' }) });
    expect((await currentPackList('es', meta))?.version).toBe('v2');
    expect(server.calls.map((c) => new URL(c.url).pathname)).toEqual([PACK_VERSIONS_URL]);
  });

  it('with a new version out, or nothing saved, fetches the list', async () => {
    useServer(serverFiles());
    const meta = await savePack(makePack('es', 'v1', V2_URLS));
    const server = useServer({ ...files(), [PACK_VERSIONS_URL]: JSON.stringify({ es: 'v2' }) });
    expect((await currentPackList('es', meta))?.version).toBe('v2');
    expect((await currentPackList('es', null))?.version).toBe('v2');
    expect(server.calls.map((c) => new URL(c.url).pathname)).toEqual([PACK_VERSIONS_URL, packManifestUrl('es'), PACK_VERSIONS_URL, packManifestUrl('es')]);
  });

  it('without the versions file (an older site), still fetches the list', async () => {
    useServer(files());
    expect((await currentPackList('es', null))?.version).toBe('v2');
  });
});
