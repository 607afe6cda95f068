import { describe, it, expect } from 'vitest';
import { createRequire } from 'node:module';
import { buildDirectoryIndex, loadDirectoryIndex, searchDirectory, findServices, type ServiceRecord } from '../../src/lib/directory/search.ts';
import { toRecords } from '../../src/lib/directory/records.ts';
import { toHsdsService, toHsdsCsv, csvField } from '../../src/lib/directory/hsds.ts';
import { lunrWithLanguages } from '../../src/integrations/directory-index.ts';
import { serviceSchema, countrySchema } from '../../src/schemas/index.ts';

const require = createRequire(import.meta.url);

const chile = countrySchema.parse({
  code: 'CL',
  name: { es: 'Chile' },
  timezone: 'America/Santiago',
  emergency: [{ kind: 'police', label: { es: 'Carabineros' }, number: '133', source: 'https://www.carabineros.cl/' }],
});

const service = serviceSchema.parse({
  id: 'centro-ejemplo',
  organization: { name: 'Centro de Ejemplo', website: { url: 'https://ejemplo.org/', source: 'https://ejemplo.org/' } },
  name: { es: 'Orientación jurídica para migrantes', en: 'Legal guidance for migrants' },
  description: { es: 'Orientación jurídica gratuita sobre regularización y refugio.', en: 'Free legal guidance on regularization and refuge.' },
  categories: ['legal', 'asylum'],
  status: 'temporarily-closed',
  country: 'CL',
  region: 'Valparaíso',
  city: 'Casablanca',
  address: { text: 'Calle Ejemplo 123', source: 'https://ejemplo.org/contacto' },
  location: { lat: -33.32, lon: -71.41 },
  phones: [{ number: '+56322123456', whatsapp: true, description: { es: 'Recepción' }, source: 'https://ejemplo.org/contacto' }],
  email: { address: 'contacto@ejemplo.org', source: 'https://ejemplo.org/contacto' },
  website: { url: 'https://ejemplo.org/juridico', source: 'https://ejemplo.org/' },
  languages: ['es', 'ht'],
  schedule: [{ days: ['mon', 'wed'], opens: '09:00', closes: '13:00' }],
  fees: { free: true, description: { es: 'Sin costo' } },
  eligibility: { es: 'Personas migrantes de la región' },
  documentsRequired: { es: 'Documento de identidad, si lo tienes' },
  sources: [{ title: 'Centro de Ejemplo', url: 'https://ejemplo.org/' }],
  assured: '2026-11-01',
  assuredMethod: 'published-sources',
});

describe('HSDS 3.0 export', () => {
  const h = toHsdsService(service, chile);
  it('maps the service fields to HSDS names', () => {
    expect(h).toMatchObject({
      id: 'centro-ejemplo',
      organization_id: 'org-centro-ejemplo',
      name: 'Orientación jurídica para migrantes',
      alternate_name: 'Legal guidance for migrants',
      description: 'Orientación jurídica gratuita sobre regularización y refugio.',
      url: 'https://ejemplo.org/juridico',
      email: 'contacto@ejemplo.org',
      status: 'temporarily closed',
      fees_description: 'Sin costo',
      eligibility_description: 'Personas migrantes de la región',
      assured_date: '2026-11-01',
    });
    expect(h.organization).toEqual({ id: 'org-centro-ejemplo', name: 'Centro de Ejemplo', website: 'https://ejemplo.org/' });
  });
  it('maps phones, schedules, languages, documents and the location', () => {
    expect(h.phones).toEqual([{ id: 'centro-ejemplo-phone-1', service_id: 'centro-ejemplo', number: '+56322123456', type: 'voice', description: 'Recepción · WhatsApp' }]);
    expect(h.schedules[0]).toMatchObject({ freq: 'WEEKLY', byday: 'MO,WE', opens_at: '09:00', closes_at: '13:00', description: 'Regular hours', notes: 'Local time (America/Santiago)' });
    expect(h.languages.map((l) => [l.code, l.name])).toEqual([
      ['es', 'Spanish'],
      ['ht', 'Haitian Creole'],
    ]);
    expect(h.required_documents[0].document).toBe('Documento de identidad, si lo tienes');
    const loc = h.service_at_locations[0].location;
    expect(loc).toMatchObject({ location_type: 'physical', latitude: -33.32, longitude: -71.41 });
    expect(loc.addresses[0]).toMatchObject({ address_1: 'Calle Ejemplo 123', city: 'Casablanca', state_province: 'Valparaíso', country: 'CL' });
    expect(h.attributes.map((a) => a.taxonomy_term_id)).toEqual(['legal', 'asylum']);
  });
  it('never exports the location of a confidential place', () => {
    const hidden = serviceSchema.parse({ ...service, address: undefined, location: undefined, hideLocation: true });
    expect(toHsdsService(hidden, chile).service_at_locations).toEqual([]);
  });
  it('writes a CSV with a header and quoted fields', () => {
    const csv = toHsdsCsv([service], new Map([['CL', chile]]));
    const [header, row] = csv.trim().split('\r\n');
    expect(header.split(',')).toContain('assured_date');
    expect(row.startsWith('centro-ejemplo,Centro de Ejemplo,Orientación jurídica para migrantes,')).toBe(true);
    expect(row).toContain('legal;asylum');
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
  });
});

