/**
 * Reads every content file under a project root once and validates it with
 * the same zod schemas the build uses, then checks what crosses files
 * (links, duplicates, age). Used by `npm run check` and by the build
 * (src/integrations/check.ts), so both report the same volunteer-friendly
 * problems. Node-only (fs), no Astro imports. The parts: src/lib/check/.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { z } from 'zod';
import { guideSchema, scamSchema, pageSchema, serviceSchema, countrySchema, courseSchema, lessonSchema } from '../../schemas/index.ts';
import { LANGS, SOURCE_LANG } from '../../i18n/locales.ts';
import { lineOf, type ContentProblem } from './problems.ts';
import { msg } from '../../i18n/check/messages.ts';
import { staleFacts, staleFrom, type DatedFacts } from '../advice/legal-facts.ts';
import { SLUG, walk, splitFrontmatter, parseYaml, validate, pathProblem } from './files.ts';
import { uiStringGaps } from './ui-strings.ts';
import { checkDuplicates } from './duplicates.ts';
import { checkBodies } from './bodies.ts';
import { staleness } from './staleness.ts';
import { checkInstitutions } from './institutions.ts';
import { checkTranslationFacts } from './translation-facts.ts';
import type { Bodies, CheckedEntry, CheckOptions, CheckResult } from './types.ts';

export type { CheckedEntry, CheckOptions, CheckResult } from './types.ts';
export { splitFrontmatter } from './files.ts';
export { uiStringGaps } from './ui-strings.ts';
export { staleness } from './staleness.ts';

/** Collections of MDX pages stored as `<dir>/<lang>/<slug>.mdx`. */
const PAGE_COLLECTIONS = [
  { collection: 'guides', dir: 'content/guides', schema: guideSchema },
  { collection: 'scams', dir: 'content/scams', schema: scamSchema },
  { collection: 'pages', dir: 'content/pages', schema: pageSchema },
] as const;

/** What the reading steps share: the files read so far, the problems found, the bodies for the later checks. */
interface Reading {
  root: string;
  problems: ContentProblem[];
  entries: CheckedEntry[];
  bodies: Bodies;
  /** Front matter (YAML) of each MDX file, to point at the line of a field. */
  frontmatter: Map<string, string>;
  fileCount: number;
  /** A path relative to the project root, with `/`. */
  rel: (full: string) => string;
}

/** Reads one MDX file: its front matter validated with `schema`, its body kept for the body checks. */
function readMdx(r: Reading, full: string, schema: z.ZodType, lang = ''): Record<string, unknown> | null {
  const file = r.rel(full);
  const text = readFileSync(full, 'utf8');
  const fm = splitFrontmatter(text);
  if (!fm) {
    r.problems.push({
      file,
      line: 1,
      field: '',
      problem: msg('file-does-not-start-frontmatter'),
      fix: msg('begin-file-line-fields-title'),
      severity: 'error',
    });
    return null;
  }
  r.bodies.set(file, { body: fm.body, offset: text.split('\n').length - fm.body.split('\n').length, lang });
  r.frontmatter.set(file, fm.yaml);
  const data = parseYaml(fm.yaml, file, 1, r.problems);
  return data && validate(schema, data, file, fm.yaml, 1, r.problems);
}

/** Reads a YAML data file (country, service, course) and validates it with `schema`. */
function readYaml(r: Reading, full: string, schema: z.ZodType): Record<string, unknown> | null {
  const file = r.rel(full);
  const text = readFileSync(full, 'utf8');
  const raw = parseYaml(text, file, 0, r.problems);
  return raw && validate(schema, raw, file, text, 0, r.problems);
}

/** Step 1: guides, scam pages and content pages, each at `<dir>/<lang>/<slug>.mdx`. */
function readPages(r: Reading): void {
  for (const { collection, dir, schema } of PAGE_COLLECTIONS) {
    const slugsByLang = new Map<string, Set<string>>();
    for (const full of walk(join(r.root, dir))) {
      r.fileCount++;
      const file = r.rel(full);
      const parts = relative(join(r.root, dir), full).split(sep);
      const m = /^(.+)\.mdx?$/.exec(parts[parts.length - 1]);
      if (parts.length !== 2 || !m) {
        r.problems.push(
          pathProblem(file, msg('file-not-where-pages-go'), msg('put', `${dir}/<language>/<slug>.mdx`, `${dir}/${SOURCE_LANG}/my-page.mdx`)),
        );
        continue;
      }
      const [lang] = parts;
      const slug = m[1];
      if (!(LANGS as readonly string[]).includes(lang)) {
        r.problems.push(pathProblem(file, msg('not-language-portal', lang), msg('use-one-folders', LANGS.join(', '))));
        continue;
      }
      if (!SLUG.test(slug)) {
        r.problems.push(pathProblem(file, msg('file-name-has-capitals-spaces', slug), msg('rename-lowercase-letters-digits-dashes')));
        continue;
      }
      const data = readMdx(r, full, schema, lang);
      if (!slugsByLang.has(lang)) slugsByLang.set(lang, new Set());
      slugsByLang.get(lang)!.add(slug);
      if (data) r.entries.push({ collection, file, lang, slug, data });
    }
    translationsWithoutSpanish(r, dir, slugsByLang);
  }
}

