/**
 * Pagefind for the site search, loaded in the steps a query needs, so a
 * first search costs little (issue 25): the main bundle (guides, scams,
 * pages, courses) first; the service pages' bundle only when the reader
 * filters by services, asks for them, or the main bundle finds little; and
 * the Spanish index only when a query in another language finds fewer than
 * three results. Everything comes from our own origin (and from the saved
 * pack offline).
 */
import { siteHref } from '../lib/web/site-href.ts';

/** A search result before its excerpt is loaded. */
export interface PagefindHit {
  data(): Promise<PagefindData>;
}
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface Searcher {
  options(o: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, o?: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindHit[] }>;
}
interface PagefindModule extends Searcher {
  createInstance(o?: Record<string, unknown>): Searcher;
}

const bundle = () => siteHref('/pagefind/pagefind-entry.json').replace(/pagefind-entry\.json$/, '');
const directoryBundle = () => siteHref('/pagefind/directory/pagefind-entry.json').replace(/pagefind-entry\.json$/, '');

let main: Promise<PagefindModule> | null = null;
let services: Promise<void> | null = null;
let spanish: Promise<Searcher> | null = null;
const retryLater = <T>(p: Promise<T>, reset: () => void) => {
  p.catch(reset);
  return p;
};

/** The main bundle in the page's language. */
export function loadMain(): Promise<PagefindModule> {
  main ??= retryLater(
    (import(/* @vite-ignore */ siteHref('/pagefind/pagefind.js')) as Promise<PagefindModule>).then(async (pf) => {
      await pf.options({ excerptLength: 22 });
      return pf;
    }),
    () => (main = null),
  );
  return main;
}

/** Whether the service pages are searched too. */
export const servicesIncluded = () => services !== null;

/** Adds the service pages' bundle to the search (once). */
export function includeServices(): Promise<void> {
  services ??= retryLater(
    loadMain().then((pf) => pf.mergeIndex(directoryBundle())),
    () => (services = null),
  );
  return services;
}

/** A second search over the Spanish pages (and services), for a query that finds little in the reader's language. */
export function loadSpanish(): Promise<Searcher> {
  spanish ??= retryLater(
    loadMain().then(async (pf) => {
      const es = pf.createInstance();
      await es.options({ excerptLength: 22 });
      await es.mergeIndex(bundle(), { language: 'es' });
      await es.mergeIndex(directoryBundle(), { language: 'es' });
      return es;
    }),
    () => (spanish = null),
  );
  return spanish;
}

/** The Spanish pages among a Spanish search's hits (its primary index is the reader's language), up to `max`. */
export async function spanishResults(hits: readonly PagefindHit[], max: number): Promise<PagefindData[]> {
  const out: PagefindData[] = [];
  for (const h of hits) {
    if (out.length >= max) break;
    const d = await h.data();
    // Spanish pages live under /es/ (in the shelter kit, under es/ beside the page).
    if (/(^|\/)es\//.test(d.url)) out.push(d);
  }
  return out;
}
