/** Two lessons with one slug, content pages that take a reserved address. */
import type { ContentProblem } from './problems.ts';
import type { CheckedEntry } from './types.ts';
import { pathProblem } from './files.ts';
import { msg } from '../../i18n/check/messages.ts';

/** Addresses reserved by the site's own pages (a content page may not take them). */
const RESERVED = new Set(['guides', 'scams', 'directory', 'courses', 'emergency', 'offline', 'search', '404', 'status', 'changes']);

/** Adds a problem for every duplicate lesson slug and reserved page address. */
export function checkDuplicates(entries: CheckedEntry[], problems: ContentProblem[]) {
  const seen = new Map<string, string>();
  for (const e of entries.filter((x) => x.collection === 'lessons')) {
    const key = `${e.course}/${e.lang}/${e.slug.replace(/^\d+-/, '')}`;
    if (seen.has(key)) problems.push(pathProblem(e.file, msg('two-lessons-course-have-slug', e.slug.replace(/^\d+-/, '')), msg('give-each-lesson-different-name')));
    else seen.set(key, e.file);
  }
  for (const e of entries.filter((x) => x.collection === 'pages' && RESERVED.has(x.slug))) {
    problems.push(pathProblem(e.file, msg('reserved-address-site', e.slug), msg('choose-another-file-name')));
  }
}