/** A translated page must follow a Spanish page with the same file name. */
function translationsWithoutSpanish(r: Reading, dir: string, slugsByLang: Map<string, Set<string>>): void {
  const source = slugsByLang.get(SOURCE_LANG) ?? new Set<string>();
  for (const [lang, slugs] of slugsByLang) {
    if (lang === SOURCE_LANG) continue;
    for (const slug of slugs) {
      if (source.has(slug)) continue;
      r.problems.push(
        pathProblem(
          `${dir}/${lang}/${slug}.mdx`,
          msg('translation-has-no-spanish-page', `${dir}/${SOURCE_LANG}/${slug}.mdx`),
          msg('translation-must-use-same-file'),
        ),
      );
    }
  }
}

/** Step 2: countries (`content/countries/<CODE>.yaml`), with the age of their legal facts. Returns the codes. */
function readCountries(r: Reading, now: Date, strict = false): Set<string> {
  const countryCodes = new Set<string>();
  for (const full of walk(join(r.root, 'content/countries'))) {
    r.fileCount++;
    const file = r.rel(full);
    const m = /^([A-Z]{2})\.ya?ml$/.exec(full.split(sep).pop()!);
    if (!m) {
      r.problems.push(pathProblem(file, msg('country-files-are-named-their'), msg('rename-content-countries-ar-yaml')));
      continue;
    }
    const data = readYaml(r, full, countrySchema);
    if (!data) continue;
    if (data.code !== m[1]) {
      r.problems.push({ file, line: 1, field: 'code', problem: msg('code-not-file-name', String(data.code), m[1]), fix: msg('write-code', m[1]), severity: 'error' });
      continue;
    }
    countryCodes.add(m[1]);
    r.entries.push({ collection: 'countries', file, slug: m[1], data });
    if (data.asylum) staleLegalFacts(r, full, data.asylum as DatedFacts, now, strict);
  }
  return countryCodes;
}

/** Legal facts checked against their sources more than 12 months ago (errors in release mode). */
function staleLegalFacts(r: Reading, full: string, asylum: DatedFacts, now: Date, strict: boolean): void {
  const text = readFileSync(full, 'utf8');
  for (const fact of staleFacts(asylum, now)) {
    r.problems.push({
      file: r.rel(full),
      line: lineOf(text, fact.path),
      field: fact.field,
      problem: msg('verified-more-than-months-ago', fact.verified, staleFrom(fact.verified)),
      fix: msg('check-against-sources-update-verified'),
      severity: strict ? 'error' : 'warning',
    });
  }
}

/** Step 3: services (`content/directory/<id>.yaml`), each in a country that has a file. */
function readDirectory(r: Reading, countryCodes: Set<string>): void {
  const dir = join(r.root, 'content/directory');
  const ids = new Set<string>();
  for (const full of walk(dir)) {
    r.fileCount++;
    const file = r.rel(full);
    const m = /^(.+)\.ya?ml$/.exec(full.split(sep).pop()!);
    if (!m || full.split(sep).length !== dir.split(sep).length + 1) {
      r.problems.push(pathProblem(file, msg('directory-entries-are-yaml-files'), msg('move-content-directory-id-yaml')));
      continue;
    }
    const data = readYaml(r, full, serviceSchema);
    if (!data) continue;
    if (data.id !== m[1]) {
      r.problems.push({ file, line: 1, field: 'id', problem: msg('id-not-file-name', String(data.id), m[1]), fix: msg('write-id-rename-file', m[1]), severity: 'error' });
      continue;
    }
    // `/<lang>/directory/<cc>/` is a country's page (issue 26): a two-letter id would take its address.
    if (/^[a-z]{2}$/.test(m[1])) {
      r.problems.push({ file, line: 1, field: 'id', problem: msg('service-id-like-country', m[1]), fix: msg('use-longer-service-id', m[1]), severity: 'error' });
      continue;
    }
    if (ids.has(m[1])) {
      r.problems.push({ file, line: 1, field: 'id', problem: msg('two-services-have-id', m[1]), fix: msg('keep-one-file-per-service'), severity: 'error' });
      continue;
    }
    ids.add(m[1]);
    r.entries.push({ collection: 'directory', file, slug: m[1], data });
    if (!countryCodes.has(String(data.country))) {
      r.problems.push({
        file,
        field: 'country',
        problem: msg('there-no-country-file', String(data.country)),
        fix: msg('use-country-that-has-content', [...countryCodes].join(', ')),
        severity: 'error',
      });
    }
  }
}

