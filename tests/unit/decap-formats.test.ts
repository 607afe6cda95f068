import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makeFormat, RAW } from '../../src/lib/editor/formats.ts';
import { formatsOf } from '../../src/lib/editor/config.ts';

const ROOT = resolve(__dirname, '../..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const COURSES = readdirSync(join(ROOT, 'courses')).map((slug) => ({ slug, title: slug }));
const FORMATS = formatsOf(COURSES);
const formatFor = (collection: string) => {
  const f = FORMATS[collection];
  return makeFormat(f.kind, f.scalarOrList, f.defaults);
};
/** Every file of a folder, recursively. */
const walk = (dir: string): string[] =>
  readdirSync(join(ROOT, dir)).flatMap((n) => (statSync(join(ROOT, dir, n)).isDirectory() ? walk(`${dir}/${n}`) : [`${dir}/${n}`]));
/** What Decap does between reading and writing: the values go through its store as plain JSON. */
const roundTrip = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

const collectionOf = (path: string) =>
  path.startsWith('courses/') ? (path.endsWith('course.yaml') ? 'courses' : `lessons-${path.split('/')[1]}`) : path.split('/')[1];

describe('the web editor’s file formats', () => {
  const files = [...walk('content'), ...walk('courses')].filter((p) => /\.(mdx|yaml)$/.test(p));

  it(`reads and writes back every content file unchanged (${files.length} files)`, () => {
    expect(files.length).toBeGreaterThan(150);
    for (const path of files) {
      const format = formatFor(collectionOf(path));
      const text = read(path);
      expect(format.toFile(roundTrip(format.fromFile(text))), path).toBe(text);
    }
  });

  it('shows `countries: all` as a one-item list in the form, and writes the word back', () => {
    const path = 'content/guides/es/' + readdirSync(join(ROOT, 'content/guides/es')).find((f) => /^countries: all$/m.test(read(`content/guides/es/${f}`)));
    const format = formatFor('guides');
    const data = format.fromFile(read(path));
    expect(data.countries).toEqual(['all']);
    expect(data[RAW]).toBe(read(path));
    expect(format.toFile({ ...data, countries: ['MX', 'CA'] })).toMatch(/^countries:\n {2}- MX\n {2}- CA$/m);
    expect(format.toFile(data)).toBe(read(path));
  });

  it('shows a quiz answer `1` as a list, writes `1` back, and a list when several are right', () => {
    const course = COURSES[0].slug;
    const dir = `courses/${course}/es`;
    const path = `${dir}/${readdirSync(join(ROOT, dir)).find((f) => /answer: \d+$/m.test(read(`${dir}/${f}`)))}`;
    const format = formatFor(`lessons-${course}`);
    const data = format.fromFile(read(path)) as { quiz: { answer: unknown }[] };
    expect(Array.isArray(data.quiz[0].answer)).toBe(true);
    const before = read(path);
    data.quiz[0].answer = [0, 1];
    const out = format.toFile(data as Record<string, unknown>);
    // Exactly the first question's answer changed, from a number to a list.
    const first = /^( {4})answer: \d+\n/m.exec(before)!;
    expect(out).toBe(`${before.slice(0, first.index)}    answer:\n      - 0\n      - 1\n${before.slice(first.index + first[0].length)}`);
  });

  it('writes a new guide in the form’s order, body after the frontmatter, without the empty fields', () => {
    const text = formatFor('guides').toFile({
      // Decap's store puts the defaults first; the file follows the form's order.
      countries: ['all'],
      draft: false,
      title: 'Cómo pedir una cita',
      summary: 'Pasos para pedir una cita sin pagar a intermediarios.',
      topic: 'documents',
      reviewed: '2026-11-29',
      sources: [{ title: 'Fuente', url: 'https://example.org' }],
      translation: { machine: '', reviewed: '', source: '' },
      body: 'Texto de la guía.',
    }, ['title', 'summary', 'topic', 'countries', 'reviewed', 'sources', 'translation', 'draft', 'body']);
    expect(text).toBe(
      [
        '---',
        'title: Cómo pedir una cita',
        'summary: Pasos para pedir una cita sin pagar a intermediarios.',
        'topic: documents',
        'countries: all',
        'reviewed: 2026-11-29',
        'sources:',
        '  - title: Fuente',
        '    url: https://example.org',
        '---',
        '',
        'Texto de la guía.',
        '',
      ].join('\n'),
    );
  });

  it('writes no file for a language nobody wrote in (only what the form fills in by itself)', () => {
    expect(formatFor('guides').toFile({ countries: ['all'], draft: false, title: '', sources: [], body: '' })).toBe('');
    expect(formatFor('directory').toFile({})).toBe('');
  });
});
