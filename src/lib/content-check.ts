/**
 * Reads every content file under a project root and validates it with the
 * same zod schemas the build uses. Used by `npm run check` and by the
 * build (src/integrations/content-check.ts), so both report the same
 * volunteer-friendly problems. Node-only (fs), no Astro imports.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseDocument, LineCounter } from 'yaml';
import type { z } from 'zod';
import {
  guideSchema,
  scamSchema,
  pageSchema,
  serviceSchema,
  countrySchema,
  courseSchema,
  lessonSchema,
  LANGS,
  SOURCE_LANG,
} from '../schemas/index.ts';
import { problemsFromZod, lineOf, type ContentProblem } from './content-problems.ts';
import { mdxToMdast } from 'satteri';
import { staleFacts, staleFrom, type DatedFacts } from './legal-facts.ts';
import { unsafeMdx } from './mdx-safety.ts';

/** Components volunteers may use in MDX (src/components/mdx/index.ts). */
const MDX_COMPONENTS = ['Callout', 'Tel', 'AsylumFacts'] as const;

/** A content file that parsed and validated. */
export interface CheckedEntry {
  collection: string;
  file: string;
  /** Language folder for per-language collections. */
  lang?: string;
  /** Slug or id (file name without extension). */
  slug: string;
  /** Course slug for lessons. */
  course?: string;
  data: Record<string, unknown>;
}

/** Result of checking a whole content tree. */
export interface CheckResult {
  entries: CheckedEntry[];
  problems: ContentProblem[];
  fileCount: number;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') || name.startsWith('_')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out;
}

/** Splits `---\nyaml\n---\nbody` into its parts; null when there is no frontmatter. */
export function splitFrontmatter(text: string): { yaml: string; body: string } | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text.replace(/^\uFEFF/, ''));
  return m ? { yaml: m[1], body: m[2] } : null;
}

function parseYaml(
  text: string,
  file: string,
  lineOffset: number,
  problems: ContentProblem[],
): Record<string, unknown> | null {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const line = counter.linePos(e.pos[0]).line + lineOffset;
    problems.push({
      file,
      line,
      field: '',
      problem: `the YAML cannot be read (${e.code.toLowerCase().replace(/_/g, ' ')})`,
      fix: 'check the indentation (spaces, not tabs), and put text that contains ":" or "#" or starts with "+" in quotes',
      severity: 'error',
    });
    return null;
  }
  const data = doc.toJS({ maxAliasCount: 50 }) as unknown;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({
      file,
      line: 1 + lineOffset,
      field: '',
      problem: 'the file has no fields',
      fix: 'write the fields as `name: value`, one per line',
      severity: 'error',
    });
    return null;
  }
  return data as Record<string, unknown>;
}

function validate(
  schema: z.ZodType,
  data: Record<string, unknown>,
  file: string,
  yamlText: string,
  lineOffset: number,
  problems: ContentProblem[],
): Record<string, unknown> | null {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data as Record<string, unknown>;
  problems.push(...problemsFromZod(result.error, file, yamlText, lineOffset));
  return null;
}

function pathProblem(file: string, problem: string, fix: string): ContentProblem {
  return { file, field: '(file name)', problem, fix, severity: 'error' };
}

/** Collections of MDX pages stored as `<dir>/<lang>/<slug>.mdx`. */
const PAGE_COLLECTIONS = [
  { collection: 'guides', dir: 'content/guides', schema: guideSchema },
  { collection: 'scams', dir: 'content/scams', schema: scamSchema },
  { collection: 'pages', dir: 'content/pages', schema: pageSchema },
] as const;

/** How strict the check is. */
export interface CheckOptions {
  /** Release mode: legal facts verified more than 12 months ago are errors, not warnings. */
  strict?: boolean;
  /** The day to judge staleness on (tests); today by default. */
  now?: Date;
}

