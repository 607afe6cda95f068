/**
 * Translation status for volunteers: every page × language is source,
 * translated, machine (not yet reviewed), outdated (the Spanish page was
 * reviewed after the translation was made) or missing; plus UI-string
 * coverage and the stale guides and unverified services. Pure: works on
 * the content check's entries.
 */
import { LANGS, SOURCE_LANG } from '../../i18n/locale.ts';
import type { CheckedEntry } from '../check/content-check.ts';
import type { ContentProblem } from '../check/problems.ts';
import { msg } from '../../i18n/check/messages.ts';

export type Status = 'source' | 'translated' | 'machine' | 'outdated' | 'missing';

export interface StatusRow {
  /** e.g. `guides/pedir-asilo-o-refugio` or `lessons/curso/01-intro`. */
  page: string;
  title: string;
  /** The Spanish file, to edit. */
  file: string;
  /** `outdated`: how many units (paragraphs, fields) follow an older Spanish text, when known per unit. */
  cells: Record<string, { status: Status; file?: string; outdated?: number }>;
}

/**
 * Outdated units of a translation file, from the translation lock (issue
 * 25): a number when the file is tracked per unit, undefined when it is not
 * (then the page-level date rule decides).
 */
export type OutdatedUnits = (translationFile: string) => number | undefined;

const key = (e: CheckedEntry) => (e.collection === 'lessons' ? `lessons/${e.course}/${e.slug}` : `${e.collection}/${e.slug}`);

/** The status of one translation relative to its Spanish page. */
function statusOf(translation: CheckedEntry | undefined, source: CheckedEntry): Status {
  if (!translation) return 'missing';
  const tr = translation.data.translation as { machine?: boolean; reviewed?: boolean; source?: string } | undefined;
  const esReviewed = source.data.reviewed as string | undefined;
  if (tr?.source && esReviewed && esReviewed > tr.source) return 'outdated';
  if (tr?.machine && !tr.reviewed) return 'machine';
  return 'translated';
}

/** The matrix of pages × languages, Spanish pages in file order. */
export function statusMatrix(entries: readonly CheckedEntry[], outdatedUnits: OutdatedUnits = () => undefined): StatusRow[] {
  const pages = entries.filter((e) => ['guides', 'scams', 'pages', 'lessons'].includes(e.collection));
  const byKeyLang = new Map(pages.map((e) => [`${key(e)}|${e.lang}`, e]));
  return pages
    .filter((e) => e.lang === SOURCE_LANG)
    .map((source) => ({
      page: key(source),
      title: String(source.data.title),
      file: source.file,
      cells: Object.fromEntries(
        LANGS.map((lang) => {
          if (lang === SOURCE_LANG) return [lang, { status: 'source' as Status, file: source.file }];
          const tr = byKeyLang.get(`${key(source)}|${lang}`);
          const units = tr ? outdatedUnits(tr.file) : undefined;
          if (units === undefined) return [lang, { status: statusOf(tr, source), file: tr?.file }];
          // Tracked per unit: outdated only when a unit's Spanish text changed since it was translated.
          const tracked = statusOf(tr, { ...source, data: { ...source.data, reviewed: undefined } });
          return [lang, { status: units > 0 ? ('outdated' as Status) : tracked, file: tr?.file, outdated: units }];
        }),
      ),
    }));
}

/** Counts of each status per language. */
export function statusTotals(rows: readonly StatusRow[]): Record<string, Record<Status, number>> {
  const out: Record<string, Record<Status, number>> = {};
  for (const lang of LANGS) {
    out[lang] = { source: 0, translated: 0, machine: 0, outdated: 0, missing: 0 };
    for (const r of rows) out[lang][r.cells[lang].status]++;
  }
  return out;
}

/** Percentage of Spanish UI strings present in each language. */
export function uiCoverage(strings: Record<string, Record<string, string>>): Record<string, number> {
  const base = (k: string) => k.replace(/_(zero|one|two|few|many|other)$/, '');
  const es = new Set(Object.keys(strings[SOURCE_LANG] ?? {}).map(base));
  return Object.fromEntries(
    LANGS.map((lang) => {
      const have = new Set(Object.keys(strings[lang] ?? {}).map(base));
      return [lang, es.size ? Math.floor(([...es].filter((k) => have.has(k)).length / es.size) * 100) : 100];
    }),
  );
}

