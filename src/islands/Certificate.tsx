/**
 * The certificate of a finished course: the trainee types a name (kept on
 * this device), sees course, duration and completion date, and prints it.
 */
import { completedOn, coursePercent } from '../lib/courses/progress.ts';
import { formatDate, isLang } from '../i18n/locale.ts';
import { useProgress } from './progress-client.ts';
import { siteHref } from '../lib/web/site-href.ts';

export interface CertificateStrings {
  notYet: string;
  backToCourse: string;
  name: string;
  heading: string;
  completed: string;
  duration: string;
  date: string;
  print: string;
  note: string;
}

interface Props {
  lang: string;
  course: string;
  courseTitle: string;
  duration: string;
  lessons: string[];
  base: string;
  strings: CertificateStrings;
}

export default function Certificate({ lang, course, courseTitle, duration, lessons, base, strings }: Props) {
  const [doc, setDoc] = useProgress();
  if (!doc) return null;
  if (coursePercent(doc, course, lessons) < 100) {
    return (
      <p class="notice">
        {strings.notYet} <a href={siteHref(base)}>{strings.backToCourse}</a>
      </p>
    );
  }
  const when = completedOn(doc, course, lessons)!.slice(0, 10);
  const date = isLang(lang) ? formatDate(lang, when) : when;
  return (
    <div>
      <p class="no-print">
        <label for="cert-name">{strings.name}</label>
        <input id="cert-name" type="text" autoComplete="name" value={doc.name ?? ''} onInput={(e) => setDoc({ ...doc, name: (e.target as HTMLInputElement).value })} />
      </p>
      <div class="certificate" aria-live="polite">
        <p class="cert-heading">{strings.heading}</p>
        <p class="cert-name">{doc.name?.trim() || '…'}</p>
        <p>{strings.completed}</p>
        <p class="cert-course">{courseTitle}</p>
        <dl class="facts">
          <dt>{strings.duration}</dt>
          <dd>{duration}</dd>
          <dt>{strings.date}</dt>
          <dd>
            <time datetime={when}>{date}</time>
          </dd>
        </dl>
        <p class="meta">{strings.note}</p>
      </div>
      <p class="no-print">
        <button type="button" onClick={() => print()}>
          {strings.print}
        </button>
      </p>
    </div>
  );
}
