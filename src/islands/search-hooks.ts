/**
 * The site search's state, in two hooks: the results (Pagefind, loaded in
 * steps by pagefind-client.ts) and the query with its filters (kept in the
 * URL, starting from what the person already typed or chose before the
 * island woke up).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { pagefindFilters, SEARCH_TYPES } from '../lib/web/search-filters.ts';
import { startingState } from '../lib/web/form-state.ts';
import { includeServices, loadMain, loadSpanish, servicesIncluded, spanishResults, type PagefindData, type PagefindHit } from './pagefind-client.ts';

/** Fewer results than this in the reader's language: search the services and the Spanish pages too. */
const FEW = 3;

/** Results whose excerpts are loaded at a time (each costs a small download). */
const PAGE = 5;

/** A result as shown: a link with its excerpt, and its type when it has one. */
export interface Result {
  url: string;
  title: string;
  excerpt: string;
  type?: string;
}

/** The query and its filters, as in the URL (empty when not set). */
interface Query {
  q: string;
  type: string;
  country: string;
}

/** A search whose results are loading, shown or failed; `idle` when there is nothing to search for. */
export type SearchStatus = 'idle' | 'loading' | 'done' | 'error';

const toResult = (d: PagefindData): Result => ({ url: d.url, title: d.meta.title ?? d.url, excerpt: d.excerpt, type: d.filters.type?.[0] });

/** The query and filters in the page's URL. */
function readUrl(): Query {
  const p = new URLSearchParams(location.search);
  return { q: p.get('q') ?? '', type: p.get('type') ?? '', country: p.get('country') ?? '' };
}

/** Puts the query and filters in the URL (a new history entry when `push`), unless it already holds them. */
function syncUrl(query: string, t: string, c: string, push: boolean) {
  const p = new URLSearchParams();
  if (query) p.set('q', query);
  if (t) p.set('type', t);
  if (c) p.set('country', c);
  const next = `${location.pathname}${p.size ? `?${p}` : ''}`;
  if (next === `${location.pathname}${location.search}`) return;
  history[push ? 'pushState' : 'replaceState'](null, '', next);
}

/**
 * The query to start from: the URL's, or what someone typed or chose before
 * this island woke up. A value that is not one of the choices (an old or
 * mistyped link) would silently find nothing: it is dropped.
 */
function startingQuery(form: HTMLFormElement | null, countries: { code: string }[]): Query {
  const start = startingState(location.search, form, ['q', 'type', 'country']);
  return {
    q: start.q ?? '',
    type: (SEARCH_TYPES as readonly string[]).includes(start.type ?? '') ? start.type! : '',
    country: countries.some((c) => c.code === start.country) ? start.country! : '',
  };
}

/**
 * Searches Pagefind: the main bundle, the services too when asked for or
 * when the rest finds little, and the Spanish pages when little is found in
 * the reader's language. Gives every hit, the first page of them loaded,
 * and the first page of Spanish ones.
 */
async function searchPagefind(lang: string, query: string, t: string, c: string): Promise<{ hits: PagefindHit[]; data: PagefindData[]; es: PagefindData[] }> {
  const pf = await loadMain();
  const filters = pagefindFilters(t, c);
  // Services have their own bundle: searched when asked for, or when the rest finds little.
  if (t === 'service') await includeServices();
  let found = await pf.search(query, { filters });
  if (found.results.length < FEW && !servicesIncluded()) {
    await includeServices();
    found = await pf.search(query, { filters });
  }
  const data = await Promise.all(found.results.slice(0, PAGE).map((r) => r.data()));
  // Little in the reader's language: the Spanish pages too, under their own heading (offline as well, from the pack).
  const es =
    lang !== 'es' && found.results.length < FEW
      ? await loadSpanish()
          .then(async (s) => spanishResults((await s.search(query, { filters })).results, PAGE))
          // Without the Spanish index (a shelter archive carries its own language only), the reader's results stand alone.
          .catch(() => [])
      : [];
  return { hits: found.results, data, es };
}

/** The results of the latest search (an older search that ends later is ignored), and the next page of them on request. */
function useResults(lang: string) {
  const [results, setResults] = useState<Result[] | null>(null);
  const [total, setTotal] = useState(0);
  const pending = useRef<PagefindHit[]>([]);
  const [spanish, setSpanish] = useState<Result[]>([]);
  const [withServices, setWithServices] = useState(false);
  const [status, setStatus] = useState<SearchStatus>('idle');
  const seq = useRef(0);

  async function run(query: string, t: string, c: string) {
    const id = ++seq.current;
    if (!query.trim()) {
      setResults(null);
      setStatus('idle');
      return;
    }
    setStatus('loading');
    try {
      const { hits, data, es } = await searchPagefind(lang, query, t, c);
      if (id !== seq.current) return;
      pending.current = hits.slice(PAGE);
      setTotal(hits.length);
      setResults(data.map(toResult));
      setSpanish(es.map(toResult));
      setWithServices(servicesIncluded());
      setStatus('done');
    } catch {
      if (id === seq.current) setStatus('error');
    }
  }

  async function more() {
    const next = pending.current.splice(0, PAGE);
    const data = await Promise.all(next.map((r) => r.data()));
    setResults((prev) => [...(prev ?? []), ...data.map(toResult)]);
  }

  return { results, total, spanish, withServices, status, run, more };
}

/**
 * The search: query, filters and results. The query follows the URL (Back
 * returns to earlier results); typing searches after a short pause, a
 * submitted query or a chosen filter at once, as a new history entry.
 */
export function useSiteSearch(lang: string, countries: { code: string }[]) {
  const initial = typeof location === 'undefined' ? { q: '', type: '', country: '' } : readUrl();
  const [q, setQ] = useState(initial.q);
  const [type, setType] = useState(initial.type);
  const [country, setCountry] = useState(initial.country);
  const found = useResults(lang);
  const { run } = found;
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    // Someone may have typed or chosen a filter before this island woke up: keep it.
    const s = startingQuery(form.current, countries);
    if (s.q !== initial.q || s.type !== initial.type || s.country !== initial.country) update(s);
    else void run(initial.q, initial.type, initial.country);
    const onPop = () => {
      const u = readUrl();
      setQ(u.q);
      setType(u.type);
      setCountry(u.country);
      void run(u.q, u.type, u.country);
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  function update(next: { q?: string; type?: string; country?: string }, push = false) {
    const nq = next.q ?? q;
    const nt = next.type ?? type;
    const nc = next.country ?? country;
    if (next.q !== undefined) setQ(nq);
    if (next.type !== undefined) setType(nt);
    if (next.country !== undefined) setCountry(nc);
    clearTimeout(timer.current);
    const go = () => {
      syncUrl(nq, nt, nc, push);
      void run(nq, nt, nc);
    };
    if (next.q !== undefined && !push) timer.current = setTimeout(go, 180);
    else go();
  }

  return { q, type, country, form, update, ...found };
}
