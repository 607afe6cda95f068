/**
 * Site search on Pagefind's JS API (not its default UI): a labelled search
 * field, type and country filters, results as links with an excerpt. The
 * query lives in the URL (?q=&type=&country=), so links can be shared and
 * Back returns to the same results.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { pagefindFilters, SEARCH_TYPES } from '../lib/web/search-filters.ts';
import { plural, type PluralForms } from '../i18n/plural.ts';
import FilterSelect from './FilterSelect.tsx';
import { startingState } from '../lib/web/form-state.ts';
import { siteHref } from '../lib/web/site-href.ts';
import { includeServices, loadMain, loadSpanish, servicesIncluded, spanishResults, type PagefindData, type PagefindHit } from './pagefind-client.ts';

/** Fewer results than this in the reader's language: search the services and the Spanish pages too. */
const FEW = 3;

/** The UI strings this island needs, already translated. */
export interface SearchStrings {
  label: string;
  submit: string;
  type: string;
  country: string;
  any: string;
  types: Record<string, string>;
  /** "{{count}} results" in each plural form of the language. */
  results: PluralForms;
  none: string;
  noneHelp: string;
  loading: string;
  unavailable: string;
  directory: string;
  emergency: string;
  more: string;
  /** "In Spanish": the heading of results from the Spanish pages. */
  inSpanish: string;
  /** "Search the services too". */
  alsoServices: string;
}

/** Results whose excerpts are loaded at a time (each costs a small download). */
const PAGE = 5;

interface Props {
  lang: string;
  strings: SearchStrings;
  countries: { code: string; name: string }[];
}

interface Result {
  url: string;
  title: string;
  excerpt: string;
  type?: string;
}

const toResult = (d: PagefindData): Result => ({ url: d.url, title: d.meta.title ?? d.url, excerpt: d.excerpt, type: d.filters.type?.[0] });

function readUrl() {
  const p = new URLSearchParams(location.search);
  return { q: p.get('q') ?? '', type: p.get('type') ?? '', country: p.get('country') ?? '' };
}

export default function SiteSearch({ lang, strings, countries }: Props) {
  const initial = typeof location === 'undefined' ? { q: '', type: '', country: '' } : readUrl();
  const [q, setQ] = useState(initial.q);
  const [type, setType] = useState(initial.type);
  const [country, setCountry] = useState(initial.country);
  const [results, setResults] = useState<Result[] | null>(null);
  const [total, setTotal] = useState(0);
  const pending = useRef<PagefindHit[]>([]);
  const [spanish, setSpanish] = useState<Result[]>([]);
  const [withServices, setWithServices] = useState(false);
  const [status, setStatus] = useState<'idle' | 'loading' | 'done' | 'error'>('idle');
  const seq = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>();

  async function run(query: string, t: string, c: string) {
    const id = ++seq.current;
    if (!query.trim()) {
      setResults(null);
      setStatus('idle');
      return;
    }
    setStatus('loading');
    try {
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
      if (id !== seq.current) return;
      pending.current = found.results.slice(PAGE);
      setTotal(found.results.length);
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

  function syncUrl(query: string, t: string, c: string, push: boolean) {
    const p = new URLSearchParams();
    if (query) p.set('q', query);
    if (t) p.set('type', t);
    if (c) p.set('country', c);
    const next = `${location.pathname}${p.size ? `?${p}` : ''}`;
    if (next === `${location.pathname}${location.search}`) return;
    history[push ? 'pushState' : 'replaceState'](null, '', next);
  }

  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    // Someone may have typed or chosen a filter before this island woke up: keep it.
    const start = startingState(location.search, form.current, ['q', 'type', 'country']);
    // A value that is not one of the choices (an old or mistyped link) would silently find nothing: drop it.
    const s = {
      q: start.q ?? '',
      type: (SEARCH_TYPES as readonly string[]).includes(start.type ?? '') ? start.type! : '',
      country: countries.some((c) => c.code === start.country) ? start.country! : '',
    };
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

  const count = total;
  return (
    <div class="search">
      <form
        role="search"
        method="get"
        action={siteHref(`/${lang}/search/`)}
        ref={form}
        onSubmit={(e) => {
          e.preventDefault();
          update({ q }, true);
        }}
      >
        <label for="search-q">{strings.label}</label>
        <div class="search-row">
          <input
            id="search-q"
            type="search"
            name="q"
            value={q}
            autoComplete="off"
            enterKeyHint="search"
            onInput={(e) => update({ q: (e.target as HTMLInputElement).value })}
          />
          <button type="submit">{strings.submit}</button>
        </div>
        <div class="filters">
          <FilterSelect
            id="search-type"
            name="type"
            label={strings.type}
            any={strings.any}
            value={type}
            options={SEARCH_TYPES.map((t) => ({ value: t, label: strings.types[t] }))}
            onChange={(v) => update({ type: v }, true)}
          />
          <FilterSelect
            id="search-country"
            name="country"
            label={strings.country}
            any={strings.any}
            value={country}
            options={countries.map((c) => ({ value: c.code, label: c.name }))}
            onChange={(v) => update({ country: v }, true)}
          />
        </div>
      </form>
      <p role="status" class="meta" aria-live="polite">
        {status === 'loading' && strings.loading}
        {status === 'done' && plural(lang, strings.results, count)}
      </p>
      {status === 'error' && (
        <p class="notice" role="alert">
          {strings.unavailable}
        </p>
      )}
      {status === 'done' && count === 0 && spanish.length === 0 && (
        <div class="notice">
          <p>{strings.none}</p>
          <p>
            {strings.noneHelp} <a href={siteHref(`/${lang}/directory/`)}>{strings.directory}</a> ·{' '}
            <a href={siteHref(`/${lang}/emergency/`)}>{strings.emergency}</a>
          </p>
        </div>
      )}
      {results && count > 0 && (
        <ol class="cards results">
          {results.map((r) => (
            <li>
              <a class="title" href={siteHref(r.url)}>
                {r.title}
              </a>
              {r.type && <span class="tag">{strings.types[r.type] ?? r.type}</span>}
              {/* Pagefind builds the excerpt from our own indexed text, marking matches with <mark>. */}
              <p dangerouslySetInnerHTML={{ __html: r.excerpt }} />
            </li>
          ))}
        </ol>
      )}
      {results && results.length < total && (
        <p>
          <button type="button" class="secondary" onClick={() => void more()}>
            {strings.more}
          </button>
        </p>
      )}
      {status === 'done' && !withServices && (
        <p>
          <button type="button" class="secondary" data-also-services onClick={() => void includeServices().then(() => run(q, type, country))}>
            {strings.alsoServices}
          </button>
        </p>
      )}
      {spanish.length > 0 && (
        <section lang="es" data-spanish-results aria-labelledby="search-es">
          <h2 id="search-es" lang={lang}>
            {strings.inSpanish}
          </h2>
          <ol class="cards" data-results-es>
            {spanish.map((r) => (
              <li>
                <a class="title" href={siteHref(r.url)} hreflang="es">
                  {r.title}
                </a>
                {r.type && <span class="tag" lang={lang}>{strings.types[r.type] ?? r.type}</span>}
                <p dangerouslySetInnerHTML={{ __html: r.excerpt }} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
