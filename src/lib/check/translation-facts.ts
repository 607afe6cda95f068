/**
 * Machine translation must not change what a reader does (issue 25): every
 * number, amount, date, phone number, e-mail address and web address of a
 * Spanish page appears in each of its translations, and a translation adds
 * none of its own. Digits are compared as digit groups, so "1.234" and
 * "1,234", "8:00" and "8.00", or Arabic-Indic digits match; the words of a
 * date ("diciembre", "December") are the translator's. Addresses to this
 * site's own pages may change language (/es/ → /ht/).
 */
import type { ContentProblem } from './problems.ts';
import { msg } from '../../i18n/check/messages.ts';
import type { Bodies, CheckedEntry } from './types.ts';

/** Arabic-Indic and Persian digits → ASCII. */
const asciiDigits = (s: string) => s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x6f0));

/** The facts of a text a reader acts on: web and e-mail addresses, and digit groups outside them. */
export function factsOf(text: string): { urls: string[]; emails: string[]; numbers: string[] } {
  let t = asciiDigits(text);
  const urls = [...t.matchAll(/https?:\/\/[^\s)>"'\]]+/g)].map((m) => m[0].replace(/[.,;:]+$/, ''));
  t = t.replace(/https?:\/\/[^\s)>"'\]]+/g, ' ');
  const emails = [...t.matchAll(/[\w.+-]+@[\w-]+\.[\w.-]+/g)].map((m) => m[0].toLowerCase());
  t = t.replace(/[\w.+-]+@[\w-]+\.[\w.-]+/g, ' ');
  // "8:00" and "8 h" are the same hour: whole hours are compared without their minutes.
  t = t.replace(/\b(\d{1,2})[:.]00\b/g, '$1');
  // Internal links and components' props are structure, not facts: the structure check covers them.
  t = t.replace(/\]\([^)]*\)/g, ' ').replace(/<[A-Z][^>]*>/g, ' ');
  const numbers = [...t.matchAll(/\d+/g)].map((m) => String(Number(m[0])));
  return { urls, emails, numbers };
}

/** Reader-facing text of a page: its body and translated front matter fields. */
function pageText(e: CheckedEntry, body: string | undefined): string {
  const d = e.data as Record<string, unknown>;
  const list = (v: unknown) => (Array.isArray(v) ? v : []);
  const quiz = list(d.quiz) as { question?: string; choices?: string[]; explanation?: string }[];
  return [
    d.title,
    d.summary,
    ...list(d.signs),
    ...list(d.whatToDo),
    ...(list(d.report) as { text?: string }[]).map((r) => r.text),
    ...quiz.flatMap((q) => [q.question, ...(q.choices ?? []), q.explanation]),
    body,
  ]
    .filter((x): x is string => typeof x === 'string')
    .join('\n');
}

/** What `a` has more of than `b` (multisets). */
function missingFrom(a: string[], b: string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  const out: string[] = [];
  for (const x of a) {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    else out.push(x);
  }
  return out;
}

/** Adds an error for every translation whose numbers or addresses differ from its Spanish page. */
export function checkTranslationFacts(entries: readonly CheckedEntry[], bodies: Bodies, problems: ContentProblem[]) {
  const pages = entries.filter((e) => ['guides', 'scams', 'pages', 'lessons'].includes(e.collection));
  const key = (e: CheckedEntry) => `${e.collection}|${e.course ?? ''}|${e.slug}`;
  const spanish = new Map(pages.filter((e) => e.lang === 'es').map((e) => [key(e), e]));
  for (const tr of pages.filter((e) => e.lang && e.lang !== 'es')) {
    const es = spanish.get(key(tr));
    if (!es) continue;
    const a = factsOf(pageText(es, bodies.get(es.file)?.body));
    const b = factsOf(pageText(tr, bodies.get(tr.file)?.body));
    const report = (problem: ReturnType<typeof msg>, fix: ReturnType<typeof msg>) => problems.push({ file: tr.file, field: '(text)', problem, fix, severity: 'error' });
    const lost = missingFrom(a.numbers, b.numbers);
    const added = missingFrom(b.numbers, a.numbers);
    if (lost.length) report(msg('translation-number-missing', lost.slice(0, 6).join(', '), es.file), msg('translation-keep-numbers'));
    if (added.length) report(msg('translation-number-added', added.slice(0, 6).join(', '), es.file), msg('translation-keep-numbers'));
    for (const [kind, x, y] of [['url', a.urls, b.urls], ['email', a.emails, b.emails]] as const) {
      const gone = missingFrom(x, y);
      const extra = missingFrom(y, x);
      if (gone.length || extra.length) report(msg('translation-address-differs', kind === 'url' ? 'web' : 'e-mail', [...gone, ...extra].slice(0, 3).join(' '), es.file), msg('translation-keep-addresses'));
    }
  }
}
