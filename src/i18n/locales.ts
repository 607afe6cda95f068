/**
 * The one locale registry. Everything that differs between the portal's
 * languages is here: code, own name, direction, the `Intl` locale for
 * dates, numbers and names, the plural rules, the content fallback, the
 * search stemmer, and which language is the source. No other module names
 * a language code; they ask this one. Dependency-free, so pages, islands,
 * the service worker, the build and the CLIs can all import it.
 *
 * To add a language: add an entry here, a catalog `src/i18n/<code>.json`,
 * and (if lunr-languages has one) its stemmer in src/lib/directory/lunr-stemmers.ts.
 */

/** What the portal knows about one language. */
export interface LocaleInfo {
  /** The language in its own name, as the language switcher shows it. */
  name: string;
  /** Text direction. */
  dir: 'ltr' | 'rtl';
  /** ISO 639-3 code (what ZIM archives and Kiwix libraries use). */
  iso639_3: string;
  /** The `Intl` locale for dates, numbers, country and language names (ICU may lack the language itself). */
  intl: string;
  /** The locale whose CLDR plural rules the language follows (for `_one`, `_few`… keys). */
  plural: string;
  /** Month names written out, where ICU has none for the language (then dates are formatted by hand). */
  months?: readonly string[];
  /**
   * The directory search's stemmer: a lunr-languages stemmer id, `builtin`
   * (lunr's own English pipeline) or `none` (words kept as written).
   */
  stemmer: 'builtin' | 'none' | 'es' | 'fr' | 'pt' | 'ar';
  /** Also index text in these stemmers' languages (pages in this language often fall back to them). */
  alsoStem?: readonly ('es' | 'fr' | 'pt')[];
}

/** The portal's languages, in the order the switcher lists them. The first is the source language. */
export const LOCALES = {
  es: { name: 'Español', dir: 'ltr', iso639_3: 'spa', intl: 'es', plural: 'es', stemmer: 'es' },
  en: { name: 'English', dir: 'ltr', iso639_3: 'eng', intl: 'en', plural: 'en', stemmer: 'builtin' },
  fr: { name: 'Français', dir: 'ltr', iso639_3: 'fra', intl: 'fr', plural: 'fr', stemmer: 'fr' },
  pt: { name: 'Português', dir: 'ltr', iso639_3: 'por', intl: 'pt', plural: 'pt', stemmer: 'pt' },
  // Kreyòl ayisyen is not in ICU: names of countries and languages come from
  // French, plurals follow the one/other pattern, and dates are written out.
  ht: {
    name: 'Kreyòl ayisyen',
    dir: 'ltr',
    iso639_3: 'hat',
    intl: 'fr',
    plural: 'en',
    months: ['janvye', 'fevriye', 'mas', 'avril', 'me', 'jen', 'jiyè', 'out', 'septanm', 'oktòb', 'novanm', 'desanm'],
    stemmer: 'none',
  },
  // Most Arabic pages still fall back to Spanish, so the directory indexes both.
  ar: { name: 'العربية', dir: 'rtl', iso639_3: 'ara', intl: 'ar', plural: 'ar', stemmer: 'ar', alsoStem: ['es'] },
} as const satisfies Record<string, LocaleInfo>;

/** A portal language code. */
export type Lang = keyof typeof LOCALES;

/** The six languages of the portal. */
export const LANGS = Object.keys(LOCALES) as Lang[];

/** The source language: every page exists in it first, and it is the fallback of every other. */
export const SOURCE_LANG = 'es' satisfies Lang;
export type SourceLang = typeof SOURCE_LANG;

/** The languages pages are translated into (all but the source). */
export const TARGET_LANGS = LANGS.filter((l) => l !== SOURCE_LANG);

/** Each language in its own name. */
export const LANG_NAMES = Object.fromEntries(LANGS.map((l) => [l, LOCALES[l].name])) as Record<Lang, string>;

/** True when `value` is one of the portal languages. */
export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(LOCALES, value);
}

/** Languages outside the portal that are written right to left (e.g. a service's spoken languages). */
const OTHER_RTL = new Set(['he', 'fa', 'ur', 'ps', 'yi']);

/** `rtl` or `ltr` for a portal language, or for another language code. */
export function dirOf(lang: string): 'rtl' | 'ltr' {
  return isLang(lang) ? LOCALES[lang].dir : OTHER_RTL.has(lang.split('-')[0]) ? 'rtl' : 'ltr';
}

/** The `Intl` locale to format dates, numbers and names for readers of `lang`. */
export function intlLocale(lang: Lang): string {
  return LOCALES[lang].intl;
}

/** The locale whose plural rules `lang` follows. */
export function pluralLocale(lang: Lang): string {
  return LOCALES[lang].plural;
}

/**
 * Formats an ISO date (YYYY-MM-DD) for readers of `lang`, e.g. "24 de
 * noviembre de 2026". Dates are calendar days, so UTC is used throughout.
 */
export function formatDate(lang: Lang, iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  const months = (LOCALES[lang] as LocaleInfo).months;
  if (months) return `${d} ${months[m - 1]} ${y}`;
  return new Intl.DateTimeFormat(intlLocale(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** Formats a number for readers of `lang`. */
export function formatNumber(lang: Lang, n: number, options?: Intl.NumberFormatOptions): string {
  return n.toLocaleString(intlLocale(lang), options);
}

/** Names of countries (`region`) or languages (`language`) in the reader's language. */
export function displayNames(lang: Lang, type: 'region' | 'language'): Intl.DisplayNames {
  return new Intl.DisplayNames([intlLocale(lang)], { type });
}

/** The languages the volunteers' command-line tools write in: the source language, and English. */
export const VOLUNTEER_LANGS = ['es', 'en'] as const satisfies readonly Lang[];
export type VolunteerLang = (typeof VOLUNTEER_LANGS)[number];

/** The volunteer's language for messages: `--lang`, else the system locale (English when it says so), else the source language. */
export function volunteerLang(explicit?: string, env: Record<string, string | undefined> = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {}): VolunteerLang {
  const wanted = (explicit || env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase().slice(0, 2);
  return (VOLUNTEER_LANGS as readonly string[]).includes(wanted) ? (wanted as VolunteerLang) : SOURCE_LANG;
}
