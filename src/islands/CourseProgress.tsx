/**
 * On a course page: progress as a progressbar (0–100), Start/Continue to
 * the first unfinished lesson, the lesson list with done marks, the
 * certificate link at 100 %, and "Start this course again".
 */
import { coursePercent, isLessonDone, nextLesson, resetCourse } from '../lib/courses/progress.ts';
import { useProgress } from './progress-client.ts';
import { siteHref } from '../lib/web/site-href.ts';

export interface CourseStrings {
  progress: string;
  start: string;
  continue: string;
  done: string;
  restart: string;
  restartConfirm: string;
  certificate: string;
  lessons: string;
  note: string;
  storedDamaged: string;
}

interface Props {
  course: string;
  base: string;
  lessons: { slug: string; title: string; minutes: string; lang?: string }[];
  strings: CourseStrings;
}

export default function CourseProgress({ course, base, lessons, strings }: Props) {
  const [doc, setDoc, problem] = useProgress();
  const slugs = lessons.map((l) => l.slug);
  const percent = doc ? coursePercent(doc, course, slugs) : 0;
  const started = !!doc?.courses[course];
  const target = doc ? nextLesson(doc, course, slugs) : slugs[0];
  const targetLesson = lessons.find((l) => l.slug === target) ?? lessons[0];
  return (
    <div class="course-progress" data-ready={doc ? '' : undefined}>
      {problem && <p class="notice" role="alert">{strings.storedDamaged}</p>}
      <p id="course-progress-label">{strings.progress}</p>
      <div class="progress-row">
        <div role="progressbar" aria-labelledby="course-progress-label" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} class="bar">
          {/* Width set through the DOM (not a style attribute), so the CSP needs no 'unsafe-inline'. */}
          <span ref={(el) => el?.style.setProperty('inline-size', `${percent}%`)} />
        </div>
        <strong>{percent} %</strong>
      </div>
      <p class="meta">{strings.note}</p>
      <p>
        {/* The lesson's name makes the link say where it goes (not just "Start"). */}
        <a class="button" href={siteHref(`${base}${target}/`)}>
          {started && percent < 100 ? strings.continue : strings.start}: <span lang={targetLesson?.lang}>{targetLesson?.title}</span>
        </a>
        {percent === 100 && (
          <>
            {' '}
            <a class="button" href={siteHref(`${base}certificate/`)}>
              {strings.certificate}
            </a>
          </>
        )}
      </p>
      <h2>{strings.lessons}</h2>
      <ol class="lessons">
        {lessons.map((l) => {
          const done = doc ? isLessonDone(doc, course, l.slug) : false;
          return (
            <li lang={l.lang}>
              <a href={siteHref(`${base}${l.slug}/`)}>{l.title}</a> <small class="meta">({l.minutes})</small>
              {done && (
                <span class="done-mark">
                  {' '}
                  ✓ <span lang={undefined}>{strings.done}</span>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {started && (
        <p>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              if (doc && confirm(strings.restartConfirm)) setDoc(resetCourse(doc, course));
            }}
          >
            {strings.restart}
          </button>
        </p>
      )}
    </div>
  );
}
