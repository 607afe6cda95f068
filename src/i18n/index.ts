/**
 * UI strings: one i18next instance for the whole build. Pages call
 * `useT(lang)`, which returns a fixed `t` for that language (never a global
 * language change). A key missing in a language falls back to Spanish.
 */
import i18next from 'i18next';
import { LANGS, SOURCE_LANG, pluralLocale, type Lang } from './locales.ts';
import type sourceCatalog from './es.json';

/** Every catalog `src/i18n/<lang>.json`, by file name. */
const catalogs = import.meta.glob<Record<string, string>>('./*.json', { eager: true, import: 'default' });

/** The UI strings of every language, as loaded from `src/i18n/<lang>.json`. */
export const UI_STRINGS = Object.fromEntries(LANGS.map((l) => [l, catalogs[`./${l}.json`] ?? {}])) as Record<Lang, Record<string, string>>;

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
/** The keys of the source (complete) catalog, plural keys without their `_one`, `_other`… suffix. */
export type UIKey = keyof typeof sourceCatalog extends infer K ? (K extends `${infer Base}_${PluralSuffix}` ? Base : K) : never;

/** A translator for one language: accepts only keys of the catalog (typos do not type-check). */
export type Translate = (key: UIKey, options?: Record<string, unknown>) => string;

const instance = i18next.createInstance();
void instance.init({
  initAsync: false,
  lng: SOURCE_LANG,
  fallbackLng: SOURCE_LANG,
  supportedLngs: [...LANGS],
  // Flat dotted keys: "nav.home" is one key, not a path.
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  resources: Object.fromEntries(LANGS.map((l) => [l, { translation: UI_STRINGS[l] }])),
});

/** A translator fixed to `lang`. Astro escapes output, so i18next does not. */
export function useT(lang: Lang): Translate {
  const t = instance.getFixedT(lang);
  // Plural keys are chosen here with the registry's plural rules (i18next
  // would ask ICU, which does not know every language and then follows the
  // build machine's locale).
  const rules = new Intl.PluralRules(pluralLocale(lang));
  const has = (k: string) => k in UI_STRINGS[lang] || k in UI_STRINGS[SOURCE_LANG];
  return (key, options) => {
    const count = options?.count;
    if (typeof count === 'number') {
      const exact = `${key}_${rules.select(count)}`;
      const chosen = has(exact) ? exact : has(`${key}_other`) ? `${key}_other` : key;
      return t(chosen, options ?? {}) as string;
    }
    return t(key, options ?? {}) as string;
  };
}

/** Keys present in Spanish but missing in `lang` (they fall back to Spanish). */
export function missingKeys(lang: Lang): string[] {
  const have = new Set(Object.keys(UI_STRINGS[lang]).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')));
  return Object.keys(UI_STRINGS[SOURCE_LANG])
    .map((k) => k.replace(/_(zero|one|two|few|many|other)$/, ''))
    .filter((k, i, all) => all.indexOf(k) === i && !have.has(k));
}
