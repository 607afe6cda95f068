import { describe, it, expect } from 'vitest';
import { resolve } from 'node:path';
import { checkContent } from '../../src/lib/check/content-check.ts';
import { formatProblems } from '../../src/lib/check/problems.ts';

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
  { name: 'broken-link', file: 'content/guides/es/pedir-asilo.mdx', field: '(link)', line: 12, words: /\/es\/guides\/no-existe\/ goes to a page that does not exist/ },
  { name: 'link-untranslated', file: 'content/guides/fr/pedir-asilo.mdx', field: '(link)', line: 13, words: /not translated into "fr".*link to \/es\/guides\/salud\// },
  { name: 'image-no-alt', file: 'content/guides/es/pedir-asilo.mdx', field: '(image)', line: 12, words: /\/mapa\.png has no description/ },
  { name: 'mdx-syntax', file: 'content/guides/es/pedir-asilo.mdx', field: '(text)', line: 12, words: /"\{" or "\}" in the text.*write \\\{ and \\\}/ },
  // Content that would break the build or leak readers to another site (issue 12).
  { name: 'mdx-brace-expression', file: 'content/guides/es/pedir-asilo.mdx', field: '(text)', line: 12, words: /"\{plazo\}" is read as code.*write \\\{ and \\\}/ },
  { name: 'mdx-lone-brace', file: 'content/guides/es/pedir-asilo.mdx', field: '(text)', line: 12, words: /"\}" in the text.*write it as \\\}/ },
  { name: 'mdx-bare-lt', file: 'content/guides/es/pedir-asilo.mdx', field: '(text)', line: 12, words: /"<" that does not start a component.*&lt;/ },
  { name: 'mdx-script', file: 'content/guides/es/pedir-asilo.mdx', field: '(text)', line: 12, words: /<script> is not allowed.*remove it/ },
  { name: 'mdx-iframe', file: 'content/guides/es/pedir-asilo.mdx', field: '(text)', line: 12, words: /<iframe> is not allowed.*link to the video/ },
  { name: 'mdx-style', file: 'content/guides/es/pedir-asilo.mdx', field: '(text)', line: 12, words: /<style> is not allowed/ },
  { name: 'mdx-event-handler', file: 'content/guides/es/pedir-asilo.mdx', field: '(text)', line: 12, words: /attribute onclick= on <a> runs code.*remove onclick=/ },
  { name: 'mdx-javascript-link', file: 'content/guides/es/pedir-asilo.mdx', field: '(text)', line: 12, words: /link "javascript:alert\(1\)" runs code.*https:/ },
  { name: 'mdx-remote-image', file: 'content/guides/es/pedir-asilo.mdx', field: '(text)', line: 12, words: /image https:\/\/example\.org\/mapa\.png is loaded from another site.*public\/images/ },
  { name: 'mdx-remote-media', file: 'content/guides/es/pedir-asilo.mdx', field: '(text)', line: 12, words: /<audio src="https:\/\/example\.org\/aviso\.mp3"> loads a file from another site.*repository/ },
  { name: 'mdx-import', file: 'content/guides/es/pedir-asilo.mdx', field: '(text)', line: 12, words: /"import" or "export" is code.*need no import/ },
  { name: 'reserved-page', file: 'content/pages/es/search.mdx', field: '(file name)', words: /"search" is a reserved address/ },
  { name: 'duplicate-lesson-slug', file: 'courses/curso/es/02-intro.mdx', field: '(file name)', words: /two lessons of this course have the slug "intro"/ },
  { name: 'service-id-country-code', file: 'content/directory/mx.yaml', field: 'id', words: /two letters, like a country code.*longer id.*"mx-centro"/ },
  { name: 'duplicate-service-id', file: 'content/directory/ejemplo.yml', field: 'id', words: /two services have the id "ejemplo"/ },
  { name: 'schedule-overlap', file: 'content/directory/ejemplo.yaml', field: 'schedule', line: 11, words: /mon is listed in two rows whose hours overlap/ },
  { name: 'schedule-duplicate-day', file: 'content/directory/ejemplo.yaml', field: 'schedule[0].days', words: /this day appears twice/ },
  { name: 'unknown-component', file: 'content/guides/es/pedir-asilo.mdx', field: '(text)', line: 12, words: /unknown component <Aviso>.*<Callout>, <Tel>/ },
  { name: 'exception-half-hours', file: 'content/directory/ejemplo.yaml', field: 'exceptions[0].closes', words: /both `opens` and `closes`.*or neither/ },
  { name: 'exception-dates-reversed', file: 'content/directory/ejemplo.yaml', field: 'exceptions[0].until', words: /`until` is before `from`/ },
  { name: 'service-unknown-timezone', file: 'content/directory/ejemplo.yaml', field: 'timezone', line: 11, words: /unknown timezone.*IANA name/ },
  { name: 'unknown-language', file: 'content/directory/ejemplo.yaml', field: 'languages[1]', words: /"xx".*unknown language code/ },
  // Where to report (issue 23): an institution that enforces migration is never named by hand.
  { name: 'report-enforcer-in-text', file: 'content/scams/es/estafa.mdx', field: '(text)', line: 18, words: /names "PDI" \(CL: pdi\), which also enforces migration law.*<Report country="CL" ids="pdi" \/>/ },
  { name: 'report-unknown-institution', file: 'content/scams/es/estafa.mdx', field: 'report[0].institutions', line: 13, words: /"carabineros" is not an institution of CL.*fiscalia, pdi/ },
  { name: 'report-tag-unknown-id', file: 'content/guides/es/denunciar.mdx', field: '(text)', line: 12, words: /"sernac" is not an institution of CL/ },
  { name: 'enforcer-without-aliases', file: 'content/countries/CL.yaml', field: 'institutions[0].aliases', words: /enforces migration needs `aliases`/ },
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

