/**
 * The service finder: text search (lunr, on the device) and filters with
 * visible labels. Filters live in the URL so a filtered list can be shared
 * and Back works. "Near me" is opt-in; the position never leaves the
 * device. Without JS the page keeps its plain server-rendered list.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type lunrType from 'lunr';
import {
  findServices,
  loadDirectoryIndex,
  searchDirectory,
  type DirectoryIndexFile,
  type FinderFilters,
  type ServiceRecord,
} from '../lib/directory/search.ts';
import { displayPhone, formatDate, telHref, whatsappHref } from '../i18n/locale.ts';
import { plural, type PluralForms } from '../i18n/plural.ts';
import type { Point } from '../lib/directory/distance.ts';
import FilterSelect from './FilterSelect.tsx';
import { startingState } from '../lib/web/form-state.ts';
import { directoryIndexUrl } from '../lib/offline/urls.ts';
import { loadLunrFor } from '../lib/directory/lunr-stemmers.ts';
import type { Lang } from '../i18n/locales.ts';
import { siteHref } from '../lib/web/site-href.ts';
import { differentClock, isOpenAt, utcOffset } from '../lib/directory/open-now.ts';

export interface FinderStrings {
  search: string;
  category: string;
  country: string;
  city: string;
  language: string;
  free: string;
  openNow: string;
  nearMe: string;
  nearMeHelp: string;
  nearMeDenied: string;
  /** Shown when "near me" is on but no listed service has a published location. */
  nearMeNone: string;
  any: string;
  count: PluralForms;
  call: string;
  whatsapp: string;
  loading: string;
  unavailable: string;
  clear: string;
  km: string;
  /** "Verified by a person on" (the card adds the date). */
  verified: string;
  /** "Checked by phone on", … per verification method. */
  verifiedBy: Record<string, string>;
  /** The general warnings for a service run by an institution that enforces migration, by its kind. */
  warnings: { police: string; migration: string; other: string };
  warningLabel: string;
  openBadge: string;
  closedBadge: string;
  /** "local time {{offset}}", shown when the service's clock differs from the reader's. */
  localTime: string;
  /** "Link to share: services in {{place}}". */
  share: string;
}

interface Props {
  lang: Lang;
  strings: FinderStrings;
  /** Countries with services; each with its cities' page addresses (city name → address). */
  countries: { code: string; name: string; cities: Record<string, string> }[];
  categories: { value: string; label: string }[];
  languageNames: Record<string, string>;
}

type Lunr = typeof lunrType;

const FILTER_KEYS = ['q', 'category', 'country', 'city', 'language'] as const;

/** Form field names, the same as the URL's query keys. */
const FIELDS = [...FILTER_KEYS, 'free', 'open'] as const;

/** Filters from the URL and from what the person already chose in the form (on a slow phone, before this island woke up). */
function readStart(form: HTMLFormElement | null): FinderFilters {
  const s = startingState(location.search, form, FIELDS);
  const f: FinderFilters = {};
  for (const k of FILTER_KEYS) if (s[k]) f[k] = s[k];
  if (s.free === '1') f.free = true;
  if (s.open === '1') f.openNow = true;
  return f;
}

function toUrl(f: FinderFilters): string {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) if (f[k]) p.set(k, f[k]!);
  if (f.free) p.set('free', '1');
  if (f.openNow) p.set('open', '1');
  return `${location.pathname}${p.size ? `?${p}` : ''}`;
}

