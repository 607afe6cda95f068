import { describe, it, expect } from 'vitest';
import { atomFeed, collectChanges, recentFor, changeId, sinceDay, type ChangeSources } from '../../src/lib/advice/changes.ts';
import { changeEntry } from '../../src/schemas/changes.ts';

const NOW = new Date('2026-12-06T12:00:00Z');
const src: ChangeSources = {
  guides: [
    { slug: 'pedir-asilo-o-refugio', data: { title: 'Pedir asilo', changes: [{ date: '2026-12-06', text: { es: 'Corregimos la no devolución.', en: 'We corrected non-refoulement.' } }] }, titles: { en: 'Asking for asylum' } },
    { slug: 'borrador', data: { title: 'Borrador', draft: true, changes: [{ date: '2026-12-01', text: { es: 'No se publica.' } }] } },
  ],
  scams: [{ slug: 'estafas-de-coyotes', data: { title: 'Coyotes', changes: [{ date: '2025-10-01', text: { es: 'Hace más de un año.' } }] } }],
  services: [{ id: 'linea-144', country: 'AR', name: { es: 'Línea 144' }, changes: [{ date: '2026-11-30', text: { es: 'Ahora se puede llamar tocando el número.' } }] }],
  countries: [
    {
      code: 'CA',
      name: { es: 'Canadá', en: 'Canada' },
      asylum: {
        authority: { text: { es: 'x' } },
        conditions: [{ id: 'unaccompanied-minors', changes: [{ date: '2026-05-19', text: { es: 'Canadá: menores no acompañados exentos.' } }] }],
      },
    },
  ],
};

describe('changes for readers (issue 24)', () => {
  it('gathers guides, scams, services and legal facts, newest first, the last 12 months, no drafts', () => {
    const list = collectChanges(src, NOW);
    expect(list.map((c) => [c.date, c.kind, c.path])).toEqual([
      ['2026-12-06', 'guide', 'guides/pedir-asilo-o-refugio/'],
      ['2026-11-30', 'service', 'directory/linea-144/'],
      ['2026-05-19', 'legal', 'guides/pedir-asilo-o-refugio/#asilo-ca'],
    ]);
    expect(list[0].about).toEqual({ es: 'Pedir asilo', en: 'Asking for asylum' });
    expect(sinceDay(NOW)).toBe('2025-12-06');
  });
  it('a page shows its own changes of the last 90 days', () => {
    expect(recentFor([{ date: '2026-12-06', text: { es: 'a' } }, { date: '2026-08-01', text: { es: 'b' } }], NOW).map((c) => c.text.es)).toEqual(['a']);
  });
  it('a change needs a date and a Spanish text', () => {
    expect(changeEntry.safeParse({ date: '2026-12-06', text: { es: 'Algo cambió.' } }).success).toBe(true);
    expect(changeEntry.safeParse({ text: { es: 'Sin fecha.' } }).success).toBe(false);
    expect(changeEntry.safeParse({ date: '2026-12-06', text: { en: 'No Spanish.' } }).success).toBe(false);
  });
  it('ids are stable: the same date and Spanish text give the same id', () => {
    expect(changeId({ date: '2026-12-06', text: { es: 'x', en: 'y' } })).toBe(changeId({ date: '2026-12-06', text: { es: 'x' } }));
  });
  it('the Atom feed escapes text and carries ids, dates and links', () => {
    const xml = atomFeed(collectChanges(src, NOW), { lang: 'en', title: 'What changed', subtitle: 'Rules & services', site: 'https://example.org/', aboutLabel: (c) => `About <${c.kind}>`, updated: '2026-12-06' });
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en" xml:base="https://example.org/">');
    expect(xml).toContain('<subtitle>Rules &amp; services</subtitle>');
    expect(xml).toContain('<title xml:lang="en">About &lt;guide&gt;</title>');
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://example.org/en/guides/pedir-asilo-o-refugio/"/>');
    expect(xml).toContain('<summary type="text" xml:lang="es">Ahora se puede llamar tocando el número.</summary>');
    expect(xml.match(/<entry>/g)).toHaveLength(3);
  });
});

describe('a legal fact changed without telling readers', async () => {
  const { unannouncedLegalChanges } = await import('../../src/lib/check/legal-changes.ts');
  const before = { authority: { text: { es: 'La COMAR.' } }, deadlines: [{ amount: 30, unit: 'days', from: 'entry', text: { es: '30 días.' } }], conditions: [{ id: 'x', text: { es: 'Regla.' } }] };
  it('is a warning naming the fact', () => {
    const after = { ...before, deadlines: [{ amount: 30, unit: 'business-days', from: 'entry', text: { es: '30 días hábiles.' } }] };
    const p = unannouncedLegalChanges('content/countries/MX.yaml', before, after);
    expect(p.map((x) => [x.field, x.severity])).toEqual([['asylum.deadlines[0]', 'warning']]);
    expect(String(p[0].fix)).toContain('changes');
  });
  it('is not said when a changes entry came with it, or when nothing a reader acts on changed', () => {
    const after = { ...before, deadlines: [{ amount: 30, unit: 'business-days', from: 'entry', text: { es: '30 días hábiles.' }, changes: [{ date: '2026-12-06', text: { es: 'Días hábiles.' } }] }] };
    expect(unannouncedLegalChanges('content/countries/MX.yaml', before, after)).toEqual([]);
    expect(unannouncedLegalChanges('content/countries/MX.yaml', before, { ...before, authority: { text: { es: 'La COMAR. ' } } })).toEqual([]);
  });
});
