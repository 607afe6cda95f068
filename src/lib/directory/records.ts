/**
 * Turns validated service entries into the compact records the finder
 * downloads, in one language (Spanish where a text is not translated).
 * Confidential places never carry a location. Pure.
 */
import type { ServiceData } from '../../schemas/service.ts';
import type { CountryData } from '../../schemas/country.ts';
import { pick, type Lang } from '../../i18n/locale.ts';
import type { ServiceRecord } from './search.ts';
import { groupPhone } from '../web/phone-format.ts';

/** The institution of its country that runs a service (`institution`), if any. */
export function serviceInstitution(s: Pick<ServiceData, 'institution'>, country: Pick<CountryData, 'institutions'> | undefined) {
  return s.institution ? country?.institutions?.find((i) => i.id === s.institution) : undefined;
}

/** Cuts a description to a short preview on a word boundary. */
export function preview(text: string, max = 180): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).trimEnd()}…`;
}

/** Published: not a draft. A published service has its own page and is in the HSDS export (with its status). */
export const isPublished = (s: { draft?: boolean }): boolean => !s.draft;

/** Listed: published and not inactive. Listed services are in the finder, the directory list and the printed directory. */
export const isListed = (s: { draft?: boolean; status: string }): boolean => isPublished(s) && s.status !== 'inactive';

/** The time zone of a service's hours: its own, else its country's. */
export function serviceTimeZone(s: Pick<ServiceData, 'timezone'>, country: Pick<CountryData, 'timezone'> | undefined): string {
  return s.timezone ?? country?.timezone ?? 'UTC';
}

/** Exceptions whose last day is `today` or later (entries parsed without the field have none). */
export function upcomingExceptions(s: Pick<ServiceData, 'exceptions'>, today = new Date().toISOString().slice(0, 10)) {
  return (s.exceptions ?? []).filter((e) => (e.until ?? e.from) >= today);
}

/** Records for `lang`, of listed services only. */
export function toRecords(services: readonly ServiceData[], countries: ReadonlyMap<string, CountryData>, lang: Lang, now: Date = new Date()): ServiceRecord[] {
  const today = now.toISOString().slice(0, 10);
  const upcoming = (s: ServiceData) => upcomingExceptions(s, today);
  return services
    .filter(isListed)
    .map((s) => ({
      id: s.id,
      name: pick(s.name, lang).text,
      org: s.organization.name,
      description: preview(pick(s.description, lang).text),
      categories: [...s.categories],
      country: s.country,
      city: s.city,
      region: s.region,
      languages: [...s.languages],
      free: s.fees?.free === true,
      phones: s.phones.map((p) => ({ number: p.number, whatsapp: p.whatsapp, display: groupPhone(p.number) })),
      schedule: s.schedule.map((r) => ({ days: [...r.days], opens: r.opens, closes: r.closes, ...(r.from && { from: r.from }), ...(r.until && { until: r.until }) })),
      // Past exceptions are of no use to the finder.
      ...(upcoming(s).length > 0 && {
        exceptions: upcoming(s).map((e) => ({ from: e.from, ...(e.until && { until: e.until }), ...(e.opens && { opens: e.opens, closes: e.closes }) })),
      }),
      timezone: serviceTimeZone(s, countries.get(s.country)),
      location: s.hideLocation ? null : (s.location ?? null),
      assured: s.assured,
      method: s.assuredMethod,
      ...enforcing(s, countries.get(s.country), lang),
    }));
}

/** What a record needs to warn that an institution enforcing migration runs the service. */
function enforcing(s: ServiceData, country: CountryData | undefined, lang: Lang): Pick<ServiceRecord, 'enforces' | 'warning'> {
  // Its own institution's warning, else that of the first institution its texts name that enforces migration.
  const named = (s.institutions ?? []).map((id) => country?.institutions?.find((i) => i.id === id)).find((i) => i?.enforcesMigration);
  const own = serviceInstitution(s, country);
  const inst = own && (own.enforcesMigration || own.warning) ? own : named;
  if (!inst || (!inst.enforcesMigration && !inst.warning)) return {};
  return inst.warning ? { enforces: inst.kind, warning: pick(inst.warning, lang).text } : { enforces: inst.kind };
}

/** After this many months without a person verifying it, a service says so to readers. */
export const STALE_SERVICE_MONTHS = 6;

/** Whole months from `iso` (YYYY-MM-DD) to `now`. */
export function monthsSince(iso: string, now: Date = new Date()): number {
  return Math.floor((now.getTime() - Date.parse(iso)) / (30.44 * 24 * 3600 * 1000));
}

/** A city as an address part: ASCII, lowercase, dashes ("Ciudad de México" → "ciudad-de-mexico"). */
export function citySlug(city: string): string {
  return city
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The address of the page listing a city's services. */
export const cityPath = (lang: string, country: string, city: string) => `/${lang}/directory/${country.toLowerCase()}/${citySlug(city)}/`;

/** Cities that have listed services, per country: each with its services (in the order given). */
export function servicesByCity<S extends { data: { country: string; city?: string; draft?: boolean; status: string } }>(
  services: readonly S[],
): { country: string; city: string; slug: string; services: S[] }[] {
  const places = new Map<string, { country: string; city: string; slug: string; services: S[] }>();
  for (const s of services) {
    if (!isListed(s.data) || !s.data.city) continue;
    const slug = citySlug(s.data.city);
    const key = `${s.data.country}/${slug}`;
    const place = places.get(key) ?? { country: s.data.country, city: s.data.city, slug, services: [] };
    place.services.push(s);
    places.set(key, place);
  }
  return [...places.values()];
}
