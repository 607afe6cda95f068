/**
 * Content queries shared by the pages: localized entries for a language,
 * courses with their lessons, countries. Thin wrappers over astro:content
 * and the pure helpers in src/lib/.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { localize, type Localized } from '../i18n/localize.ts';
import { LANGS, SOURCE_LANG, type Lang } from '../i18n/locale.ts';
import { pick } from '../i18n/locale.ts';
import type { Translate } from '../i18n/index.ts';

type PageCollection = 'guides' | 'scams' | 'pages';

/** Every page of `collection` for `lang`, translated or Spanish fallback. */
export async function localized<C extends PageCollection>(collection: C, lang: Lang): Promise<Localized<CollectionEntry<C>>[]> {
  const all = (await getCollection(collection)) as CollectionEntry<C>[];
  return localize(all, lang);
}

/** getStaticPaths for a `[lang]/<collection>/[slug]` route. */
export async function localizedPaths<C extends PageCollection>(collection: C) {
  const all = (await getCollection(collection)) as CollectionEntry<C>[];
  return LANGS.flatMap((lang) =>
    localize(all, lang).map((page) => ({ params: { lang, slug: page.slug }, props: { page } })),
  );
}

/** Countries sorted by their name in `lang`. */
export async function countries(lang: Lang) {
  const all = await getCollection('countries');
  return all.sort((a, b) => pick(a.data.name, lang).text.localeCompare(pick(b.data.name, lang).text, lang));
}

/** A lesson in the reader's language (or the Spanish fallback). */
export interface LessonView {
  /** URL segment, the file name without its `NN-` prefix. */
  slug: string;
  /** 1-based position in the course. */
  n: number;
  entry: CollectionEntry<'lessons'>;
  contentLang: Lang;
  fallback: boolean;
}

/** Courses with their lessons in order, for `lang`. */
export async function courses(lang: Lang) {
  const list = await getCollection('courses');
  const lessons = (await getCollection('lessons')).filter((l) => !l.data.draft);
  const byId = new Map(lessons.map((l) => [l.id, l]));
  return list
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((course) => {
      const source = lessons
        .filter((l) => l.id.startsWith(`${course.id}/${SOURCE_LANG}/`))
        .sort((a, b) => a.id.localeCompare(b.id));
      const views: LessonView[] = source.map((s, i) => {
        const file = s.id.split('/')[2];
        const translated = byId.get(`${course.id}/${lang}/${file}`);
        const entry = translated ?? s;
        return {
          slug: file.replace(/^\d+-/, ''),
          n: i + 1,
          entry,
          contentLang: translated ? lang : SOURCE_LANG,
          fallback: !translated && lang !== SOURCE_LANG,
        };
      });
      return { course, lessons: views };
    });
}

/** getStaticPaths for `[lang]/courses/[course]/…` pages: every course with lessons, in every language. */
export async function coursePaths() {
  const out: { params: { lang: Lang; course: string }; props: { item: Awaited<ReturnType<typeof courses>>[number] } }[] = [];
  for (const lang of LANGS) {
    for (const item of await courses(lang)) {
      if (item.lessons.length) out.push({ params: { lang, course: item.course.id }, props: { item } });
    }
  }
  return out;
}

/** Props of a lesson page. */
export interface LessonProps {
  course: CollectionEntry<'courses'>;
  lesson: LessonView;
  prev?: LessonView;
  next?: LessonView;
  total: number;
}

/** getStaticPaths for `/<lang>/courses/<course>/<lesson>/`: every lesson of every course, with its neighbours. */
export async function lessonPaths() {
  const out: { params: { lang: Lang; course: string; lesson: string }; props: LessonProps }[] = [];
  for (const lang of LANGS) {
    for (const { course, lessons } of await courses(lang)) {
      lessons.forEach((lesson, i) => {
        out.push({
          params: { lang, course: course.id, lesson: lesson.slug },
          props: { course, lesson, prev: lessons[i - 1], next: lessons[i + 1], total: lessons.length },
        });
      });
    }
  }
  return out;
}

/**
 * The languages a course is exported in for other LMSs (SCORM 1.2, GIFT):
 * those in which every lesson is translated (src/integrations/course-exports.ts).
 */
export async function exportLangs(courseId: string): Promise<Lang[]> {
  const out: Lang[] = [];
  for (const lang of LANGS) {
    const c = (await courses(lang)).find((x) => x.course.id === courseId);
    if (c && c.lessons.length && c.lessons.every((l) => !l.fallback)) out.push(lang);
  }
  return out;
}

/** The quiz island's strings (placeholders kept for the island to fill). */
export function quizStrings(t: Translate) {
  return {
    title: t('quiz.title'),
    check: t('quiz.check'),
    correct: t('quiz.correct'),
    wrong: t('quiz.wrong'),
    chooseSeveral: t('quiz.chooseSeveral'),
    nothingChosen: t('quiz.nothingChosen'),
    passed: t('quiz.passed', { score: '{{score}}' }),
    failed: t('quiz.failed', { score: '{{score}}', pass: '{{pass}}' }),
    retryAll: t('quiz.retryAll'),
    done: t('course.done'),
  };
}
