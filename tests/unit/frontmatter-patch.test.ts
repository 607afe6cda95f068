import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readEntry, patchEntry } from '../../src/lib/editor/frontmatter-patch.ts';

const file = (p: string) => readFileSync(resolve(__dirname, '../..', p), 'utf8');
/** The lines that differ between two texts (same line count assumed where it matters). */
function changedLines(a: string, b: string): { removed: string[]; added: string[] } {
  const A = a.split('\n');
  const B = b.split('\n');
  return { removed: A.filter((l) => !B.includes(l)), added: B.filter((l) => !A.includes(l)) };
}

const GUIDE = 'content/guides/es/pedir-asilo-o-refugio.mdx';
const FR_GUIDE = 'content/guides/fr/pedir-asilo-o-refugio.mdx';
const SERVICE = 'content/directory/ircc-client-support-centre.yaml';
const COUNTRY = 'content/countries/CL.yaml';

describe('saving from the web editor changes only what was edited', () => {
  for (const path of [GUIDE, FR_GUIDE, SERVICE, COUNTRY]) {
    it(`an unchanged file comes back byte for byte: ${path}`, () => {
      const text = file(path);
      expect(patchEntry(text, readEntry(text))).toBe(text);
    });
  }

  it('a new Spanish summary changes exactly one line; the `[AR, CL, …]` list and the MDX body keep their bytes', () => {
    const text = file(GUIDE);
    const data = readEntry(text);
    const out = patchEntry(text, { ...data, summary: 'Si tienes miedo de volver a tu país, puedes pedir protección. Es gratis.' });
    expect(changedLines(text, out)).toEqual({
      removed: [`summary: ${data.summary}`],
      added: ['summary: Si tienes miedo de volver a tu país, puedes pedir protección. Es gratis.'],
    });
    expect(out).toContain('countries: [AR, CL, CO, PE, MX, CA]');
    expect(out.split('\n---\n')[1]).toBe(text.split('\n---\n')[1]);
  });

  it('a new phone number changes one line of a service file', () => {
    const text = file(SERVICE);
    const data = readEntry(text) as { phones: { number: string }[] };
    expect(data.phones.length).toBeGreaterThan(0);
    const phones = data.phones.map((p, i) => (i === 0 ? { ...p, number: '+525550000000' } : p));
    const out = patchEntry(text, { ...data, phones });
    const diff = changedLines(text, out);
    expect(diff.removed).toHaveLength(1);
    expect(diff.removed[0]).toContain(data.phones[0].number);
    expect(diff.added).toHaveLength(1);
    expect(diff.added[0]).toContain('+525550000000');
    expect(readEntry(out)).toEqual({ ...data, phones });
  });

  it('an edited body changes only the body; a removed field is dropped; a new one is added at the end', () => {
    const text = file(GUIDE);
    const data = readEntry(text) as Record<string, unknown>;
    const body = `${data.body as string}\nUna línea nueva.\n`;
    const { draft: _draft, ...rest } = { ...data, body, draft: true };
    const withDraft = patchEntry(text, { ...rest, draft: true });
    expect(withDraft.split('\n---\n')[0].trimEnd().endsWith('draft: true')).toBe(true);
    expect(withDraft.endsWith('Una línea nueva.\n')).toBe(true);
    const without = patchEntry(withDraft, { ...rest });
    expect(without).toBe(patchEntry(text, rest));
    expect(without).not.toContain('draft:');
  });

  it('a changed nested value (one source) rewrites only that field’s block', () => {
    const text = file(GUIDE);
    const data = readEntry(text) as { sources: { title: string; url: string }[] };
    const sources = [...data.sources, { title: 'Nueva fuente', url: 'https://example.org/' }];
    const out = patchEntry(text, { ...data, sources });
    const diff = changedLines(text, out);
    expect(diff.removed).toEqual([]);
    expect(diff.added).toEqual(['  - title: Nueva fuente', '    url: https://example.org/']);
    expect(readEntry(out)).toEqual({ ...data, sources });
  });
});

describe('every content file', () => {
  it('comes back byte for byte when nothing is edited', async () => {
    const { readdirSync, statSync } = await import('node:fs');
    const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(`${dir}/${n}`).isDirectory() ? walk(`${dir}/${n}`) : [`${dir}/${n}`]));
    const files = [...walk(resolve(__dirname, '../../content')), ...walk(resolve(__dirname, '../../courses'))].filter((f) => /\.(mdx?|ya?ml)$/.test(f));
    expect(files.length).toBeGreaterThan(150);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      expect(patchEntry(text, readEntry(text)), f).toBe(text);
    }
  });

  it('a deeply nested legal fact (Chile’s deadline) changes one line, in place', () => {
    const text = file(COUNTRY);
    const data = readEntry(text) as { asylum: { deadlines: { amount: number }[] } };
    const edited = structuredClone(data);
    edited.asylum.deadlines[0].amount = 8;
    const out = patchEntry(text, edited);
    expect(changedLines(text, out)).toEqual({ removed: ['    - amount: 7'], added: ['    - amount: 8'] });
  });

  it('a new translation of a quoted label keeps its quotes', () => {
    const text = file(COUNTRY);
    const data = readEntry(text) as { emergency: { label: Record<string, string> }[] };
    const edited = structuredClone(data);
    edited.emergency[1].label.ht = 'SAMU: anbilans';
    const out = patchEntry(text, edited);
    const diff = changedLines(text, out);
    expect(diff.added).toEqual(["    ht: 'SAMU: anbilans'"]);
    expect(diff.removed).toHaveLength(1);
  });
});
