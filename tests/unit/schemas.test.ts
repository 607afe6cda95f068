import { describe, it, expect } from 'vitest';
import { guideSchema, scamSchema, serviceSchema, countrySchema, lessonSchema, courseSchema, e164, isCountryCode } from '../../src/schemas/index.ts';

const guide = {
  title: 'Pedir asilo',
  summary: 'Si tienes miedo de volver, puedes pedir protección.',
  topic: 'asylum',
  reviewed: '2026-11-01',
  sources: [{ title: 'Convención de 1951', url: 'https://www.acnur.org/' }],
};

describe('guide', () => {
  it('accepts a complete guide and applies defaults', () => {
    const g = guideSchema.parse(guide);
    expect(g.countries).toBe('all');
    expect(g.draft).toBe(false);
  });
  it('accepts a Date from YAML as the review date', () => {
    expect(guideSchema.parse({ ...guide, reviewed: new Date('2026-11-01') }).reviewed).toBe('2026-11-01');
  });
  it('rejects a summary over 200 characters, future dates and made-up countries', () => {
    expect(guideSchema.safeParse({ ...guide, summary: 'x'.repeat(201) }).success).toBe(false);
    expect(guideSchema.safeParse({ ...guide, reviewed: '2999-01-01' }).success).toBe(false);
    expect(guideSchema.safeParse({ ...guide, countries: ['XX'] }).success).toBe(false);
    expect(guideSchema.safeParse({ ...guide, countries: ['AR', 'CA'] }).success).toBe(true);
  });
});

describe('scam', () => {
  it('needs signs, what to do and where to report', () => {
    const scam = { ...guide, signs: ['Te piden dinero', 'Te apuran'], whatToDo: ['No pagues'], report: [{ country: 'all', text: 'Denuncia a la policía.' }] };
    expect(scamSchema.parse(scam).topic).toBe('asylum');
    const { topic: _topic, ...noTopic } = scam;
    expect(scamSchema.parse(noTopic).topic).toBe('safety');
    expect(scamSchema.safeParse({ ...scam, signs: ['solo una'] }).success).toBe(false);
    expect(scamSchema.safeParse({ ...scam, report: [] }).success).toBe(false);
  });
});

describe('service', () => {
  const service = {
    id: 'oim-peru',
    organization: { name: 'OIM' },
    name: { es: 'OIM Perú' },
    description: { es: 'Asistencia a personas migrantes.' },
    categories: ['legal'],
    country: 'PE',
    sources: [{ title: 'OIM Perú', url: 'https://peru.iom.int/' }],
    assured: '2026-11-01',
    assuredMethod: 'published-sources',
  };
  it('accepts a minimal entry and fills defaults', () => {
    const s = serviceSchema.parse(service);
    expect(s.status).toBe('active');
    expect(s.phones).toEqual([]);
  });
  it('requires E.164 phones with a source', () => {
    expect(serviceSchema.safeParse({ ...service, phones: [{ number: '+5114441234', source: 'https://peru.iom.int/' }] }).success).toBe(true);
    expect(serviceSchema.safeParse({ ...service, phones: [{ number: '+5114441234' }] }).success).toBe(false);
    expect(serviceSchema.safeParse({ ...service, phones: [{ number: '01 444 1234', source: 'https://x.org/' }] }).success).toBe(false);
  });
  it('never publishes the location of a confidential place', () => {
    const hidden = { ...service, hideLocation: true, location: { lat: -12, lon: -77 } };
    const r = serviceSchema.safeParse(hidden);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].message).toMatch(/confidential/);
  });
  it('rejects schedules that make no sense', () => {
    const row = (opens: string, closes: string) => ({ ...service, schedule: [{ days: ['mon'], opens, closes }] });
    expect(serviceSchema.safeParse(row('09:00', '17:00')).success).toBe(true);
    expect(serviceSchema.safeParse(row('22:00', '06:00')).success).toBe(true);
    expect(serviceSchema.safeParse(row('09:00', '09:00')).success).toBe(false);
    expect(serviceSchema.safeParse(row('9am', '17:00')).success).toBe(false);
    expect(serviceSchema.safeParse({ ...service, schedule: [{ days: ['lunes'], opens: '09:00', closes: '17:00' }] }).success).toBe(false);
  });
});

describe('e164 and country codes', () => {
  it('accepts international numbers only', () => {
    expect(e164.safeParse('+56322123456').success).toBe(true);
    expect(e164.safeParse('+1 833 900 1010').success).toBe(false);
    expect(e164.safeParse('911').success).toBe(false);
    expect(e164.safeParse('+0123456789').success).toBe(false);
  });
  it('knows real ISO country codes', () => {
    for (const c of ['AR', 'CL', 'CO', 'PE', 'MX', 'CA', 'HT', 'VE']) expect(isCountryCode(c)).toBe(true);
    for (const c of ['XX', 'ar', 'ARG', '']) expect(isCountryCode(c)).toBe(false);
  });
});

describe('country', () => {
  it('validates timezones and dial strings', () => {
    const c = { code: 'CL', name: { es: 'Chile' }, timezone: 'America/Santiago', emergency: [{ kind: 'police', label: { es: 'Carabineros' }, number: '133', source: 'https://www.carabineros.cl/' }] };
    expect(countrySchema.safeParse(c).success).toBe(true);
    expect(countrySchema.safeParse({ ...c, timezone: 'Chile/Santiagoo' }).success).toBe(false);
    expect(countrySchema.safeParse({ ...c, emergency: [{ ...c.emergency[0], number: '1-3-3' }] }).success).toBe(false);
  });
});

describe('course and lesson', () => {
  it('defaults the pass mark to 70', () => {
    expect(courseSchema.parse({ title: { es: 'Curso' }, summary: { es: 'Resumen' }, audience: 'staff', minutes: 20 }).passMark).toBe(70);
  });
  it('accepts one or several right answers within the choices', () => {
    const q = { question: '¿Cuál?', choices: ['a', 'b', 'c'], explanation: 'Porque sí, explicado.' };
    expect(lessonSchema.safeParse({ title: 'Lección', minutes: 5, quiz: [{ ...q, answer: 1 }] }).success).toBe(true);
    expect(lessonSchema.safeParse({ title: 'Lección', minutes: 5, quiz: [{ ...q, answer: [0, 2] }] }).success).toBe(true);
    expect(lessonSchema.safeParse({ title: 'Lección', minutes: 5, quiz: [{ ...q, answer: [0, 3] }] }).success).toBe(false);
  });
});
