/**
 * The Markdown bodies: MDX syntax and unsafe content (src/lib/check/mdx-safety.ts),
 * internal links (to pages that exist, and translated where linked from a
 * translation), images without a description, unknown components, phone
 * numbers in <Tel>.
 */
import { mdxToMdast } from 'satteri';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, SOURCE_LANG } from '../../i18n/locales.ts';
import type { ContentProblem } from './problems.ts';
import { unsafeMdx } from './mdx-safety.ts';
import type { Bodies, CheckedEntry } from './types.ts';

import { MDX_COMPONENT_NAMES as MDX_COMPONENTS } from '../../schemas/mdx-components.ts';
import { msg } from '../../i18n/check/messages.ts';

/** Every internal URL the build will produce, and which pages exist in which language. */
function siteUrls(entries: CheckedEntry[]): { all: Set<string>; translated: Set<string> } {
  const all = new Set<string>(['/', '/directory/hsds/', '/status/']);
  const translated = new Set<string>();
  const by = (c: string) => entries.filter((e) => e.collection === c && !e.data.draft);
  const lessonSlug = (e: CheckedEntry) => e.slug.replace(/^\d+-/, '');
  for (const lang of LANGS) {
    for (const section of ['', 'guides/', 'scams/', 'directory/', 'courses/', 'emergency/', 'offline/', 'search/', 'changes/']) all.add(`/${lang}/${section}`);
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

/** Most an image in `public/images/` may weigh: people pay for data by the megabyte. */
export const MAX_IMAGE_BYTES = 500 * 1024;

/** One Markdown body being checked, and the list its problems go to. */
interface BodyCheck {
  file: string;
  body: string;
  /** Lines before the body (the front matter), added to each line found in it. */
  offset: number;
  lang: string;
  problems: ContentProblem[];
}

/** The line (from 1) of a character in a body. */
const lineAt = (body: string, index: number) => body.slice(0, index).split('\n').length;

/** MDX that cannot be read, and unsafe content, said in plain words. */
function checkSyntax({ file, body, offset, problems }: BodyCheck) {
  try {
    const tree = mdxToMdast(body);
    for (const issue of unsafeMdx(tree, body)) {
      problems.push({ file, line: issue.line + offset, field: '(text)', problem: issue.problem, fix: issue.fix, severity: 'error' });
    }
  } catch (e) {
    const text = e instanceof Error ? e.message : String(e);
    const m = /^(\d+):(\d+): (.*?)(?: \([\w:-]+\))?$/.exec(text);
    const what = m ? m[3] : text;
    const bareLt = /after `<`/.test(what);
    const brace = /brace|expression/i.test(what);
    problems.push({
      file,
      line: m ? Number(m[1]) + offset : undefined,
      field: '(text)',
      problem: bareLt
        ? msg('that-does-not-start-component')
        : brace
          ? msg('text-mdx-reads-braces-start')
          : msg('markdown-cannot-read', what),
      fix: bareLt
        ? msg('write-lt-words-menos-de')
        : brace
          ? msg('show-brace-text-write')
          : msg('check-stray-line-write-them'),
      severity: 'error',
    });
  }
}

/** Internal links go to pages that exist, and from a translation to pages translated too. */
function checkLinks({ file, body, offset, lang, problems }: BodyCheck, { all, translated }: { all: Set<string>; translated: Set<string> }) {
  for (const m of body.matchAll(/\]\((\/[^)\s#]*)(#[^)\s]*)?(?:\s+"[^"]*")?\)|href="(\/[^"#]*)(#[^"]*)?"/g)) {
    const url = (m[1] ?? m[3]).replace(/\/?$/, '/').replace(/\/index\.html\/$/, '/');
    if (/\.[a-z0-9]+\/$/i.test(url)) continue; // a file such as /directory/hsds/services.csv
    const line = lineAt(body, m.index!) + offset;
    if (!all.has(url)) {
      problems.push({ file, line, field: '(link)', problem: msg('link-goes-page-that-does', url), fix: msg('fix-address-internal-links-look'), severity: 'error' });
    } else if (lang && lang !== SOURCE_LANG && url.startsWith(`/${lang}/`) && !translated.has(url) && [...translated].some((t) => t === url.replace(`/${lang}/`, `/${SOURCE_LANG}/`))) {
      problems.push({
        file,
        line,
        field: '(link)',
        problem: msg('link-goes-page-not-translated', url, lang),
        fix: msg('link-translate-that-page-first', url.replace(`/${lang}/`, `/${SOURCE_LANG}/`)),
        severity: 'error',
      });
    }
  }
}

/** Components are ours, and phone numbers in <Tel> are written so a phone can dial them. */
function checkComponents({ file, body, offset, problems }: BodyCheck) {
  for (const m of body.matchAll(/<([A-Z][A-Za-z0-9]*)\b/g)) {
    if (!(MDX_COMPONENTS as readonly string[]).includes(m[1])) {
      problems.push({
        file,
        line: lineAt(body, m.index!) + offset,
        field: '(text)',
        problem: msg('unknown-component', m[1]),
        fix: msg('use-one-components-contributing-md', MDX_COMPONENTS.map((c) => `<${c}>`).join(', ')),
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
        problem: msg('found', `"${m[1]}"`),
        fix: msg('write-phone-international-form-then'),
        severity: 'error',
      });
    }
  }
}

/** Our own images (uploaded through the web editor or by hand) must exist and be light; every image needs a description. */
function checkImages({ file, body, offset, problems }: BodyCheck, root: string | undefined) {
  for (const m of root ? body.matchAll(/!\[[^\]]*\]\((\/images\/[^)\s]+)[^)]*\)|<img\b[^>]*?src="(\/images\/[^"]+)"/g) : []) {
    const src = decodeURI(m[1] ?? m[2]);
    const path = join(root!, 'public', src);
    const line = lineAt(body, m.index!) + offset;
    if (!existsSync(path)) {
      problems.push({ file, line, field: '(image)', problem: msg('image-not-found', src), fix: msg('upload-image-or-fix-path', `public${src}`), severity: 'error' });
    } else if (statSync(path).size > MAX_IMAGE_BYTES) {
      const kb = Math.round(statSync(path).size / 1024);
      problems.push({ file, line, field: '(image)', problem: msg('image-too-heavy', src, kb, MAX_IMAGE_BYTES / 1024), fix: msg('make-image-lighter'), severity: 'error' });
    }
  }
  for (const m of body.matchAll(/!\[\s*\]\(([^)\s]+)[^)]*\)|<img\b(?![^>]*\balt="[^"]+")[^>]*?src="([^"]+)"[^>]*>/g)) {
    problems.push({
      file,
      line: lineAt(body, m.index!) + offset,
      field: '(image)',
      problem: msg('image-has-no-description-alt', m[1] ?? m[2]),
      fix: msg('describe-image-between-brackets-what'),
      severity: 'error',
    });
  }
}

/** Links, images and MDX syntax in the Markdown bodies. `root` holds `public/` (for images). */
export function checkBodies(entries: CheckedEntry[], bodies: Bodies, problems: ContentProblem[], root?: string) {
  const urls = siteUrls(entries);
  for (const [file, { body, offset, lang }] of bodies) {
    const one: BodyCheck = { file, body, offset, lang, problems };
    checkSyntax(one);
    checkLinks(one, urls);
    checkComponents(one);
    checkImages(one, root);
  }
}
