/**
 * Turns validated service entries into the compact records the finder
 * downloads, in one language (Spanish where a text is not translated).
 * Confidential places never carry a location. Pure.
 */
import type { ServiceData } from '../schemas/service.ts';
import type { CountryData } from '../schemas/country.ts';
import { pick, type Lang } from './locale.ts';
import type { ServiceRecord } from './directory-search.ts';

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

/** Records for `lang`, of listed services only. */
export function toRecords(services: readonly ServiceData[], countries: ReadonlyMap<string, CountryData>, lang: Lang): ServiceRecord[] {
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
      phones: s.phones.map((p) => ({ number: p.number, whatsapp: p.whatsapp })),
      schedule: s.schedule.map((r) => ({ days: [...r.days], opens: r.opens, closes: r.closes })),
      timezone: countries.get(s.country)?.timezone ?? 'UTC',
      location: s.hideLocation ? null : (s.location ?? null),
      assured: s.assured,
    }));
}

/** After this many months without a person verifying it, a service says so to readers. */
export const STALE_SERVICE_MONTHS = 6;

/** Whole months from `iso` (YYYY-MM-DD) to `now`. */
export function monthsSince(iso: string, now: Date = new Date()): number {
  return Math.floor((now.getTime() - Date.parse(iso)) / (30.44 * 24 * 3600 * 1000));
}
