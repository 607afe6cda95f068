/**
 * Maps our directory to Open Referral HSDS 3.0: compiled service objects
 * (service with its organization, phones, schedules, languages, locations
 * and addresses, using HSDS field names such as `assured_date`,
 * `fees_description`, `eligibility_description`) and a flat CSV. Spanish,
 * the source language, fills HSDS's single-language text fields. Pure.
 */
import type { ServiceData } from '../../schemas/service.ts';
import type { CountryData } from '../../schemas/country.ts';
import { serviceTimeZone } from './records.ts';
import { utcOffset } from './open-now.ts';

const DAY_RRULE: Record<string, string> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' };
const STATUS: Record<ServiceData['status'], string> = {
  active: 'active',
  inactive: 'inactive',
  'temporarily-closed': 'temporarily closed',
};

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** A stable id for a sub-record of a service, e.g. `oim-peru-phone-1`. */
const sub = (serviceId: string, kind: string, n: number) => `${serviceId}-${kind}-${n + 1}`;

const ALL_DAYS = 'MO,TU,WE,TH,FR,SA,SU';

/** HSDS times are HH:MM within a day: our "24:00" (end of the day) is written 23:59. */
const hsdsTime = (t: string) => (t === '24:00' ? '23:59' : t);

/**
 * HSDS's `timezone` is a fixed UTC offset in hours. It is given only for
 * zones that keep one offset all year (a fixed offset would be wrong half
 * the year in Toronto or Santiago); the IANA name is always in `notes`.
 */
export function fixedOffsetHours(timeZone: string, year = new Date().getUTCFullYear()): number | null {
  const jan = utcOffset(new Date(Date.UTC(year, 0, 15)), timeZone);
  const jul = utcOffset(new Date(Date.UTC(year, 6, 15)), timeZone);
  if (jan !== jul) return null;
  const m = /^UTC(?:([+\u2212])(\d+)(?::(\d{2}))?)?$/.exec(jan);
  if (!m || !m[1]) return 0;
  const hours = Number(m[2]) + (m[3] ? Number(m[3]) / 60 : 0);
  return m[1] === '+' ? hours : -hours;
}

/** An HSDS 3.0 schedule, with the fields this export fills. */
export interface HsdsSchedule {
  id: string;
  service_id: string;
  timezone?: number;
  notes: string;
  description: string;
  freq?: 'WEEKLY';
  wkst?: 'MO';
  byday?: string;
  opens_at?: string;
  closes_at?: string;
  valid_from?: string;
  valid_to?: string;
  dtstart?: string;
  until?: string;
}

/**
 * A service's hours as HSDS 3.0 schedules (RFC 5545 recurrence fields):
 * each row WEEKLY on its days, a season's rows limited by `valid_from`/
 * `valid_to`; each exception a schedule for its dates, closed (no hours)
 * or open for its hours every day of the range.
 */
export function toHsdsSchedules(s: ServiceData, country?: Pick<CountryData, 'timezone'>): HsdsSchedule[] {
  const zone = serviceTimeZone(s, country);
  const offset = fixedOffsetHours(zone);
  const common = { service_id: s.id, ...(offset !== null && { timezone: offset }), notes: `Local time (${zone})` };
  const rows = s.schedule.map((r, i): HsdsSchedule => ({
    id: sub(s.id, 'schedule', i),
    ...common,
    freq: 'WEEKLY' as const,
    wkst: 'MO' as const,
    byday: r.days.map((d) => DAY_RRULE[d]).join(','),
    opens_at: hsdsTime(r.opens),
    closes_at: hsdsTime(r.closes),
    ...(r.from && { valid_from: r.from, dtstart: r.from }),
    ...(r.until && { valid_to: r.until, until: r.until }),
    description: r.from || r.until ? `Seasonal hours${r.from ? ` from ${r.from}` : ''}${r.until ? ` until ${r.until}` : ''}` : 'Regular hours',
  }));
  const exceptions = (s.exceptions ?? []).map((e, i): HsdsSchedule => {
    const until = e.until ?? e.from;
    const why = e.note?.es ? `: ${e.note.es}` : '';
    return {
      id: sub(s.id, 'exception', i),
      ...common,
      valid_from: e.from,
      valid_to: until,
      ...(e.opens
        ? { freq: 'WEEKLY' as const, wkst: 'MO' as const, byday: ALL_DAYS, dtstart: e.from, until, opens_at: hsdsTime(e.opens), closes_at: hsdsTime(e.closes!), description: `Other hours from ${e.from} to ${until}${why}` }
        : { description: `Closed from ${e.from} to ${until}${why}` }),
    };
  });
  return [...rows, ...exceptions];
}

/** How a service was verified, in plain words for the HSDS export (HSDS has no field for the method). */
export const VERIFICATION_WORDS: Record<ServiceData['assuredMethod'], string> = {
  phone: 'checked by phone',
  visit: 'checked in a visit',
  email: 'checked by email',
  'published-sources': 'checked against its published pages',
};