/** A stale file, with where the service is (country · city) when it is a service. */
export type StaleItem = ContentProblem & { place?: string };

/**
 * Stale guides and unverified services, from the check's problems; services
 * grouped by country and city (issue 18), so a volunteer in Tapachula sees
 * Tapachula's together. `entries` gives each service's place.
 */
export function staleLists(problems: readonly ContentProblem[], entries: readonly CheckedEntry[] = []): { guides: StaleItem[]; services: StaleItem[] } {
  const placeOf = new Map(
    entries
      .filter((e) => e.collection === 'directory')
      .map((e) => [e.file, { country: String(e.data.country ?? ''), city: typeof e.data.city === 'string' ? e.data.city : '' }]),
  );
  const services = problems
    .filter((p) => p.field === 'assured')
    .map((p): StaleItem => {
      const where = placeOf.get(p.file);
      return where ? { ...p, place: [where.country, where.city].filter(Boolean).join(' · ') } : { ...p };
    })
    .sort((a, b) => (a.place ?? '').localeCompare(b.place ?? '') || a.file.localeCompare(b.file));
  return {
    guides: problems.filter((p) => p.severity === 'warning' && p.field === 'reviewed'),
    services,
  };
}

/**
 * Published services that no person has verified by phone or in a visit
 * (issue 23), grouped by country and city, so volunteers with a phone can
 * work through them: the desk checks (`published-sources`) and e-mails.
 */
export function neverCalled(entries: readonly CheckedEntry[]): StaleItem[] {
  return entries
    .filter((e) => e.collection === 'directory' && !e.data.draft && e.data.status !== 'inactive')
    .filter((e) => e.data.assuredMethod !== 'phone' && e.data.assuredMethod !== 'visit')
    .map((e): StaleItem => {
      const day = String(e.data.assured ?? '');
      return {
        file: e.file,
        field: 'assuredMethod',
        problem: e.data.assuredMethod === 'email' ? msg('verified-only-email', day) : msg('verified-only-published', day),
        fix: msg('call-check-service-then-update'),
        severity: 'warning',
        place: [String(e.data.country ?? ''), typeof e.data.city === 'string' ? e.data.city : ''].filter(Boolean).join(' · '),
      };
    })
    .sort((a, b) => (a.place ?? '').localeCompare(b.place ?? '') || a.file.localeCompare(b.file));
}

/** The kinds of content whose coverage /status/ shows. */
export const COVERAGE_TYPES = ['guides', 'scams', 'pages', 'lessons', 'services'] as const;

/**
 * How much of each kind of content a reader of each language gets in their
 * language, as a whole percentage (issue 25): pages and lessons that exist
 * in the language, services with their name and description in it.
 */
export function coverageByType(entries: readonly CheckedEntry[]): Record<(typeof COVERAGE_TYPES)[number] | 'all', Record<string, number>> {
  const counts = (type: string) => {
    if (type === 'services') {
      const list = entries.filter((e) => e.collection === 'directory' && !e.data.draft);
      const done = (l: string) => list.filter((e) => (e.data.name as Record<string, string>)[l] && (e.data.description as Record<string, string>)[l]).length;
      return { total: list.length, done };
    }
    const src = entries.filter((e) => e.collection === type && e.lang === SOURCE_LANG && !e.data.draft);
    const have = new Set(entries.filter((e) => e.collection === type && !e.data.draft).map((e) => `${e.lang}|${e.course ?? ''}|${e.slug}`));
    return { total: src.length, done: (l: string) => src.filter((e) => have.has(`${l}|${e.course ?? ''}|${e.slug}`)).length };
  };
  const pct = (done: number, total: number) => (total ? Math.floor((done / total) * 100) : 100);
  const out = {} as Record<(typeof COVERAGE_TYPES)[number] | 'all', Record<string, number>>;
  const all: Record<string, [number, number]> = Object.fromEntries(LANGS.map((l) => [l, [0, 0]]));
  for (const type of COVERAGE_TYPES) {
    const c = counts(type);
    out[type] = Object.fromEntries(LANGS.map((l) => [l, pct(c.done(l), c.total)]));
    for (const l of LANGS) {
      all[l][0] += c.done(l);
      all[l][1] += c.total;
    }
  }
  out.all = Object.fromEntries(LANGS.map((l) => [l, pct(all[l][0], all[l][1])]));
  return out;
}
