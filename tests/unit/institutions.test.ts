import { describe, it, expect } from 'vitest';
import { countrySchema, scamSchema, serviceSchema } from '../../src/schemas/index.ts';
import { institutionSchema } from '../../src/schemas/institution.ts';
import { emergencyWithInstitutions, enforcerMatcher, resolveInstitutions, safeFirst, warningKey } from '../../src/lib/advice/institutions.ts';
import { groupPhone } from '../../src/lib/web/phone-format.ts';

const src = { title: 'Ley', url: 'https://www.bcn.cl/leychile/' };
const inst = (id: string, enforcesMigration: boolean, extra: Record<string, unknown> = {}) => ({
  id,
  kind: enforcesMigration ? 'police' : 'prosecutor',
  name: { es: id.toUpperCase() },
  ...(enforcesMigration ? { aliases: [id.toUpperCase()] } : {}),
  enforcesMigration,
  enforcesMigrationSource: src,
  sources: [src],
  verified: '2026-11-01',
  ...extra,
});

describe('institution schema', () => {
  it('needs the source that says whether it enforces migration, and aliases when it does', () => {
    expect(institutionSchema.safeParse(inst('fiscalia', false)).success).toBe(true);
    const { enforcesMigrationSource: _s, ...noSource } = inst('fiscalia', false);
    expect(institutionSchema.safeParse(noSource).success).toBe(false);
    const { aliases: _a, ...noAliases } = inst('pdi', true);
    const r = institutionSchema.safeParse(noAliases);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0].path).toEqual(['aliases']);
  });
  it('takes numbers as dialled in the country, short or grouped', () => {
    const phones = (number: string) => institutionSchema.safeParse(inst('pdi', true, { phones: [{ number, source: 'https://www.pdichile.cl/' }] })).success;
    expect(phones('134')).toBe(true);
    expect(phones('600 333 0000')).toBe(true);
    expect(phones('+56 2 2345')).toBe(false);
    expect(phones('12')).toBe(false);
  });
  it('a country refuses two institutions with one id, and an emergency number naming an unknown one', () => {
    const country = {
      code: 'CL',
      name: { es: 'Chile' },
      timezone: 'America/Santiago',
      emergency: [{ kind: 'police', label: { es: 'PDI' }, number: '134', source: 'https://www.pdichile.cl/', institution: 'pdi' }],
      institutions: [inst('fiscalia', false), inst('pdi', true)],
    };
    expect(countrySchema.safeParse(country).success).toBe(true);
    expect(countrySchema.safeParse({ ...country, institutions: [inst('fiscalia', false), inst('fiscalia', false), inst('pdi', true)] }).success).toBe(false);
    const unknown = countrySchema.safeParse({ ...country, institutions: [inst('fiscalia', false)] });
    expect(unknown.success).toBe(false);
    expect(unknown.error!.issues[0].path).toEqual(['emergency', 0, 'institution']);
  });
  it('a scam report names institutions by id, or says where in words; never institutions for "all"', () => {
    const scam = {
      title: 'Estafa',
      summary: 'Alguien te pide dinero por un trámite gratis.',
      reviewed: '2026-11-01',
      sources: [src],
      signs: ['Te piden dinero', 'Te apuran'],
      whatToDo: ['No pagues'],
    };
    expect(scamSchema.safeParse({ ...scam, report: [{ country: 'CL', institutions: ['fiscalia', 'pdi'] }] }).success).toBe(true);
    expect(scamSchema.safeParse({ ...scam, report: [{ country: 'CL' }] }).success).toBe(false);
    expect(scamSchema.safeParse({ ...scam, report: [{ country: 'all', institutions: ['fiscalia'] }] }).success).toBe(false);
    expect(scamSchema.safeParse({ ...scam, report: [{ country: 'all', text: 'ACNUR, en help.unhcr.org' }] }).success).toBe(true);
  });
});

describe('service phones and verification', () => {
  const service = {
    id: 'linea-144',
    organization: { name: 'Ministerio' },
    name: { es: 'Línea 144' },
    description: { es: 'Atención a mujeres en situación de violencia.' },
    categories: ['gbv'],
    country: 'AR',
    sources: [src],
    assured: '2026-11-01',
    assuredMethod: 'published-sources',
  };
  it('allows a national short code, but not for WhatsApp', () => {
    expect(serviceSchema.safeParse({ ...service, phones: [{ number: '144', source: 'https://www.argentina.gob.ar/' }] }).success).toBe(true);
    expect(serviceSchema.safeParse({ ...service, phones: [{ number: '144', whatsapp: true, source: 'https://www.argentina.gob.ar/' }] }).success).toBe(false);
    expect(serviceSchema.safeParse({ ...service, phones: [{ number: '14', source: 'https://www.argentina.gob.ar/' }] }).success).toBe(false);
  });
  it('records how it was verified: phone, visit, email or published-sources', () => {
    for (const m of ['phone', 'visit', 'email', 'published-sources']) expect(serviceSchema.safeParse({ ...service, assuredMethod: m }).success).toBe(true);
    expect(serviceSchema.safeParse({ ...service, assuredMethod: 'called' }).success).toBe(false);
    const { assuredMethod: _m, ...none } = service;
    expect(serviceSchema.safeParse(none).success).toBe(false);
  });
});