/** One HSDS 3.0 compiled service. */
export function toHsdsService(s: ServiceData, country?: CountryData) {
  const orgId = `org-${s.id}`;
  const located = !s.hideLocation && (s.address || s.location || s.city);
  const locationId = located ? sub(s.id, 'location', 0) : null;
  return {
    id: s.id,
    organization_id: orgId,
    name: s.name.es,
    alternate_name: s.name.en ?? null,
    description: s.description.es,
    url: s.website?.url ?? null,
    email: s.email?.address ?? null,
    status: STATUS[s.status],
    fees_description: s.fees ? (s.fees.description?.es ?? (s.fees.free ? 'Gratuito' : null)) : null,
    eligibility_description: s.eligibility?.es ?? null,
    assured_date: s.assured,
    attributes: s.categories.map((c, i) => ({ id: sub(s.id, 'category', i), link_id: s.id, link_type: 'service', taxonomy_term_id: c, label: c })),
    phones: s.phones.map((p, i) => ({
      id: sub(s.id, 'phone', i),
      service_id: s.id,
      number: p.number,
      type: 'voice',
      description: [p.description?.es, p.whatsapp ? 'WhatsApp' : null].filter(Boolean).join(' · ') || null,
    })),
    schedules: toHsdsSchedules(s, country),
    languages: s.languages.map((code, i) => ({ id: sub(s.id, 'language', i), service_id: s.id, code, name: languageNames.of(code) ?? code })),
    required_documents: s.documentsRequired ? [{ id: sub(s.id, 'document', 0), service_id: s.id, document: s.documentsRequired.es }] : [],
    organization: {
      id: orgId,
      name: s.organization.name,
      website: s.organization.website?.url ?? null,
    },
    service_at_locations: locationId
      ? [
          {
            id: sub(s.id, 'service-at-location', 0),
            service_id: s.id,
            location_id: locationId,
            location: {
              id: locationId,
              location_type: 'physical',
              organization_id: orgId,
              latitude: s.location?.lat ?? null,
              longitude: s.location?.lon ?? null,
              addresses: [
                {
                  id: sub(s.id, 'address', 0),
                  location_id: locationId,
                  address_1: s.address?.text ?? null,
                  city: s.city ?? null,
                  region: s.region ?? null,
                  state_province: s.region ?? null,
                  country: s.country,
                  address_type: 'physical',
                },
              ],
            },
          },
        ]
      : [],
    metadata: [
      // The verification: when, and how (HSDS's metadata records who changed what, and how).
      { id: sub(s.id, 'assured', 0), resource_id: s.id, resource_type: 'service', field_name: 'assured_date', previous_value: '', replacement_value: s.assured, updated_by: VERIFICATION_WORDS[s.assuredMethod], last_action_date: s.assured, last_action_type: `verify: ${s.assuredMethod}` },
      ...s.sources.map((src, i) => ({ id: sub(s.id, 'source', i), resource_id: s.id, resource_type: 'service', field_name: 'description', previous_value: '', replacement_value: src.url, updated_by: src.title, last_action_date: s.assured, last_action_type: 'verify' })),
    ],
  };
}

/** The columns of the flat CSV export, in order. */
export const HSDS_CSV_COLUMNS = [
  'id',
  'organization_name',
  'name',
  'description',
  'categories',
  'status',
  'country',
  'region',
  'city',
  'address_1',
  'phones',
  'email',
  'url',
  'languages',
  'fees_description',
  'eligibility_description',
  'assured_date',
  'assured_method',
] as const;

/** Quotes a CSV field when needed (RFC 4180). */
export function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The flat CSV: one row per service, UTF-8 with a header row. */
export function toHsdsCsv(services: readonly ServiceData[], countries: ReadonlyMap<string, CountryData>): string {
  const rows = services.map((s) => {
    const h = toHsdsService(s, countries.get(s.country));
    const address = h.service_at_locations[0]?.location.addresses[0];
    const cells: Record<(typeof HSDS_CSV_COLUMNS)[number], string> = {
      id: h.id,
      organization_name: h.organization.name,
      name: h.name,
      description: h.description,
      categories: s.categories.join(';'),
      status: h.status,
      country: s.country,
      region: s.region ?? '',
      city: s.city ?? '',
      address_1: address?.address_1 ?? '',
      phones: h.phones.map((p) => p.number).join(';'),
      email: h.email ?? '',
      url: h.url ?? '',
      languages: s.languages.join(';'),
      fees_description: h.fees_description ?? '',
      eligibility_description: h.eligibility_description ?? '',
      assured_date: h.assured_date,
      assured_method: VERIFICATION_WORDS[s.assuredMethod],
    };
    return HSDS_CSV_COLUMNS.map((c) => csvField(cells[c])).join(',');
  });
  return [HSDS_CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
