/**
 * Site search on Pagefind's JS API (not its default UI): a labelled search
 * field, type and country filters, results as links with an excerpt. The
 * query lives in the URL (?q=&type=&country=), so links can be shared and
 * Back returns to the same results. The state is search-hooks.ts.
 */
import type { RefObject } from 'preact';
import { SEARCH_TYPES } from '../lib/web/search-filters.ts';
import { plural, type PluralForms } from '../i18n/plural.ts';
import FilterSelect from './FilterSelect.tsx';
import { siteHref } from '../lib/web/site-href.ts';
import { includeServices } from './pagefind-client.ts';
import { useSiteSearch, type Result, type SearchStatus } from './search-hooks.ts';

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


interface Props {
  lang: string;
  strings: SearchStrings;
  countries: { code: string; name: string }[];
}

interface FormProps extends Props {
  /** The <form>, read once the island wakes up (what was typed or chosen before it). */
  form: RefObject<HTMLFormElement>;
  q: string;
  type: string;
  country: string;
  update: (next: { q?: string; type?: string; country?: string }, push?: boolean) => void;
}

/** The search form: a labelled field and the type and country filters. It also works as a plain GET form. */
function SearchForm({ lang, strings, countries, form, q, type, country, update }: FormProps) {
  return (
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
  );
}

/** The search's state in words: loading or how many results (a live region), unavailable, or nothing found with where else to look. */
function SearchNotices({ lang, strings, status, count, spanish }: { lang: string; strings: SearchStrings; status: SearchStatus; count: number; spanish: number }) {
  return (
    <>
      <p role="status" class="meta" aria-live="polite">
        {status === 'loading' && strings.loading}
        {status === 'done' && plural(lang, strings.results, count)}
      </p>
      {status === 'error' && (
        <p class="notice" role="alert">
          {strings.unavailable}
        </p>
      )}
      {status === 'done' && count === 0 && spanish === 0 && (
        <div class="notice">
          <p>{strings.none}</p>
          <p>
            {strings.noneHelp} <a href={siteHref(`/${lang}/directory/`)}>{strings.directory}</a> ·{' '}
            <a href={siteHref(`/${lang}/emergency/`)}>{strings.emergency}</a>
          </p>
        </div>
      )}
    </>
  );
}

/** The results in the reader's language: title, type and excerpt. */
function ResultList({ results, strings }: { results: Result[]; strings: SearchStrings }) {
  return (
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
  );
}

/** Results from the Spanish pages, under their own heading (the heading and types in the reader's language). */
function SpanishResults({ lang, results, strings }: { lang: string; results: Result[]; strings: SearchStrings }) {
  return (
    <section lang="es" data-spanish-results aria-labelledby="search-es">
      <h2 id="search-es" lang={lang}>
        {strings.inSpanish}
      </h2>
      <ol class="cards" data-results-es>
        {results.map((r) => (
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
  );
}

/** The search page's island: the form, what the search found, more results on request, and "search the services too". */
export default function SiteSearch({ lang, strings, countries }: Props) {
  const { q, type, country, form, update, results, total, spanish, withServices, status, run, more } = useSiteSearch(lang, countries);
  const count = total;
  return (
    <div class="search">
      <SearchForm lang={lang} strings={strings} countries={countries} form={form} q={q} type={type} country={country} update={update} />
      <SearchNotices lang={lang} strings={strings} status={status} count={count} spanish={spanish.length} />
      {results && count > 0 && <ResultList results={results} strings={strings} />}
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
      {spanish.length > 0 && <SpanishResults lang={lang} results={spanish} strings={strings} />}
    </div>
  );
}