describe('directory index', () => {
  const lunr = lunrWithLanguages();
  const records = toRecords([service], new Map([['CL', chile]]), 'es');

  it('keeps records compact and in the reader language, with Spanish fallback', () => {
    expect(records[0]).toMatchObject({ id: 'centro-ejemplo', name: 'Orientación jurídica para migrantes', free: true, timezone: 'America/Santiago' });
    expect(toRecords([service], new Map([['CL', chile]]), 'en')[0].name).toBe('Legal guidance for migrants');
    expect(toRecords([service], new Map([['CL', chile]]), 'ar')[0].name).toBe('Orientación jurídica para migrantes');
    const hidden = serviceSchema.parse({ ...service, address: undefined, hideLocation: true, location: undefined });
    expect(toRecords([hidden], new Map([['CL', chile]]), 'es')[0].location).toBeNull();
  });

  for (const lang of ['es', 'en', 'fr', 'pt', 'ht', 'ar']) {
    it(`round-trips through JSON and finds by stem, prefix and typo (${lang})`, () => {
      const recs = toRecords([service], new Map([['CL', chile]]), lang as 'es');
      const json = JSON.parse(JSON.stringify(buildDirectoryIndex(lunr, lang, recs)));
      const idx = loadDirectoryIndex(lunr, lang, json);
      expect(searchDirectory(lunr, idx, 'Casablanca')).toEqual(['centro-ejemplo']);
      expect(searchDirectory(lunr, idx, 'Casablnca')).toEqual(['centro-ejemplo']);
      expect(searchDirectory(lunr, idx, 'Centro Ejem')).toEqual(['centro-ejemplo']);
      expect(searchDirectory(lunr, idx, 'bicicleta')).toEqual([]);
    });
  }

  it('stems Spanish: "jurídicas" finds "jurídica"', () => {
    const idx = loadDirectoryIndex(lunr, 'es', buildDirectoryIndex(lunr, 'es', records));
    expect(searchDirectory(lunr, idx, 'orientaciones')).toEqual(['centro-ejemplo']);
  });

  it('fails clearly when the language plugin was not registered', () => {
    const serialized = buildDirectoryIndex(lunr, 'fr', records);
    // A fresh lunr without lunr-languages.
    delete require.cache[require.resolve('lunr')];
    const bare = require('lunr');
    expect(() => loadDirectoryIndex(bare, 'fr', serialized)).toThrow(/lunr language plugin for "fr" is not registered/);
    expect(() => buildDirectoryIndex(bare, 'pt', records)).toThrow(/lunr-languages\/lunr\.pt/);
  });
});

describe('findServices', () => {
  const base: ServiceRecord = {
    id: 'a',
    name: 'A',
    org: 'O',
    description: '',
    categories: ['legal'],
    country: 'CL',
    city: 'Santiago',
    languages: ['es'],
    free: true,
    phones: [],
    schedule: [{ days: ['mon'], opens: '09:00', closes: '17:00' }],
    timezone: 'America/Santiago',
    location: null,
  };
  const recs: ServiceRecord[] = [
    base,
    { ...base, id: 'b', name: 'B', categories: ['health'], country: 'PE', city: 'Lima', free: false, languages: ['es', 'ht'], schedule: [], location: { lat: -12, lon: -77 } },
    { ...base, id: 'c', name: 'C', city: 'Valparaíso', location: { lat: -33, lon: -71.6 } },
  ];
  // Monday 2026-11-23 12:00 in Santiago (UTC-3).
  const monday = new Date('2026-11-23T15:00:00Z');
  it('combines filters', () => {
    expect(findServices(recs, { category: 'legal' }).map((r) => r.id)).toEqual(['a', 'c']);
    expect(findServices(recs, { country: 'CL', city: 'Valparaíso' }).map((r) => r.id)).toEqual(['c']);
    expect(findServices(recs, { language: 'ht' }).map((r) => r.id)).toEqual(['b']);
    expect(findServices(recs, { free: true }).map((r) => r.id)).toEqual(['a', 'c']);
    expect(findServices(recs, { openNow: true }, { now: monday }).map((r) => r.id)).toEqual(['a', 'c']);
    expect(findServices(recs, { openNow: true }, { now: new Date('2026-11-24T15:00:00Z') })).toEqual([]);
  });
  it('keeps relevance order for a text match and sorts by distance near a point', () => {
    expect(findServices(recs, {}, { matchIds: ['c', 'a'] }).map((r) => r.id)).toEqual(['c', 'a']);
    expect(findServices(recs, {}, { near: { lat: -12.1, lon: -77 } }).map((r) => r.id)).toEqual(['b', 'c', 'a']);
  });
});
