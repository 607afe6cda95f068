import { describe, it, expect } from 'vitest';
import { decapConfig, type DecapField } from '../../src/lib/editor/config.ts';
import { TOPICS, CATEGORIES, e164, guideSchema } from '../../src/schemas/index.ts';
import { LANGS } from '../../src/i18n/locales.ts';

const es = decapConfig('es');
const en = decapConfig('en');
const collection = (c: typeof es, name: string) => c.collections.find((x) => x.name === name)!;
const field = (fields: DecapField[], path: string): DecapField => {
  const [head, ...rest] = path.split('.');
  const f = fields.find((x) => x.name === head)!;
  expect(f, path).toBeDefined();
  return rest.length ? field(f.fields ?? [f.field!], rest.join('.')) : f;
};

describe('the web editor’s forms come from the content schemas', () => {
  it('has every collection volunteers edit, the six languages side by side, Spanish first', () => {
    expect(es.collections.map((c) => c.name)).toEqual(['guides', 'scams', 'pages', 'directory', 'countries', 'courses']);
    expect(es.i18n).toEqual({ structure: 'multiple_folders', locales: [...LANGS], default_locale: 'es' });
    expect(collection(es, 'guides')).toMatchObject({ folder: 'content/guides', extension: 'mdx', i18n: true });
    expect(es.backend).toMatchObject({ name: 'proxy' });
  });

  it('guides: topics as a choice, the review date as a day, the summary limited as the check limits it, the body as written', () => {
    const fields = collection(es, 'guides').fields as DecapField[];
    expect(field(fields, 'topic')).toMatchObject({ widget: 'select', options: [...TOPICS], required: true });
    expect(field(fields, 'reviewed')).toMatchObject({ widget: 'datetime', date_format: 'YYYY-MM-DD', time_format: false });
    expect(field(fields, 'draft')).toMatchObject({ widget: 'boolean', required: false, default: false });
    expect(field(fields, 'body')).toMatchObject({ widget: 'markdown', modes: ['raw'] });
    const summary = new RegExp(field(fields, 'summary').pattern![0]);
    for (const text of ['corto', 'x'.repeat(201), 'Una frase de ejemplo.', 'x'.repeat(200)]) {
      expect(summary.test(text), text.slice(0, 20)).toBe(guideSchema.shape.summary.safeParse(text).success);
    }
  });

  it('services: categories as several choices, phones refused by the form exactly when the check refuses them', () => {
    const fields = collection(es, 'directory').fields as DecapField[];
    expect(field(fields, 'categories')).toMatchObject({ widget: 'select', multiple: true, options: [...CATEGORIES], min: 1 });
    const phone = new RegExp(field(fields, 'phones.number').pattern![0]);
    for (const n of ['+525550000000', '+18882422100', '011 4444-5555', '5550000', '+0123456789', '+52 55 5000 0000']) {
      expect(phone.test(n), n).toBe(e164.safeParse(n).success);
    }
    expect(field(fields, 'name.es').required).toBe(true);
    expect(field(fields, 'name.ar').required).toBe(false);
  });

  it('countries include the asylum facts, each with its sources and verified day', () => {
    const fields = collection(es, 'countries').fields as DecapField[];
    expect(field(fields, 'asylum').required).toBe(false);
    expect(field(fields, 'asylum.deadlines.unit')).toMatchObject({ widget: 'select', options: ['business-days', 'calendar-days', 'days', 'months', 'years'] });
    expect(field(fields, 'asylum.authority.verified')).toMatchObject({ widget: 'datetime', date_format: 'YYYY-MM-DD' });
    expect(field(fields, 'asylum.authority.sources').min).toBe(1);
  });

  it('hints are the check’s own words, in the volunteer’s language', () => {
    expect(field(collection(es, 'guides').fields as DecapField[], 'title').hint).toBe('cada guía necesita un título (title)');
    expect(field(collection(en, 'guides').fields as DecapField[], 'title').hint).toBe('every guide needs a title');
    expect(en.locale).toBe('en');
  });
});
