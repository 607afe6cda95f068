/**
 * Step 4 (before the language packs): courses for other LMSs (issue 16).
 * Input: the checked entries (step 1: courses, lessons and their quizzes)
 * and the SCO pages Astro built (`/<lang>/courses/<course>/<lesson>/sco/`).
 * Output: `exports/<course>_<lang>_scorm12.zip` (one SCO per lesson, with
 * the files each uses, relative addresses, `imsmanifest.xml` and the SCORM
 * 1.2 XSDs) and `exports/<course>_<lang>.gift`; the SCO pages are then
 * removed from the site, so readers, packs and the service worker never
 * see them. A quiz that cannot be exported stops the build with its file
 * and the reason: never a package with a missing SCO.
 */
import type { AstroIntegrationLogger } from 'astro';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { CheckedEntry } from '../lib/check/content-check.ts';
import { courseGift, scormManifest, exportUrls, ExportError, SCORM_XSDS, type ExportCourse } from '../lib/courses/export.ts';
import { rewriteHtml, rewritePreloadHelper } from '../lib/kit/links.ts';
import { LANGS } from '../i18n/locales.ts';


const XSD_DIR = fileURLToPath(new URL('../scorm/xsd/', import.meta.url));
const ATTR = /\s(?:href|src|component-url|renderer-url|before-hydration-url)="\/(?!\/)([^"?#]*)/g;
const JS_DEPS = /(?:from|import)\s*\(?\s*["'`]\.\/([\w.-]+\.js)["'`]|["'`]_astro\/([\w.-]+\.(?:js|css))["'`]/g;

/** The built files a page needs: what it references, and what those scripts import, recursively. */
function closure(out: string, html: string): string[] {
  const found = new Set<string>();
  const todo: string[] = [];
  const add = (p: string) => {
    if (!found.has(p) && existsSync(join(out, p)) && statSync(join(out, p)).isFile()) {
      found.add(p);
      todo.push(p);
    }
  };
  for (const m of html.matchAll(ATTR)) if (m[1].startsWith('_astro/') || !m[1].includes('/')) add(m[1]);
  while (todo.length) {
    const f = todo.pop()!;
    if (!f.endsWith('.js')) continue;
    for (const m of readFileSync(join(out, f), 'utf8').matchAll(JS_DEPS)) add(m[1] ? `_astro/${m[1]}` : `_astro/${m[2]}`);
  }
  return [...found].sort();
}

const lessonSlug = (slug: string) => slug.replace(/^\d+-/, '');

export async function courseExportsStep(out: string, entries: readonly CheckedEntry[], site: string | undefined, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const { zipSync, strToU8 } = await import('fflate');
  const dir = join(out, 'exports');
  mkdirSync(dir, { recursive: true });
  const made: string[] = [];
  try {
    for (const course of entries.filter((e) => e.collection === 'courses')) {
      for (const lang of LANGS) {
        const lessons = entries
          .filter((e) => e.collection === 'lessons' && e.course === course.slug && e.lang === lang && !e.data.draft)
          .sort((a, b) => a.slug.localeCompare(b.slug));
        const scoDir = (l: CheckedEntry) => join(out, lang, 'courses', course.slug, lessonSlug(l.slug), 'sco');
        if (!lessons.length || !existsSync(scoDir(lessons[0]))) continue;
        const title = (course.data.title as Record<string, string>)[lang] ?? (course.data.title as Record<string, string>).es;
        const files = new Map<string, Uint8Array>();
        const exportCourse: ExportCourse = { id: course.slug, lang, title, passMark: Number(course.data.passMark), lessons: [] };
        for (const l of lessons) {
          const page = join(scoDir(l), 'index.html');
          if (!existsSync(page)) throw new ExportError(l.file, 'its lesson page for the package was not built; the package would miss a lesson');
          const html = readFileSync(page, 'utf8');
          const assets = closure(out, html);
          const inPackage = new Set([`${lessonSlug(l.slug)}/index.html`, ...assets]);
          const dirs = new Set([...inPackage].flatMap((f) => f.split('/').slice(0, -1).map((_, i, p) => p.slice(0, i + 1).join('/'))));
          const lookup = (p: string) => (inPackage.has(p) ? ('file' as const) : dirs.has(p.replace(/\/$/, '')) ? ('dir' as const) : null);
          // The lesson's own address maps to its page; links elsewhere go to the public site, or become text.
          const self = `/${lang}/courses/${course.slug}/${lessonSlug(l.slug)}/sco/`;
          const rewritten = rewriteHtml(html.split(`"${self}"`).join(`"/${lessonSlug(l.slug)}/"`), `${lessonSlug(l.slug)}/index.html`, lookup, (p) => (site ? new URL(p, site).href : null));
          files.set(`${lessonSlug(l.slug)}/index.html`, strToU8(rewritten.html));
          for (const a of assets) {
            if (files.has(a)) continue;
            const text = /^_astro\/preload-helper\.[\w-]+\.js$/.test(a) ? rewritePreloadHelper(readFileSync(join(out, a), 'utf8')) : null;
            if (/^_astro\/preload-helper\./.test(a) && text === null) throw new ExportError(a, "Vite's preload helper changed; update rewritePreloadHelper in src/lib/kit/links.ts");
            files.set(a, text !== null ? strToU8(text) : new Uint8Array(readFileSync(join(out, a))));
          }
          exportCourse.lessons.push({
            slug: lessonSlug(l.slug),
            title: String(l.data.title),
            file: l.file,
            files: [`${lessonSlug(l.slug)}/index.html`, ...assets],
            quiz: (l.data.quiz ?? []) as ExportCourse['lessons'][number]['quiz'],
          });
        }
        const gift = courseGift(exportCourse);
        files.set('imsmanifest.xml', strToU8(scormManifest(exportCourse)));
        for (const x of SCORM_XSDS) files.set(x, new Uint8Array(readFileSync(join(XSD_DIR, x))));
        const urls = exportUrls(course.slug, lang);
        writeFileSync(join(out, urls.scorm), zipSync(Object.fromEntries(files), { level: 9, mtime: new Date('2026-01-01T00:00:00Z') }));
        writeFileSync(join(out, urls.gift), gift);
        made.push(`${course.slug}_${lang} (${lessons.length} SCOs, ${Math.round(statSync(join(out, urls.scorm)).size / 1024)} KB)`);
        for (const l of lessons) rmSync(dirname(join(scoDir(l), 'index.html')), { recursive: true, force: true });
      }
    }
  } catch (e) {
    if (!(e instanceof ExportError)) throw e;
    logger.error(`${e.file} — the course cannot be exported for other LMSs: ${e.reason}.`);
    process.exit(1);
  }
  logger.info(`Course exports: ${made.length} SCORM 1.2 packages and GIFT files — ${made.join(', ')} (${Math.round(performance.now() - started)} ms).`);
}
