/**
 * Maps our directory to Open Referral HSDS 3.0: compiled service objects
 * (service with its organization, phones, schedules, languages, locations
 * and addresses, using HSDS field names such as `assured_date`,
 * `fees_description`, `eligibility_description`) and a flat CSV. Spanish,
 * the source language, fills HSDS's single-language text fields. Pure.
 */
import type { ServiceData } from '../schemas/service.ts';
import type { CountryData } from '../schemas/country.ts';

const DAY_RRULE: Record<string, string> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' };
const STATUS: Record<ServiceData['status'], string> = {
  active: 'active',
  inactive: 'inactive',
  'temporarily-closed': 'temporarily closed',
};

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** A stable id for a sub-record of a service, e.g. `oim-peru-phone-1`. */
const sub = (serviceId: string, kind: string, n: number) => `${serviceId}-${kind}-${n + 1}`;

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
    schedules: s.schedule.map((r, i) => ({
      id: sub(s.id, 'schedule', i),
      service_id: s.id,
      freq: 'WEEKLY',
      byday: r.days.map((d) => DAY_RRULE[d]).join(','),
      opens_at: r.opens,
      closes_at: r.closes,
      description: country ? `Local time (${country.timezone})` : null,
    })),
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
    metadata: s.sources.map((src, i) => ({ id: sub(s.id, 'source', i), resource_id: s.id, resource_type: 'service', field_name: 'description', previous_value: '', replacement_value: src.url, updated_by: src.title, last_action_date: s.assured, last_action_type: 'verify' })),
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
    };
    return HSDS_CSV_COLUMNS.map((c) => csvField(cells[c])).join(',');
  });
  return [HSDS_CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
