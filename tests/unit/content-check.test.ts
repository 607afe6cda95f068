import { describe, it, expect } from 'vitest';
import { resolve } from 'node:path';
import { checkContent } from '../../src/lib/content-check.ts';
import { formatProblems } from '../../src/lib/content-problems.ts';

const fixture = (name: string) => resolve(__dirname, '../fixtures/bad-content', name);

/** Each bad fixture, the file and field its error must name, and words from the fix. */
const CASES: { name: string; file: string; field: string; line?: number; words: RegExp }[] = [
  { name: 'guide-missing-title', file: 'content/guides/es/pedir-asilo.mdx', field: 'title', words: /missing.*title/ },
  { name: 'guide-bad-topic', file: 'content/guides/es/pedir-asilo.mdx', field: 'topic', line: 4, words: /"vivienda".*topic must be one of: asylum/ },
  { name: 'guide-bad-date', file: 'content/guides/es/pedir-asilo.mdx', field: 'reviewed', line: 5, words: /YYYY-MM-DD/ },
  { name: 'guide-no-sources', file: 'content/guides/es/pedir-asilo.mdx', field: 'sources', words: /cite at least one source/ },
  { name: 'guide-unknown-field', file: 'content/guides/es/pedir-asilo.mdx', field: 'sumary', line: 3, words: /unknown field "sumary".*spelling/ },
  { name: 'yaml-syntax', file: 'content/guides/es/pedir-asilo.mdx', field: '', words: /YAML cannot be read.*quotes/ },
  { name: 'translation-without-source', file: 'content/guides/en/ask-for-asylum.mdx', field: '(file name)', words: /no Spanish page.*same file name/ },
  { name: 'service-bad-phone', file: 'content/directory/ejemplo.yaml', field: 'phones[0].number', line: 8, words: /"011 4444-5555".*international form/ },
  { name: 'service-unknown-category', file: 'content/directory/ejemplo.yaml', field: 'categories[1]', words: /"comida".*category must be one of/ },
  { name: 'service-phone-without-source', file: 'content/directory/ejemplo.yaml', field: 'phones[0].source', words: /missing.*source:.*published/ },
  { name: 'service-unknown-country', file: 'content/directory/ejemplo.yaml', field: 'country', line: 6, words: /"XX".*unknown country code/ },
  { name: 'country-bad-kind', file: 'content/countries/CL.yaml', field: 'emergency[0].kind', words: /"policia".*kind must be one of/ },
  { name: 'lesson-bad-answer', file: 'courses/curso/es/01-intro.mdx', field: 'quiz[0].answer', words: /answer 2 does not exist.*numbered 0 to 1/ },
];

describe('a bad content file gets one clear message naming the file and the field', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const { problems } = checkContent(fixture(c.name));
      const errors = problems.filter((p) => p.severity === 'error');
      expect(errors.length).toBeGreaterThanOrEqual(1);
      const hit = errors.find((p) => p.file === c.file && p.field === c.field);
      expect(hit, formatProblems(errors)).toBeDefined();
      expect(`${hit!.problem} ${hit!.fix}`).toMatch(c.words);
      if (c.line) expect(hit!.line).toBe(c.line);
      const text = formatProblems(errors);
      expect(text).toContain(`${c.file}${hit!.line ? `:${hit!.line}` : ''} — ${c.field || '(file)'} — `);
      // Plain words only: no stack trace, no zod internals.
      expect(text).not.toMatch(/\n\s+at |ZodError|invalid_type|Expected/);
    });
  }
});

describe('the real content', () => {
  it('has no errors', () => {
    const { problems, fileCount } = checkContent(resolve(__dirname, '../..'));
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors, formatProblems(errors)).toEqual([]);
    expect(fileCount).toBeGreaterThan(20);
  });
});
