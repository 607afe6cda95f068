/**
 * Language packs: for each language, every file needed to read it with no
 * network (its pages, its Pagefind search files, its directory index, the
 * build assets), with sizes. Written by the build as `/offline/<lang>.json`.
 * Pure: works on a list of built files (path + size + hash).
 */
import { directoryIndexUrl, STYLES_PATH } from './urls.ts';

/** A built file, path relative to the output folder with `/` separators. */
export interface BuiltFile {
  path: string;
  bytes: number;
  /** Bytes sent gzipped (text files), what a download costs. */
  gz?: number;
  /** Content hash, so a pack's version changes when any of its files does. */
  hash: string;
}

/** One file of a pack. */
export interface PackEntry {
  url: string;
  bytes: number;
  /** Content hash: an update fetches only the entries whose hash changed (issue 17). */
  hash?: string;
  /** Bytes sent over the network (gzipped text), to size an update before it starts. */
  gz?: number;
  /** Page title, for listing saved pages. */
  title?: string;
}

/** The `/offline/<lang>.json` file. */
export interface LanguagePack {
  lang: string;
  /** Changes whenever any file of the pack changes. */
  version: string;
  /** Number of HTML pages. */
  pages: number;
  /** Total bytes of all entries (uncompressed, as stored on the device). */
  bytes: number;
  entries: PackEntry[];
}

/** The URL a built file is served at: `es/guides/x/index.html` → `/es/guides/x/`. */
export function urlOfFile(path: string): string {
  if (path === 'index.html') return '/';
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * The search indexes a language's pack carries: its own, and Spanish's, so a
 * query that finds little in the reader's language finds the Spanish pages
 * offline too (issue 25; what it costs is in BENCHMARKS.md).
 */
const searchLangs = (lang: string) => (lang === 'es' ? 'es' : `(?:${lang}|es)`);

/** True when a built file belongs in `lang`'s pack. */
export function inPack(path: string, lang: string): boolean {
  // Its pages, and its list of changes (the notice after an update reads it offline). Not the sheets
  // made for printing (the printed directory, posters): they are printed where there is a printer, they
  // are in the shelter kit as PDFs, and they would make a phone download every change again.
  if (path.startsWith(`${lang}/`)) return (path.endsWith('.html') && !path.startsWith(`${lang}/404/`) && !/\/(print|poster)\/index\.html$/.test(path)) || path === `${lang}/changes.json`;
  if (path.startsWith('pagefind/directory/')) {
    // The service pages' bundle, merged into the search: its entry and this language's files (it
    // runs on the main bundle's script and WebAssembly, so it has none of its own).
    const name = path.slice('pagefind/directory/'.length);
    if (name === 'pagefind-entry.json') return true;
    return new RegExp(`^(index|fragment|filter)/${searchLangs(lang)}_[^/]+$|^pagefind\\.${searchLangs(lang)}_[^/]+\\.pf_meta$`).test(name);
  }
  if (path.startsWith('pagefind/')) {
    const name = path.slice('pagefind/'.length);
    // Shared runtime, the language's wasm, and index/fragment/filter/meta files of this language only.
    if (/^pagefind(-worker)?\.js$|^pagefind-entry\.json$/.test(name)) return true;
    if (name === `wasm.${lang}.pagefind` || name === 'wasm.unknown.pagefind') return true;
    return new RegExp(`^(index|fragment|filter)/${searchLangs(lang)}_[^/]+$|^pagefind\\.${searchLangs(lang)}_[^/]+\\.pf_meta$`).test(name);
  }
  if (`/${path}` === directoryIndexUrl(lang)) return true;
  if (path.startsWith('_astro/') || path.startsWith(STYLES_PATH.slice(1))) return true;
  return false;
}

/** Short stable hash of a string (FNV-1a 32-bit, hex). */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * Builds the pack of `lang` from the built files; `titles` maps page URLs to
 * titles. Entries are sorted: pages first, then data and assets.
 */
export function buildPack(lang: string, files: readonly BuiltFile[], titles: ReadonlyMap<string, string> = new Map()): LanguagePack {
  const chosen = files.filter((f) => inPack(f.path, lang)).sort((a, b) => a.path.localeCompare(b.path));
  const pages = chosen.filter((f) => f.path.endsWith('.html'));
  const rest = chosen.filter((f) => !f.path.endsWith('.html'));
  const entries: PackEntry[] = [...pages, ...rest].map((f) => {
    const url = urlOfFile(f.path);
    const title = titles.get(url);
    const entry: PackEntry = { url, bytes: f.bytes, hash: f.hash, ...(f.gz !== undefined ? { gz: f.gz } : {}) };
    return title ? { ...entry, title } : entry;
  });
  return {
    lang,
    version: shortHash(chosen.map((f) => `${f.path}:${f.hash}`).join('\n')),
    pages: pages.length,
    bytes: chosen.reduce((n, f) => n + f.bytes, 0),
    entries,
  };
}

/**
 * The order a first download fetches a pack in (lower first): the search
 * index, then the code and styles pages need, then the directory and the
 * list of changes, then the pages people need first (home, search,
 * emergency numbers, rights guides, scam alerts), then the rest (services,
 * courses). Cut halfway, search already works on the pages that arrived,
 * and they look and work as online (issue 26).
 */
export function downloadOrder(entry: PackEntry): number {
  const url = entry.url;
  if (url.startsWith('/pagefind/')) return 0;
  if (url.startsWith('/_astro/') || url.startsWith(STYLES_PATH)) return 1;
  if (!url.endsWith('/')) return 2;
  if (/^\/[a-z]{2}\/(?:(?:search|emergency|guides|scams)\/.*)?$/.test(url)) return 3;
  return 4;
}

/** What bringing a saved pack up to date costs: the entries to fetch, the ones to delete, and the bytes. */
export interface UpdatePlan {
  fetch: PackEntry[];
  remove: string[];
  /** What the update downloads (gzipped where the server compresses). */
  bytes: number;
}

/**
 * The update from what a device holds to `next`: `have` maps each saved
 * URL to the hash it was saved with (undefined when unknown, e.g. saved
 * by an older version: then it is fetched again once). Only new entries
 * and entries whose hash changed are fetched; entries `next` no longer
 * lists are removed. Pure.
 */
export function planUpdate(next: LanguagePack, have: ReadonlyMap<string, string | undefined>): UpdatePlan {
  const fetch = next.entries.filter((e) => !e.hash || have.get(e.url) !== e.hash);
  const listed = new Set(next.entries.map((e) => e.url));
  const remove = [...have.keys()].filter((u) => !listed.has(u));
  return { fetch, remove, bytes: fetch.reduce((n, e) => n + (e.gz ?? e.bytes), 0) };
}
