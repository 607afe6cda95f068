/**
 * The finder's form: a plain GET form (submitted before the island wakes up,
 * the filters reach the URL), text search, the filters with visible labels,
 * "free", "open now" and the opt-in "near me" button.
 */
import type { RefObject } from 'preact';
import type { FinderFilters } from '../lib/directory/search.ts';
import { siteHref } from '../lib/web/site-href.ts';
import FilterSelect from './FilterSelect.tsx';
import type { CategoryOption, FinderStrings } from './finder-strings.ts';

export type NearState = 'off' | 'asking' | 'on' | 'denied';

interface Props {
  action: string;
  form: RefObject<HTMLFormElement>;
  strings: FinderStrings;
  filters: FinderFilters;
  /** What is in the search box (the filter follows it after a short pause). */
  typed: string;
  onType: (value: string) => void;
  onChange: (next: FinderFilters) => void;
  categories: CategoryOption[];
  countries: { code: string; name: string }[];
  cities: string[];
  spoken: string[];
  languageNames: Record<string, string>;
  nearState: NearState;
  onNear: () => void;
  /** The reader touched the form: time to load the services. */
  onWake: () => void;
}

export default function FinderForm(p: Props) {
  const { strings, filters, onChange: change } = p;
  return (
    <form role="search" method="get" action={siteHref(p.action)} ref={p.form} onSubmit={(e) => e.preventDefault()} onFocusIn={p.onWake} onPointerDown={p.onWake}>
      <label for="finder-q">{strings.search}</label>
      <input id="finder-q" name="q" type="search" value={p.typed} autoComplete="off" onInput={(e) => p.onType((e.target as HTMLInputElement).value)} />
      <div class="filters">
        <FilterSelect id="finder-category" name="category" label={strings.category} any={strings.any} value={filters.category ?? ''} options={p.categories} onChange={(v) => change({ category: v })} />
        <FilterSelect
          id="finder-country"
          name="country"
          label={strings.country}
          any={strings.any}
          value={filters.country ?? ''}
          options={p.countries.map((c) => ({ value: c.code, label: c.name }))}
          onChange={(v) => change({ country: v })}
        />
        <FilterSelect id="finder-city" name="city" label={strings.city} any={strings.any} value={filters.city ?? ''} options={p.cities.map((c) => ({ value: c, label: c }))} onChange={(v) => change({ city: v })} />
        <FilterSelect
          id="finder-language"
          name="language"
          label={strings.language}
          any={strings.any}
          value={filters.language ?? ''}
          options={p.spoken.map((l) => ({ value: l, label: p.languageNames[l] ?? l }))}
          onChange={(v) => change({ language: v })}
        />
      </div>
      <label class="check">
        <input type="checkbox" name="free" value="1" checked={!!filters.free} onChange={(e) => change({ free: (e.target as HTMLInputElement).checked })} />
        {strings.free}
      </label>
      <label class="check">
        <input type="checkbox" name="open" value="1" checked={!!filters.openNow} onChange={(e) => change({ openNow: (e.target as HTMLInputElement).checked })} />
        {strings.openNow}
      </label>
      <p>
        <button type="button" class="secondary" aria-pressed={p.nearState === 'on'} onClick={p.onNear}>
          {strings.nearMe}
        </button>{' '}
        <small class="meta">{p.nearState === 'denied' ? strings.nearMeDenied : strings.nearMeHelp}</small>
      </p>
    </form>
  );
}
