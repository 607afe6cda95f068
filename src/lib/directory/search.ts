/**
 * The service finder's index: compact service records per language, a
 * lunr index over them (with the language's stemmer from lunr-languages),
 * and the search + filters run on the device. Pure: the caller passes in
 * the `lunr` object with the language plugin already registered, so the
 * same code runs at build time (Node) and in the browser.
 */
import type lunrType from 'lunr';
import { isOpenAt, type ScheduleException, type ScheduleRow } from './open-now.ts';
import { byDistance, type Point } from './distance.ts';
import { LOCALES, isLang } from '../../i18n/locales.ts';
import { stemmersFor } from './lunr-stemmers.ts';

type Lunr = typeof lunrType;


/** What the finder needs to show and filter one service (no confidential location). */
export interface ServiceRecord {
  id: string;
  name: string;
  org: string;
  description: string;
  categories: string[];
  country: string;
  city?: string;
  region?: string;
  languages: string[];
  free: boolean;
  /** Each phone with its number grouped for reading (`display`). */
  phones: { number: string; whatsapp: boolean; display?: string }[];
  schedule: ScheduleRow[];
  /** Dates with other hours or closed, from today on. */
  exceptions?: ScheduleException[];
  /** IANA time zone of the hours (the service's own, else its country's). */
  timezone: string;
  location?: Point | null;
  /** The day a person last verified it (YYYY-MM-DD). */
  assured?: string;
  /** How it was verified (phone, visit, email, published-sources). */
  method?: string;
  /** When an institution that enforces migration runs it: its kind (the general warning) … */
  enforces?: string;
  /** … or the institution's own warning, in the record's language. */
  warning?: string;
}

/** The file the browser downloads: `/directory/<lang>.json`. */
export interface DirectoryIndexFile {
  lang: string;
  records: ServiceRecord[];
  index: object;
}

/**
 * Makes `lunr` index and search `lang`: registers nothing itself (plugins
 * must already be applied), it only tells the builder which pipeline to use.
 */
function usePipeline(lunr: Lunr, builder: lunrType.Builder, lang: string) {
  if (!isLang(lang)) throw new Error(`"${lang}" is not a language of the portal`);
  const stemmer = LOCALES[lang].stemmer;
  if (stemmer === 'builtin') return; // lunr's default English pipeline
  if (stemmer === 'none') {
    // No stemmer for this language: keep words as written, just trimmed.
    builder.pipeline.reset();
    builder.searchPipeline.reset();
    builder.pipeline.add(lunr.trimmer);
    return;
  }
  const l = lunr as unknown as Record<string, unknown> & { multiLanguage?: (...langs: string[]) => lunrType.Builder.Plugin };
  const ids = stemmersFor(lang);
  for (const id of ids) if (typeof l[id] !== 'function') throw new Error(missingPlugin(id));
  if (ids.length > 1) {
    // Pages in this language often fall back to another: index both.
    if (typeof l.multiLanguage !== 'function') throw new Error(missingPlugin('multi'));
    builder.use(l.multiLanguage(...ids));
    return;
  }
  builder.use(l[stemmer] as lunrType.Builder.Plugin);
}

function missingPlugin(lang: string): string {
  return `The lunr language plugin for "${lang}" is not registered. Load lunr-languages/lunr.stemmer.support and lunr-languages/lunr.${lang} and apply them to lunr before building or loading the "${lang}" directory index.`;
}

/** Builds the lunr index for `records` in `lang` and returns it serialized. */
export function buildDirectoryIndex(lunr: Lunr, lang: string, records: readonly ServiceRecord[]): object {
  const idx = lunr(function () {
    usePipeline(lunr, this, lang);
    this.ref('id');
    this.field('name', { boost: 10 });
    this.field('org', { boost: 6 });
    this.field('categories', { boost: 4 });
    this.field('city', { boost: 4 });
    this.field('description');
    for (const r of records) {
      this.add({ id: r.id, name: r.name, org: r.org, categories: r.categories.join(' '), city: [r.city, r.region].filter(Boolean).join(' '), description: r.description });
    }
  });
  return idx.toJSON();
}

/** Loads a serialized index; fails with a clear message when the language plugin is missing. */
export function loadDirectoryIndex(lunr: Lunr, lang: string, serialized: object): lunrType.Index {
  const l = lunr as unknown as { multiLanguage?: (...langs: string[]) => unknown };
  // A combined index uses a combined trimmer; creating the plugin registers it.
  const ids = isLang(lang) ? stemmersFor(lang) : [];
  if (ids.length > 1 && typeof l.multiLanguage === 'function') l.multiLanguage(...ids);
  try {
    return lunr.Index.load(serialized);
  } catch (e) {
    if (e instanceof Error && /unregistered function/i.test(e.message)) throw new Error(missingPlugin(lang));
    throw e;
  }
}

/**
 * Ids of services matching `query`, best first. Every word must match, as
 * itself (stemmed), as a prefix, or with one typo (words of 4+ letters).
 */
export function searchDirectory(lunr: Lunr, idx: lunrType.Index, query: string): string[] {
  const words = lunr.tokenizer(query.trim()).map((t) => t.toString()).filter(Boolean);
  if (!words.length) return [];
  const pipeline = (idx as unknown as { pipeline: lunrType.Pipeline }).pipeline;
  let scores: Map<string, number> | null = null;
  for (const word of words) {
    // Typos are matched against stems: "casablnca" → "casablnc" ≈ "casablanc".
    const stem = pipeline.runString(word)[0] || word;
    const found = idx.query((q) => {
      // The index's search pipeline (trimmer, stemmer) runs on the exact term;
      // it would strip the wildcard, so prefix and typo terms skip it.
      q.term(word, { boost: 10 });
      q.term(word, { boost: 5, wildcard: lunr.Query.wildcard.TRAILING, usePipeline: false });
      if (word.length >= 4) q.term(stem, { boost: 1, editDistance: 1, usePipeline: false });
    });
    const next = new Map<string, number>();
    for (const r of found) {
      if (scores === null || scores.has(r.ref)) next.set(r.ref, (scores?.get(r.ref) ?? 0) + r.score);
    }
    scores = next;
    if (!scores.size) break;
  }
  return [...(scores ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

/** The finder's filters, as kept in the URL. */
export interface FinderFilters {
  q?: string;
  category?: string;
  country?: string;
  city?: string;
  language?: string;
  free?: boolean;
  openNow?: boolean;
}

/**
 * Applies text search and filters; sorts by distance when `near` is given,
 * else by relevance (with a query) or by name.
 */
export function findServices(
  records: readonly ServiceRecord[],
  filters: FinderFilters,
  options: { matchIds?: string[] | null; now?: Date; near?: Point | null; locale?: string } = {},
): (ServiceRecord & { km?: number })[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  let list: ServiceRecord[] = options.matchIds ? options.matchIds.map((id) => byId.get(id)!).filter(Boolean) : [...records].sort((a, b) => a.name.localeCompare(b.name, options.locale));
  const now = options.now ?? new Date();
  list = list.filter(
    (r) =>
      (!filters.category || r.categories.includes(filters.category)) &&
      (!filters.country || r.country === filters.country) &&
      (!filters.city || r.city === filters.city) &&
      (!filters.language || r.languages.includes(filters.language)) &&
      (!filters.free || r.free) &&
      (!filters.openNow || isOpenAt({ schedule: r.schedule, exceptions: r.exceptions }, r.timezone, now)),
  );
  return options.near ? byDistance(list, options.near) : list;
}