/** Step 4: courses (`courses/<course>/course.yaml`) and their lessons (`courses/<course>/<lang>/<NN>-<slug>.mdx`). */
function readCourses(r: Reading): void {
  const courseSlugs = new Set<string>();
  for (const full of walk(join(r.root, 'courses'))) {
    r.fileCount++;
    const file = r.rel(full);
    const parts = relative(join(r.root, 'courses'), full).split(sep);
    if (parts.length === 2 && /^course\.ya?ml$/.test(parts[1])) {
      if (!SLUG.test(parts[0])) {
        r.problems.push(pathProblem(file, msg('folder-name-has-capitals-spaces', parts[0]), msg('rename-folder-lowercase-letters-dashes')));
        continue;
      }
      const data = readYaml(r, full, courseSchema);
      courseSlugs.add(parts[0]);
      if (data) r.entries.push({ collection: 'courses', file, slug: parts[0], data });
      continue;
    }
    const m = parts.length === 3 ? /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx?$/.exec(parts[2]) : null;
    if (!m) {
      r.problems.push(pathProblem(file, msg('file-not-where-lessons-go'), msg('put-lessons', 'courses/<course>/<language>/<NN>-<slug>.mdx', `courses/my-course/${SOURCE_LANG}/01-intro.mdx`)));
      continue;
    }
    if (!(LANGS as readonly string[]).includes(parts[1])) {
      r.problems.push(pathProblem(file, msg('not-language-portal', parts[1]), msg('use-one-folders', LANGS.join(', '))));
      continue;
    }
    const data = readMdx(r, full, lessonSchema, parts[1]);
    if (data) r.entries.push({ collection: 'lessons', file, lang: parts[1], slug: `${m[1]}-${m[2]}`, course: parts[0], data });
  }
  lessonsWithoutCourse(r, courseSlugs);
}

/** Each lesson belongs to a course that has a file, and a translated lesson follows a Spanish one. */
function lessonsWithoutCourse(r: Reading, courseSlugs: Set<string>): void {
  const lessons = r.entries.filter((e) => e.collection === 'lessons');
  const spanish = new Set(lessons.filter((e) => e.lang === SOURCE_LANG).map((e) => `${e.course}/${e.slug}`));
  for (const e of lessons) {
    if (!courseSlugs.has(e.course!)) {
      r.problems.push(pathProblem(e.file, msg('there-no-lesson', `courses/${e.course}/course.yaml`), msg('add-course-file-move-lesson')));
    } else if (e.lang !== SOURCE_LANG && !spanish.has(`${e.course}/${e.slug}`)) {
      r.problems.push(pathProblem(e.file, msg('translated-lesson-has-no-spanish'), msg('write-first-rename-file', `courses/${e.course}/${SOURCE_LANG}/${e.slug}.mdx`)));
    }
  }
}

/**
 * Checks every content file under `root`. Never throws for bad content.
 * Reads each collection (steps 1–4), then checks what crosses files.
 */
export function checkContent(root: string, options: CheckOptions = {}): CheckResult {
  const now = options.now ?? new Date();
  const r: Reading = {
    root,
    problems: [],
    entries: [],
    bodies: new Map(),
    frontmatter: new Map(),
    fileCount: 0,
    rel: (f) => relative(root, f).split(sep).join('/'),
  };
  readPages(r);
  const countryCodes = readCountries(r, now, options.strict);
  readDirectory(r, countryCodes);
  readCourses(r);

  const { entries, problems, bodies } = r;
  problems.push(...uiStringGaps(root));
  checkBodies(entries, bodies, problems, root);
  checkInstitutions(entries, bodies, problems, r.frontmatter);
  checkTranslationFacts(entries, bodies, problems);
  checkDuplicates(entries, problems);
  problems.push(...staleness(entries, now, options.strict));
  return { entries, problems, fileCount: r.fileCount };
}
