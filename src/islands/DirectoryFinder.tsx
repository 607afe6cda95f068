/**
 * The service finder: text search (lunr, on the device) and filters with
 * visible labels. Filters live in the URL so a filtered list can be shared
 * and Back works. "Near me" is opt-in; the position never leaves the
 * device. The services load when the reader touches the form or a filter
 * is set; without JS the page keeps its countries and cities, which lead
 * to plain lists. The form is FinderForm.tsx, each result a
 * FinderCard.tsx, the state finder-hooks.ts.
 */
import { useEffect, useMemo } from 'preact/hooks';
import { findServices, searchDirectory } from '../lib/directory/search.ts';
import { plural } from '../i18n/plural.ts';
import type { Lang } from '../i18n/locales.ts';
import { siteHref } from '../lib/web/site-href.ts';
import FinderForm from './FinderForm.tsx';
import ResultCard from './FinderCard.tsx';
import type { CategoryOption, FinderStrings } from './finder-strings.ts';
import { useDirectoryIndex, useFilters, useMinuteClock, useNearMe } from './finder-hooks.ts';

export type { FinderStrings } from './finder-strings.ts';

interface Props {
  lang: Lang;
  strings: FinderStrings;
  /** Countries with services; each with its cities' page addresses (city name → address). */
  countries: { code: string; name: string; cities: Record<string, string> }[];
  categories: CategoryOption[];
  languageNames: Record<string, string>;
  /** How many services the directory lists (shown before the finder loads them). */
  total: number;
}

export default function DirectoryFinder({ lang, strings, countries, categories, languageNames, total }: Props) {
  const { filters, typed, form, change, type } = useFilters();
  const { data, failed, loading, load } = useDirectoryIndex(lang);
  const { near, nearState, askNear } = useNearMe();
  const now = useMinuteClock();

  const active = Object.keys(filters).length > 0 || near !== null;
  // The server-rendered list stays until the reader filters (no layout shift on load).
  // The countries and cities stay until the reader filters; the services load only then (or when the form is touched).
  useEffect(() => {
    if (active) load();
    const list = document.getElementById('directory-list');
    if (list) list.hidden = !!data && active;
  }, [data, active]);
  const records = data?.file.records ?? [];
  // Cities and languages come with the page, so the filters work before the services are loaded.
  const cities = useMemo(
    () => [...new Set(countries.filter((c) => !filters.country || c.code === filters.country).flatMap((c) => Object.keys(c.cities)))].sort((a, b) => a.localeCompare(b, lang)),
    [filters.country],
  );
  const spoken = useMemo(() => Object.keys(languageNames).sort(), []);
  const readerZone = useMemo(() => Intl.DateTimeFormat().resolvedOptions().timeZone, []);
  // A shelter can share the city's own page (it works without JavaScript too).
  const cityPage = filters.city ? countries.filter((c) => !filters.country || c.code === filters.country).map((c) => c.cities[filters.city!]).find(Boolean) : undefined;
  const results = useMemo(() => {
    if (!data) return [];
    const matchIds = filters.q ? searchDirectory(data.lunr, data.idx, filters.q) : null;
    return findServices(records, filters, { matchIds, now, near, locale: lang });
  }, [data, filters, now, near]);

  if (failed) return <p class="notice" role="alert">{strings.unavailable}</p>;

  return (
    <div class="finder">
      <FinderForm
        action={`/${lang}/directory/`}
        form={form}
        strings={strings}
        filters={filters}
        typed={typed}
        onType={type}
        onChange={change}
        categories={categories}
        countries={countries}
        cities={cities}
        spoken={spoken}
        languageNames={languageNames}
        nearState={nearState}
        onNear={askNear}
        onWake={load}
      />
      <p role="status" class="meta" aria-live="polite">
        {data ? plural(lang, strings.count, results.length) : active || loading ? strings.loading : plural(lang, strings.count, total)}
      </p>
      {nearState === 'on' && data && results.length > 0 && results.every((r) => r.km === undefined) && (
        <p class="notice" role="note" data-near-none>
          {strings.nearMeNone}
        </p>
      )}
      {cityPage && (
        <p>
          <a class="block-link" href={siteHref(cityPage)} data-city-page>
            {strings.share.replace('{{place}}', filters.city!)}
          </a>
        </p>
      )}
      <ul class="cards" hidden={!active}>
        {/* Until the reader filters, the server's list is shown: no need to draw the cards twice. */}
        {active && results.map((r) => (
          <ResultCard r={r} lang={lang} strings={strings} categories={categories} now={now} readerZone={readerZone} />
        ))}
      </ul>
    </div>
  );
}