/** Checks every content file under `root`. Never throws for bad content. */
export function checkContent(root: string, options: CheckOptions = {}): CheckResult {
  const now = options.now ?? new Date();
  const problems: ContentProblem[] = [];
  const entries: CheckedEntry[] = [];
  let fileCount = 0;
  const rel = (f: string) => relative(root, f).split(sep).join('/');

  const bodies = new Map<string, { body: string; offset: number; lang: string }>();
  const readMdx = (full: string, schema: z.ZodType, lang = ''): Record<string, unknown> | null => {
    const file = rel(full);
    const text = readFileSync(full, 'utf8');
    const fm = splitFrontmatter(text);
    if (fm) bodies.set(file, { body: fm.body, offset: text.split('\n').length - fm.body.split('\n').length, lang });
    if (!fm) {
      problems.push({
        file,
        line: 1,
        field: '',
        problem: 'the file does not start with a frontmatter block',
        fix: 'begin the file with a line "---", the fields (title: …), and another line "---"',
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
          pathProblem(file, 'this file is not where pages go', `put it at ${dir}/<language>/<slug>.mdx, e.g. ${dir}/es/my-page.mdx`),
        );
        continue;
      }
      const [lang] = parts;
      const slug = m[1];
      if (!(LANGS as readonly string[]).includes(lang)) {
        problems.push(pathProblem(file, `"${lang}" is not a language of the portal`, `use one of the folders ${LANGS.join(', ')}`));
        continue;
      }
      if (!SLUG.test(slug)) {
        problems.push(
          pathProblem(file, `the file name "${slug}" has capitals, spaces or accents`, 'rename it with lowercase letters, digits and dashes, e.g. pedir-asilo.mdx'),
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
              `this translation has no Spanish page ${dir}/es/${slug}.mdx`,
              'a translation must use the same file name as its Spanish page; rename it or write the Spanish page first',
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
      problems.push(pathProblem(file, 'country files are named by their two-letter code', 'rename it, e.g. content/countries/AR.yaml'));
      continue;
    }
    const text = readFileSync(full, 'utf8');
    const raw = parseYaml(text, file, 0, problems);
    const data = raw && validate(countrySchema, raw, file, text, 0, problems);
    if (!data) continue;
    if (data.code !== m[1]) {
      problems.push({ file, line: 1, field: 'code', problem: `the code "${String(data.code)}" is not the file name ${m[1]}`, fix: `write code: ${m[1]}`, severity: 'error' });
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
          problem: `verified ${fact.verified}: more than 12 months ago (stale since ${staleFrom(fact.verified)})`,
          fix: 'check it against its sources and update verified',
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
      problems.push(pathProblem(file, 'directory entries are YAML files directly in content/directory/', 'move it to content/directory/<id>.yaml'));
      continue;
    }
    const text = readFileSync(full, 'utf8');
    const raw = parseYaml(text, file, 0, problems);
    const data = raw && validate(serviceSchema, raw, file, text, 0, problems);
    if (!data) continue;
    if (data.id !== m[1]) {
      problems.push({ file, line: 1, field: 'id', problem: `the id "${String(data.id)}" is not the file name "${m[1]}"`, fix: `write id: ${m[1]} (or rename the file)`, severity: 'error' });
      continue;
    }
    if (entries.some((e) => e.collection === 'directory' && e.slug === m[1])) {
      problems.push({ file, line: 1, field: 'id', problem: `two services have the id "${m[1]}"`, fix: 'keep one file per service (.yaml), and remove or rename the other', severity: 'error' });
      continue;
    }
    entries.push({ collection: 'directory', file, slug: m[1], data });
  }
  for (const e of entries.filter((x) => x.collection === 'directory')) {
    if (!countryCodes.has(String(e.data.country))) {
      problems.push({
        file: e.file,
        field: 'country',
        problem: `there is no country file for "${String(e.data.country)}"`,
        fix: `use a country that has content/countries/<code>.yaml (${[...countryCodes].join(', ')}) or add that file`,
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
        problems.push(pathProblem(file, `the folder name "${parts[0]}" has capitals, spaces or accents`, 'rename the folder with lowercase letters and dashes'));
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
      problems.push(pathProblem(file, 'this file is not where lessons go', 'put lessons at courses/<course>/<language>/<NN>-<slug>.mdx, e.g. courses/my-course/es/01-intro.mdx'));
      continue;
    }
    if (!(LANGS as readonly string[]).includes(parts[1])) {
      problems.push(pathProblem(file, `"${parts[1]}" is not a language of the portal`, `use one of the folders ${LANGS.join(', ')}`));
      continue;
    }
    const data = readMdx(full, lessonSchema, parts[1]);
    if (data) entries.push({ collection: 'lessons', file, lang: parts[1], slug: `${m[1]}-${m[2]}`, course: parts[0], data });
  }
  const lessonKeys = new Set(entries.filter((e) => e.collection === 'lessons' && e.lang === SOURCE_LANG).map((e) => `${e.course}/${e.slug}`));
  for (const e of entries.filter((x) => x.collection === 'lessons')) {
    if (!courseSlugs.has(e.course!)) {
      problems.push(pathProblem(e.file, `there is no courses/${e.course}/course.yaml for this lesson`, 'add the course file or move the lesson into an existing course'));
    } else if (e.lang !== SOURCE_LANG && !lessonKeys.has(`${e.course}/${e.slug}`)) {
      problems.push(pathProblem(e.file, 'this translated lesson has no Spanish lesson with the same file name', `write courses/${e.course}/es/${e.slug}.mdx first, or rename this file`));
    }
  }

  problems.push(...uiStringGaps(root));
  checkBodies(entries, bodies, problems);
  checkDuplicates(entries, problems);
  problems.push(...staleness(entries, now));
  return { entries, problems, fileCount };
}

/** Warnings for UI strings present in Spanish but missing in another language (they fall back to Spanish). */
export function uiStringGaps(root: string): ContentProblem[] {
  const dir = join(root, 'src/i18n');
  if (!existsSync(join(dir, 'es.json'))) return [];
  const base = (k: string) => k.replace(/_(zero|one|two|few|many|other)$/, '');
  const keysOf = (lang: string) => new Set(Object.keys(JSON.parse(readFileSync(join(dir, `${lang}.json`), 'utf8')) as object).map(base));
  const es = keysOf('es');
  const out: ContentProblem[] = [];
  for (const lang of LANGS.filter((l) => l !== SOURCE_LANG)) {
    if (!existsSync(join(dir, `${lang}.json`))) continue;
    const have = keysOf(lang);
    const missing = [...es].filter((k) => !have.has(k));
    if (missing.length) {
      out.push({
        file: `src/i18n/${lang}.json`,
        field: missing[0],
        problem: `${missing.length} UI strings missing in "${lang}": ${missing.slice(0, 8).join(', ')}${missing.length > 8 ? ', …' : ''}`,
        fix: `add them to src/i18n/${lang}.json (until then the Spanish text is shown)`,
        severity: 'warning',
      });
    }
  }
  return out;
}

/** Addresses reserved by the site's own pages (a content page may not take them). */
const RESERVED = new Set(['guides', 'scams', 'directory', 'courses', 'emergency', 'offline', 'search', '404', 'status']);

function checkDuplicates(entries: CheckedEntry[], problems: ContentProblem[]) {
  const seen = new Map<string, string>();
  for (const e of entries.filter((x) => x.collection === 'lessons')) {
    const key = `${e.course}/${e.lang}/${e.slug.replace(/^\d+-/, '')}`;
    if (seen.has(key)) problems.push(pathProblem(e.file, `two lessons of this course have the slug "${e.slug.replace(/^\d+-/, '')}"`, 'give each lesson a different name after its number'));
    else seen.set(key, e.file);
  }
  for (const e of entries.filter((x) => x.collection === 'pages' && RESERVED.has(x.slug))) {
    problems.push(pathProblem(e.file, `"${e.slug}" is a reserved address of the site`, 'choose another file name'));
  }
}

/** Every internal URL the build will produce, and which pages exist in which language. */
function siteUrls(entries: CheckedEntry[]): { all: Set<string>; translated: Set<string> } {
  const all = new Set<string>(['/', '/directory/hsds/', '/status/']);
  const translated = new Set<string>();
  const by = (c: string) => entries.filter((e) => e.collection === c && !e.data.draft);
  const lessonSlug = (e: CheckedEntry) => e.slug.replace(/^\d+-/, '');
  for (const lang of LANGS) {
    for (const section of ['', 'guides/', 'scams/', 'directory/', 'courses/', 'emergency/', 'offline/', 'search/']) all.add(`/${lang}/${section}`);
    for (const [c, base] of [['guides', 'guides/'], ['scams', 'scams/'], ['pages', '']] as const) {
      for (const e of by(c).filter((x) => x.lang === SOURCE_LANG)) all.add(`/${lang}/${base}${e.slug}/`);
    }
    for (const e of by('directory')) all.add(`/${lang}/directory/${e.slug}/`);
    for (const e of by('courses')) {
      all.add(`/${lang}/courses/${e.slug}/`);
      all.add(`/${lang}/courses/${e.slug}/certificate/`);
    }
    for (const e of by('lessons').filter((x) => x.lang === SOURCE_LANG)) all.add(`/${lang}/courses/${e.course}/${lessonSlug(e)}/`);
  }
  for (const [c, base] of [['guides', 'guides/'], ['scams', 'scams/'], ['pages', '']] as const) {
    for (const e of by(c)) translated.add(`/${e.lang}/${base}${e.slug}/`);
  }
  for (const e of by('lessons')) translated.add(`/${e.lang}/courses/${e.course}/${lessonSlug(e)}/`);
  return { all, translated };
}

/** Links, images and MDX syntax in the Markdown bodies. */
function checkBodies(entries: CheckedEntry[], bodies: Map<string, { body: string; offset: number; lang: string }>, problems: ContentProblem[]) {
  const { all, translated } = siteUrls(entries);
  const lineAt = (body: string, index: number) => body.slice(0, index).split('\n').length;
  for (const [file, { body, offset, lang }] of bodies) {
    try {
      const tree = mdxToMdast(body);
      for (const issue of unsafeMdx(tree, body)) {
        problems.push({ file, line: issue.line + offset, field: '(text)', problem: issue.problem, fix: issue.fix, severity: 'error' });
      }
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      const m = /^(\d+):(\d+): (.*?)(?: \([\w:-]+\))?$/.exec(msg);
      const what = m ? m[3] : msg;
      const bareLt = /after `<`/.test(what);
      const brace = /brace|expression/i.test(what);
      problems.push({
        file,
        line: m ? Number(m[1]) + offset : undefined,
        field: '(text)',
        problem: bareLt
          ? 'a "<" that does not start a component: MDX reads "<" as the start of a tag'
          : brace
            ? 'a "{" or "}" in the text: MDX reads braces as the start or end of code'
            : `the Markdown cannot be read: ${what}`,
        fix: bareLt
          ? 'write it as &lt; (or in words: "menos de")'
          : brace
            ? 'to show a brace in the text write \\{ and \\}'
            : 'check for a stray "<", "{" or "}" on this line; write them as &lt; or \\{ \\} in text',
        severity: 'error',
      });
    }
    for (const m of body.matchAll(/\]\((\/[^)\s#]*)(#[^)\s]*)?(?:\s+"[^"]*")?\)|href="(\/[^"#]*)(#[^"]*)?"/g)) {
      const url = (m[1] ?? m[3]).replace(/\/?$/, '/').replace(/\/index\.html\/$/, '/');
      if (/\.[a-z0-9]+\/$/i.test(url)) continue; // a file such as /directory/hsds/services.csv
      const line = lineAt(body, m.index!) + offset;
      if (!all.has(url)) {
        problems.push({ file, line, field: '(link)', problem: `the link ${url} goes to a page that does not exist`, fix: 'fix the address; internal links look like /es/guides/pedir-asilo-o-refugio/', severity: 'error' });
      } else if (lang && lang !== SOURCE_LANG && url.startsWith(`/${lang}/`) && !translated.has(url) && [...translated].some((t) => t === url.replace(`/${lang}/`, `/${SOURCE_LANG}/`))) {
        problems.push({
          file,
          line,
          field: '(link)',
          problem: `the link ${url} goes to a page not translated into "${lang}" yet`,
          fix: `link to ${url.replace(`/${lang}/`, `/${SOURCE_LANG}/`)} or translate that page first`,
          severity: 'error',
        });
      }
    }
    for (const m of body.matchAll(/<([A-Z][A-Za-z0-9]*)\b/g)) {
      if (!(MDX_COMPONENTS as readonly string[]).includes(m[1])) {
        problems.push({
          file,
          line: lineAt(body, m.index!) + offset,
          field: '(text)',
          problem: `unknown component <${m[1]}>`,
          fix: `use one of the components in CONTRIBUTING.md: ${MDX_COMPONENTS.map((c) => `<${c}>`).join(', ')}`,
          severity: 'error',
        });
      }
    }
    for (const m of body.matchAll(/<Tel\b[^>]*?number="([^"]*)"/g)) {
      if (!/^\+?\d{3,15}$/.test(m[1])) {
        problems.push({
          file,
          line: lineAt(body, m.index!) + offset,
          field: '(text)',
          problem: `found "${m[1]}"`,
          fix: 'write the phone in international form: + then country code and number, no spaces or dashes, e.g. "+5491123456789"',
          severity: 'error',
        });
      }
    }
    for (const m of body.matchAll(/!\[\s*\]\(([^)\s]+)[^)]*\)|<img\b(?![^>]*\balt="[^"]+")[^>]*?src="([^"]+)"[^>]*>/g)) {
      problems.push({
        file,
        line: lineAt(body, m.index!) + offset,
        field: '(image)',
        problem: `the image ${m[1] ?? m[2]} has no description (alt text)`,
        fix: 'describe the image between the brackets: ![what the image shows](file.png)',
        severity: 'error',
      });
    }
  }
}

const MONTH = 30.44 * 24 * 3600 * 1000;

/** Warnings: unreviewed machine translations, outdated translations, stale guides, unverified services. */
export function staleness(entries: CheckedEntry[], now: Date): ContentProblem[] {
  const out: ContentProblem[] = [];
  const source = new Map(entries.filter((e) => e.lang === SOURCE_LANG).map((e) => [`${e.collection}/${e.course ?? ''}/${e.slug}`, e]));
  const months = (iso: string) => Math.floor((now.getTime() - Date.parse(iso)) / MONTH);
  for (const e of entries) {
    const tr = e.data.translation as { machine: boolean; reviewed: boolean; source?: string } | undefined;
    if (tr?.machine && !tr.reviewed) {
      out.push({ file: e.file, field: 'translation.reviewed', problem: 'machine translation not yet reviewed by a person', fix: 'ask someone who reads both languages to check it, then set translation.reviewed: true', severity: 'warning' });
    }
    const es = e.lang && e.lang !== SOURCE_LANG ? source.get(`${e.collection}/${e.course ?? ''}/${e.slug}`) : undefined;
    const esReviewed = es?.data.reviewed as string | undefined;
    if (tr?.source && esReviewed && esReviewed > tr.source) {
      out.push({ file: e.file, field: 'translation.source', problem: `the Spanish page was reviewed on ${esReviewed}, after this translation (${tr.source})`, fix: 'update the translation from the Spanish page, then set translation.source to its reviewed date', severity: 'warning' });
    }
    if ((e.collection === 'guides' || e.collection === 'scams') && e.lang === SOURCE_LANG && typeof e.data.reviewed === 'string' && months(e.data.reviewed) >= 12) {
      out.push({ file: e.file, field: 'reviewed', problem: `not reviewed for ${months(e.data.reviewed)} months (since ${e.data.reviewed})`, fix: 'check the facts and sources, then update `reviewed`', severity: 'warning' });
    }
    if (e.collection === 'directory' && typeof e.data.assured === 'string' && months(e.data.assured) >= 6) {
      out.push({ file: e.file, field: 'assured', problem: `not verified for ${months(e.data.assured)} months (since ${e.data.assured})`, fix: 'call or check the service, then update `assured`', severity: 'warning' });
    }
  }
  return out;
}
