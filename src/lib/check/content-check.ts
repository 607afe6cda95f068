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

/** Checks every content file under `root`. Never throws for bad content. */
export function checkContent(root: string, options: CheckOptions = {}): CheckResult {
  const now = options.now ?? new Date();
  const problems: ContentProblem[] = [];
  const entries: CheckedEntry[] = [];
  let fileCount = 0;
  const rel = (f: string) => relative(root, f).split(sep).join('/');

  const bodies: Bodies = new Map();
  /** Front matter (YAML) of each MDX file, to point at the line of a field. */
  const frontmatter = new Map<string, string>();
  const readMdx = (full: string, schema: z.ZodType, lang = ''): Record<string, unknown> | null => {
    const file = rel(full);
    const text = readFileSync(full, 'utf8');
    const fm = splitFrontmatter(text);
    if (fm) bodies.set(file, { body: fm.body, offset: text.split('\n').length - fm.body.split('\n').length, lang });
    if (fm) frontmatter.set(file, fm.yaml);
    if (!fm) {
      problems.push({
        file,
        line: 1,
        field: '',
        problem: msg('file-does-not-start-frontmatter'),
        fix: msg('begin-file-line-fields-title'),
        severity: 'error',
      });
      return null;
    }
    const data = parseYaml(fm.yaml, file, 1, problems);
    return data && validate(schema, data, file, fm.yaml, 1, problems);
  };

  // Guides, scams, content pages.
  for (const { collection, dir, schema } of PAGE_COLLECTIONS) {
    const slugsByLang = new Map<string, Set<string>>();
    for (const full of walk(join(root, dir))) {
      fileCount++;
      const file = rel(full);
      const parts = relative(join(root, dir), full).split(sep);
      const m = /^(.+)\.mdx?$/.exec(parts[parts.length - 1]);
      if (parts.length !== 2 || !m) {
        problems.push(
          pathProblem(file, msg('file-not-where-pages-go'), msg('put', `${dir}/<language>/<slug>.mdx`, `${dir}/${SOURCE_LANG}/my-page.mdx`)),
        );
        continue;
      }
      const [lang] = parts;
      const slug = m[1];
      if (!(LANGS as readonly string[]).includes(lang)) {
        problems.push(pathProblem(file, msg('not-language-portal', lang), msg('use-one-folders', LANGS.join(', '))));
        continue;
      }
      if (!SLUG.test(slug)) {
        problems.push(
          pathProblem(file, msg('file-name-has-capitals-spaces', slug), msg('rename-lowercase-letters-digits-dashes')),
        );
        continue;
      }
      const data = readMdx(full, schema, lang);
      if (!slugsByLang.has(lang)) slugsByLang.set(lang, new Set());
      slugsByLang.get(lang)!.add(slug);
      if (data) entries.push({ collection, file, lang, slug, data });
    }
    const source = slugsByLang.get(SOURCE_LANG) ?? new Set<string>();
    for (const [lang, slugs] of slugsByLang) {
      if (lang === SOURCE_LANG) continue;
      for (const slug of slugs) {
        if (!source.has(slug)) {
          problems.push(
            pathProblem(
              `${dir}/${lang}/${slug}.mdx`,
              msg('translation-has-no-spanish-page', `${dir}/${SOURCE_LANG}/${slug}.mdx`),
              msg('translation-must-use-same-file'),
            ),
          );
        }
      }
    }
  }

  // Countries.
  const countryCodes = new Set<string>();
  for (const full of walk(join(root, 'content/countries'))) {
    fileCount++;
    const file = rel(full);
    const m = /^([A-Z]{2})\.ya?ml$/.exec(full.split(sep).pop()!);
    if (!m) {
      problems.push(pathProblem(file, msg('country-files-are-named-their'), msg('rename-content-countries-ar-yaml')));
      continue;
    }
    const text = readFileSync(full, 'utf8');
    const raw = parseYaml(text, file, 0, problems);
    const data = raw && validate(countrySchema, raw, file, text, 0, problems);
    if (!data) continue;
    if (data.code !== m[1]) {
      problems.push({ file, line: 1, field: 'code', problem: msg('code-not-file-name', String(data.code), m[1]), fix: msg('write-code', m[1]), severity: 'error' });
      continue;
    }
    countryCodes.add(m[1]);
    entries.push({ collection: 'countries', file, slug: m[1], data });
    if (data.asylum) {
      for (const fact of staleFacts(data.asylum as DatedFacts, now)) {
        problems.push({
          file,
          line: lineOf(text, fact.path),
          field: fact.field,
          problem: msg('verified-more-than-months-ago', fact.verified, staleFrom(fact.verified)),
          fix: msg('check-against-sources-update-verified'),
          severity: options.strict ? 'error' : 'warning',
        });
      }
    }
  }

  // Directory.
  for (const full of walk(join(root, 'content/directory'))) {
    fileCount++;
    const file = rel(full);
    const m = /^(.+)\.ya?ml$/.exec(full.split(sep).pop()!);
    if (!m || full.split(sep).length !== join(root, 'content/directory').split(sep).length + 1) {
      problems.push(pathProblem(file, msg('directory-entries-are-yaml-files'), msg('move-content-directory-id-yaml')));
      continue;
    }
    const text = readFileSync(full, 'utf8');
    const raw = parseYaml(text, file, 0, problems);
    const data = raw && validate(serviceSchema, raw, file, text, 0, problems);
    if (!data) continue;
    if (data.id !== m[1]) {
      problems.push({ file, line: 1, field: 'id', problem: msg('id-not-file-name', String(data.id), m[1]), fix: msg('write-id-rename-file', m[1]), severity: 'error' });
      continue;
    }
    if (entries.some((e) => e.collection === 'directory' && e.slug === m[1])) {
      problems.push({ file, line: 1, field: 'id', problem: msg('two-services-have-id', m[1]), fix: msg('keep-one-file-per-service'), severity: 'error' });
      continue;
    }
    entries.push({ collection: 'directory', file, slug: m[1], data });
  }
  for (const e of entries.filter((x) => x.collection === 'directory')) {
    if (!countryCodes.has(String(e.data.country))) {
      problems.push({
        file: e.file,
        field: 'country',
        problem: msg('there-no-country-file', String(e.data.country)),
        fix: msg('use-country-that-has-content', [...countryCodes].join(', ')),
        severity: 'error',
      });
    }
  }

  // Courses and lessons.
  const courseSlugs = new Set<string>();
  for (const full of walk(join(root, 'courses'))) {
    fileCount++;
    const file = rel(full);
    const parts = relative(join(root, 'courses'), full).split(sep);
    if (parts.length === 2 && /^course\.ya?ml$/.test(parts[1])) {
      if (!SLUG.test(parts[0])) {
        problems.push(pathProblem(file, msg('folder-name-has-capitals-spaces', parts[0]), msg('rename-folder-lowercase-letters-dashes')));
        continue;
      }
      const text = readFileSync(full, 'utf8');
      const raw = parseYaml(text, file, 0, problems);
      const data = raw && validate(courseSchema, raw, file, text, 0, problems);
      courseSlugs.add(parts[0]);
      if (data) entries.push({ collection: 'courses', file, slug: parts[0], data });
      continue;
    }
    const m = parts.length === 3 ? /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx?$/.exec(parts[2]) : null;
    if (!m) {
      problems.push(pathProblem(file, msg('file-not-where-lessons-go'), msg('put-lessons', 'courses/<course>/<language>/<NN>-<slug>.mdx', `courses/my-course/${SOURCE_LANG}/01-intro.mdx`)));
      continue;
    }
    if (!(LANGS as readonly string[]).includes(parts[1])) {
      problems.push(pathProblem(file, msg('not-language-portal', parts[1]), msg('use-one-folders', LANGS.join(', '))));
      continue;
    }
    const data = readMdx(full, lessonSchema, parts[1]);
    if (data) entries.push({ collection: 'lessons', file, lang: parts[1], slug: `${m[1]}-${m[2]}`, course: parts[0], data });
  }
  const lessonKeys = new Set(entries.filter((e) => e.collection === 'lessons' && e.lang === SOURCE_LANG).map((e) => `${e.course}/${e.slug}`));
  for (const e of entries.filter((x) => x.collection === 'lessons')) {
    if (!courseSlugs.has(e.course!)) {
      problems.push(pathProblem(e.file, msg('there-no-lesson', `courses/${e.course}/course.yaml`), msg('add-course-file-move-lesson')));
    } else if (e.lang !== SOURCE_LANG && !lessonKeys.has(`${e.course}/${e.slug}`)) {
      problems.push(pathProblem(e.file, msg('translated-lesson-has-no-spanish'), msg('write-first-rename-file', `courses/${e.course}/${SOURCE_LANG}/${e.slug}.mdx`)));
    }
  }

  problems.push(...uiStringGaps(root));
  checkBodies(entries, bodies, problems, root);
  checkInstitutions(entries, bodies, problems, frontmatter);
  checkTranslationFacts(entries, bodies, problems);
  checkDuplicates(entries, problems);
  problems.push(...staleness(entries, now, options.strict));
  return { entries, problems, fileCount };
}