describe('ordering and warnings', () => {
  const registry = [inst('pdi', true), inst('fiscalia', false), inst('carabineros', false)];
  it('lists channels that do not enforce migration first, keeping the page’s order otherwise', () => {
    const { list, missing } = resolveInstitutions(registry, ['pdi', 'carabineros', 'nadie', 'fiscalia']);
    expect(list.map((i) => i.id)).toEqual(['carabineros', 'fiscalia', 'pdi']);
    expect(missing).toEqual(['nadie']);
    expect(safeFirst([{ enforcesMigration: true }, {}]).length).toBe(2);
    // A channel with a caution (it may bring in a force that enforces migration) comes between the two.
    const cautioned = { id: '911', enforcesMigration: false, warning: { es: 'Puede venir una fuerza federal.' } };
    expect(safeFirst([{ id: 'pdi', enforcesMigration: true }, cautioned, { id: 'fiscalia', enforcesMigration: false }]).map((i) => i.id)).toEqual(['fiscalia', '911', 'pdi']);
  });
  it('emergency numbers answered by an enforcing institution come after the rest, with it attached', () => {
    const out = emergencyWithInstitutions({ emergency: [{ number: '134', institution: 'pdi' }, { number: '133' }], institutions: registry });
    expect(out.map((e) => e.number)).toEqual(['133', '134']);
    expect(out[1].inst?.id).toBe('pdi');
  });
  it('has a general warning per kind', () => {
    expect(warningKey('police')).toBe('institution.warning.police');
    expect(warningKey('migration')).toBe('institution.warning.migration');
    expect(warningKey('hotline')).toBe('institution.warning.other');
  });
});

describe('enforcerMatcher finds enforcing institutions named in text', () => {
  const match = enforcerMatcher([
    { id: 'pdi', country: 'CL', names: ['Policía de Investigaciones (PDI)', 'PDI', 'Policía de Investigaciones', 'شرطة التحقيقات'] },
    { id: 'inm', country: 'MX', names: ['Instituto Nacional de Migración', 'INM'] },
  ]);
  it('finds acronyms exactly and long names in any case, once each', () => {
    expect(match('Llama a la PDI al 134.').map((m) => m.found)).toEqual(['PDI']);
    expect(match('la policía de investigaciones (PDI) recibe denuncias').map((m) => m.found)).toEqual(['policía de investigaciones (PDI)']);
    expect(match('اتصل بشرطة التحقيقات').length).toBe(0); // joined to a prefix: not a whole word
    expect(match('اتصل ب شرطة التحقيقات').map((m) => m.id)).toEqual(['pdi']);
    expect(match('Ve al INM o al Instituto Nacional de Migración.').map((m) => m.id)).toEqual(['inm', 'inm']);
  });
  it('does not count web addresses, link targets or parts of words', () => {
    expect(match('Ver https://www.pdichile.cl/PDI y [la ley](https://www.gob.mx/inm/INM).')).toEqual([]);
    expect(match('Las PDIs y el INMUJERES')).toEqual([]);
    expect(match('pdi')).toEqual([]);
  });
});

describe('groupPhone', () => {
  it('groups E.164 numbers as their country writes them and leaves short codes alone', () => {
    expect(groupPhone('+18339001010')).toBe('+1 833 900 1010');
    expect(groupPhone('+525555555555')).toBe('+52 55 5555 5555');
    expect(groupPhone('+541143456789')).toBe('+54 11 4345 6789');
    expect(groupPhone('144')).toBe('144');
  });
});

describe('a name two countries share', () => {
  it('is not looked for when another country’s institution bears it without enforcing migration', () => {
    const match = enforcerMatcher(
      [{ id: 'policia-nacional', country: 'PE', names: ['Policía Nacional', 'Policía Nacional del Perú', 'PNP'] }],
      ['Policía Nacional'],
    );
    expect(match('En Colombia, llama a la Policía Nacional (123).')).toEqual([]);
    expect(match('En Perú, la Policía Nacional del Perú (PNP) …').map((m) => m.found)).toEqual(['Policía Nacional del Perú', 'PNP']);
  });
});