export default function DirectoryFinder({ lang, strings, countries, categories, languageNames }: Props) {
  const [filters, setFilters] = useState<FinderFilters>({});
  const [data, setData] = useState<{ lunr: Lunr; idx: lunrType.Index; file: DirectoryIndexFile } | null>(null);
  const [failed, setFailed] = useState(false);
  const [near, setNear] = useState<Point | null>(null);
  const [nearState, setNearState] = useState<'off' | 'asking' | 'on' | 'denied'>('off');
  const [now, setNow] = useState(() => new Date());
  const [typed, setTyped] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const f = readStart(form.current);
    setFilters(f);
    setTyped(f.q ?? '');
    const url = toUrl(f);
    if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
    (async () => {
      try {
        const [lunr, res] = await Promise.all([loadLunrFor(lang), fetch(siteHref(directoryIndexUrl(lang)))]);
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const file = (await res.json()) as DirectoryIndexFile;
        setData({ lunr, idx: loadDirectoryIndex(lunr, lang, file.index), file });
      } catch (e) {
        // Said in the page (role=alert); the reason goes to the console for whoever debugs it.
        console.error('[finder]', e);
        setFailed(true);
      }
    })();
    const onPop = () => {
      const u = readStart(null);
      setFilters(u);
      setTyped(u.q ?? '');
    };
    addEventListener('popstate', onPop);
    // "Open now" changes with the clock.
    const tick = setInterval(() => setNow(new Date()), 60_000);
    return () => {
      removeEventListener('popstate', onPop);
      clearInterval(tick);
    };
  }, []);

  function change(next: FinderFilters, push = true) {
    const merged: FinderFilters = { ...filters, ...next };
    for (const k of Object.keys(merged) as (keyof FinderFilters)[]) if (!merged[k]) delete merged[k];
    if (next.country !== undefined && next.country !== filters.country) delete merged.city;
    setFilters(merged);
    const url = toUrl(merged);
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
  }

  const active = Object.keys(filters).length > 0 || near !== null;
  // The server-rendered list stays until the reader filters (no layout shift on load).
  useEffect(() => {
    const list = document.getElementById('directory-list');
    if (list) list.hidden = !!data && active;
  }, [data, active]);
  const records = data?.file.records ?? [];
  const cities = useMemo(
    () => [...new Set(records.filter((r) => !filters.country || r.country === filters.country).map((r) => r.city).filter((c): c is string => !!c))].sort((a, b) => a.localeCompare(b, lang)),
    [records, filters.country],
  );
  const spoken = useMemo(() => [...new Set(records.flatMap((r) => r.languages))].sort(), [records]);
  const readerZone = useMemo(() => Intl.DateTimeFormat().resolvedOptions().timeZone, []);
  // A shelter can share the city's own page (it works without JavaScript too).
  const cityPage = filters.city ? countries.filter((c) => !filters.country || c.code === filters.country).map((c) => c.cities[filters.city!]).find(Boolean) : undefined;
  const results = useMemo(() => {
    if (!data) return [];
    const matchIds = filters.q ? searchDirectory(data.lunr, data.idx, filters.q) : null;
    return findServices(records, filters, { matchIds, now, near, locale: lang });
  }, [data, filters, now, near]);

  function askNear() {
    if (nearState === 'on') {
      setNear(null);
      setNearState('off');
      return;
    }
    if (!('geolocation' in navigator)) return setNearState('denied');
    setNearState('asking');
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setNear({ lat: pos.coords.latitude, lon: pos.coords.longitude });
        setNearState('on');
      },
      () => setNearState('denied'),
      { maximumAge: 600_000, timeout: 15_000 },
    );
  }

  if (failed) return <p class="notice" role="alert">{strings.unavailable}</p>;

  return (
    <div class="finder">
      {/* A plain GET form too: submitted before this island wakes up, the filters reach the URL. */}
      <form role="search" method="get" action={siteHref(`/${lang}/directory/`)} ref={form} onSubmit={(e) => e.preventDefault()}>
        <label for="finder-q">{strings.search}</label>
        <input
          id="finder-q"
          name="q"
          type="search"
          value={typed}
          autoComplete="off"
          onInput={(e) => {
            const v = (e.target as HTMLInputElement).value;
            setTyped(v);
            clearTimeout(timer.current);
            timer.current = setTimeout(() => change({ q: v }, false), 150);
          }}
        />
        <div class="filters">
          <FilterSelect id="finder-category" name="category" label={strings.category} any={strings.any} value={filters.category ?? ''} options={categories} onChange={(v) => change({ category: v })} />
          <FilterSelect
            id="finder-country"
            name="country"
            label={strings.country}
            any={strings.any}
            value={filters.country ?? ''}
            options={countries.map((c) => ({ value: c.code, label: c.name }))}
            onChange={(v) => change({ country: v })}
          />
          <FilterSelect id="finder-city" name="city" label={strings.city} any={strings.any} value={filters.city ?? ''} options={cities.map((c) => ({ value: c, label: c }))} onChange={(v) => change({ city: v })} />
          <FilterSelect
            id="finder-language"
            name="language"
            label={strings.language}
            any={strings.any}
            value={filters.language ?? ''}
            options={spoken.map((l) => ({ value: l, label: languageNames[l] ?? l }))}
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
          <button type="button" class="secondary" aria-pressed={nearState === 'on'} onClick={askNear}>
            {strings.nearMe}
          </button>{' '}
          <small class="meta">{nearState === 'denied' ? strings.nearMeDenied : strings.nearMeHelp}</small>
        </p>
      </form>
      <p role="status" class="meta" aria-live="polite">
        {data ? plural(lang, strings.count, results.length) : strings.loading}
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

function ResultCard({
  r,
  lang,
  strings,
  categories,
  now,
  readerZone,
}: {
  r: ServiceRecord & { km?: number };
  lang: string;
  strings: FinderStrings;
  categories: { value: string; label: string }[];
  now: Date;
  readerZone: string;
}) {
  const labels = new Map(categories.map((c) => [c.value, c.label]));
  const known = r.schedule.length > 0 || !!r.exceptions?.length;
  const open = known && isOpenAt({ schedule: r.schedule, exceptions: r.exceptions }, r.timezone, now);
  return (
    <li>
      <a class="title" href={siteHref(`/${lang}/directory/${r.id}/`)}>
        {r.name}
      </a>
      <p class="meta">
        {r.org}
        {r.city && ` · ${r.city}`}
        {r.km !== undefined && ` · ${strings.km.replace('{{km}}', r.km < 10 ? r.km.toFixed(1) : String(Math.round(r.km)))}`}
      </p>
      <p>{r.description}</p>
      {known && (
        <p class="meta">
          <span class="hours-now" data-open={String(open)}>
            {open ? strings.openBadge : strings.closedBadge}
          </span>
          {differentClock(r.timezone, readerZone, now) && (
            <>
              {' · '}
              <span data-local-time>{strings.localTime.replace('{{offset}}', utcOffset(now, r.timezone))}</span>
            </>
          )}
        </p>
      )}
      {r.enforces && (
        <p class="migration-warning" role="note" data-migration-warning>
          <strong>{strings.warningLabel}:</strong>{' '}
          {r.warning ?? (r.enforces === 'police' ? strings.warnings.police : r.enforces === 'migration' ? strings.warnings.migration : strings.warnings.other)}
        </p>
      )}
      {r.assured && (
        <p class="meta">
          {(r.method && strings.verifiedBy[r.method]) || strings.verified} <time datetime={r.assured}>{formatDate(lang as Lang, r.assured)}</time>
        </p>
      )}
      <p>
        {r.categories.map((c) => (
          <span class="tag">{labels.get(c) ?? c}</span>
        ))}
      </p>
      {r.phones.length > 0 && (
        <ul class="plain numbers">
          {r.phones.map((p) => (
            <li>
              <a class="tel" href={telHref(p.number)} aria-label={`${strings.call} ${p.display ?? displayPhone(p.number)}`}>
                <bdi dir="ltr">{p.display ?? displayPhone(p.number)}</bdi>
              </a>
              {p.whatsapp && (
                <>
                  {' · '}
                  <a class="tel" href={whatsappHref(p.number)} rel="noreferrer">
                    {strings.whatsapp}
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