describe('warnings (exit 0)', () => {
  const { problems } = checkContent(resolve(__dirname, '../fixtures/warnings'));
  const found = (file: string, field: string) => problems.find((p) => p.file === file && p.field === field && p.severity === 'warning');
  /** The warning's problem, in English. */
  const warning = (file: string, field: string) => {
    const p = found(file, field);
    return p && { ...p, problem: String(p.problem) };
  };
  it('reports them without any error', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
  it('machine translation not reviewed, translation older than its Spanish source', () => {
    expect(warning('content/guides/fr/pedir-asilo.mdx', 'translation.reviewed')?.problem).toMatch(/machine translation not yet reviewed/);
    expect(warning('content/guides/fr/pedir-asilo.mdx', 'translation.source')?.problem).toBe('the Spanish page was reviewed on 2025-01-10, after this translation (2024-06-01)');
  });
  it('guides not reviewed for 12 months, services not verified for 6 months', () => {
    expect(warning('content/guides/es/pedir-asilo.mdx', 'reviewed')?.problem).toMatch(/^not reviewed for \d+ months \(since 2025-01-10\)$/);
    expect(warning('content/directory/ejemplo.yaml', 'assured')?.problem).toMatch(/^not verified for \d+ months \(since 2026-01-15\)$/);
  });
  it('UI strings missing per language', () => {
    expect(warning('src/i18n/fr.json', 'nav.guides')?.problem).toBe('1 UI strings missing in "fr": nav.guides');
  });
});

describe('messages for volunteers', () => {
  it('every problem the fixtures produce has Spanish wording', async () => {
    const { say, untranslated } = await import('../../src/i18n/check/messages.ts');
    // Every message has its wording in both catalogs (no English fallback shown to a Spanish reader).
    expect(untranslated()).toEqual([]);
    const { readdirSync } = await import('node:fs');
    const all = [...readdirSync(resolve(__dirname, '../fixtures/bad-content')).map(fixture), resolve(__dirname, '../fixtures/warnings')].flatMap((dir) => checkContent(dir).problems);
    for (const p of all) {
      for (const m of [p.problem, p.fix]) {
        // A catalog message (an id with values), rendered differently in Spanish than in English.
        expect(typeof m.id, `not a catalog message: ${String(m)}`).toBe('string');
        expect(say(m, 'es')).not.toBe(say(m, 'en'));
      }
    }
  });
});

describe('the real content', () => {
  it('has no errors', () => {
    const { problems, fileCount } = checkContent(resolve(__dirname, '../..'));
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors, formatProblems(errors)).toEqual([]);
    expect(fileCount).toBeGreaterThan(20);
  });
});
