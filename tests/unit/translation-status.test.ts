import { describe, it, expect } from 'vitest';
import { resolve } from 'node:path';
import { checkContent } from '../../src/lib/check/content-check.ts';
import { statusMatrix, statusTotals, uiCoverage, staleLists } from '../../src/lib/translations/status.ts';

const fixture = checkContent(resolve(__dirname, '../fixtures/warnings'));

describe('translation status', () => {
  it('marks each page per language: source, outdated, machine, missing', () => {
    const rows = statusMatrix(fixture.entries);
    expect(rows.map((r) => r.page)).toEqual(['guides/pedir-asilo']);
    const cells = Object.fromEntries(Object.entries(rows[0].cells).map(([l, c]) => [l, c.status]));
    // The French translation is older than the Spanish review: outdated beats machine.
    expect(cells).toEqual({ es: 'source', en: 'missing', fr: 'outdated', pt: 'missing', ht: 'missing', ar: 'missing' });
    expect(rows[0].cells.fr.file).toBe('content/guides/fr/pedir-asilo.mdx');
    expect(statusTotals(rows).fr).toEqual({ source: 0, translated: 0, machine: 0, outdated: 1, missing: 0 });
  });
  it('measures UI-string coverage per language', () => {
    expect(uiCoverage({ es: { a: '1', b: '2', c_one: 'x', c_other: 'y' }, fr: { a: '1', c_one: 'x' } })).toMatchObject({ es: 100, fr: 66, ar: 0 });
  });
  it('lists stale guides and unverified services', () => {
    const stale = staleLists(fixture.problems);
    expect(stale.guides.map((p) => p.file)).toEqual(['content/guides/es/pedir-asilo.mdx']);
    expect(stale.services.map((p) => p.file)).toEqual(['content/directory/ejemplo.yaml']);
  });
});
