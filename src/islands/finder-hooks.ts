/**
 * The finder's state, in three hooks: the directory index (downloaded once,
 * with the language's stemmer), the filters (kept in the URL, starting from
 * what the person already chose before the island woke up) and "near me"
 * (opt-in; the position never leaves the device).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type lunrType from 'lunr';
import { loadDirectoryIndex, type DirectoryIndexFile, type FinderFilters } from '../lib/directory/search.ts';
import type { Point } from '../lib/directory/distance.ts';
import { startingState } from '../lib/web/form-state.ts';
import { directoryIndexUrl } from '../lib/offline/urls.ts';
import { loadLunrFor } from '../lib/directory/lunr-stemmers.ts';
import type { Lang } from '../i18n/locales.ts';
import { siteHref } from '../lib/web/site-href.ts';
import type { NearState } from './FinderForm.tsx';

type Lunr = typeof lunrType;
export interface DirectoryData {
  lunr: Lunr;
  idx: lunrType.Index;
  file: DirectoryIndexFile;
}

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

/**
 * The language's directory index and stemmer, loaded on demand: `load()`
 * starts it (once) when the reader touches the form or a filter is set, so
 * opening the directory page downloads no service list (issue 26).
 * `failed` when they could not be loaded.
 */
export function useDirectoryIndex(lang: Lang): { data: DirectoryData | null; failed: boolean; loading: boolean; load: () => void } {
  const [data, setData] = useState<DirectoryData | null>(null);
  const [failed, setFailed] = useState(false);
  const [loading, setLoading] = useState(false);
  const started = useRef(false);
  function load() {
    if (started.current) return;
    started.current = true;
    setLoading(true);
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
      } finally {
        setLoading(false);
      }
    })();
  }
  return { data, failed, loading, load };
}

/** The filters, in the URL (Back works, a filtered list can be shared) and in the form. */
export function useFilters() {
  const [filters, setFilters] = useState<FinderFilters>({});
  const [typed, setTyped] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const f = readStart(form.current);
    setFilters(f);
    setTyped(f.q ?? '');
    const url = toUrl(f);
    if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
    const onPop = () => {
      const u = readStart(null);
      setFilters(u);
      setTyped(u.q ?? '');
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  function change(next: FinderFilters, push = true) {
    const merged: FinderFilters = { ...filters, ...next };
    for (const k of Object.keys(merged) as (keyof FinderFilters)[]) if (!merged[k]) delete merged[k];
    if (next.country !== undefined && next.country !== filters.country) delete merged.city;
    setFilters(merged);
    const url = toUrl(merged);
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
  }

  /** The list follows the search box after a short pause (typing stays smooth on a slow phone). */
  function type(v: string) {
    setTyped(v);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => change({ q: v }, false), 150);
  }
  return { filters, typed, form, change, type };
}

/** "Near me": asked only when the person taps it; tapped again, it is forgotten. */
export function useNearMe() {
  const [near, setNear] = useState<Point | null>(null);
  const [nearState, setNearState] = useState<NearState>('off');
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
  return { near, nearState, askNear };
}

/** The clock, for "open now" (it changes every minute). */
export function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const tick = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(tick);
  }, []);
  return now;
}
