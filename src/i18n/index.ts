/**
 * UI strings: one i18next instance for the whole build. Pages call
 * `useT(lang)`, which returns a fixed `t` for that language (never a global
 * language change). A key missing in a language falls back to Spanish.
 */
import i18next, { type TFunction } from 'i18next';
import { LANGS, SOURCE_LANG, type Lang } from '../lib/locale.ts';
import es from './es.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };
import pt from './pt.json' with { type: 'json' };
import ht from './ht.json' with { type: 'json' };
import ar from './ar.json' with { type: 'json' };

/** The UI strings of every language, as loaded from `src/i18n/<lang>.json`. */
export const UI_STRINGS: Record<Lang, Record<string, string>> = { es, en, fr, pt, ht, ar };

/** The keys of the Spanish (complete) UI strings. */
export type UIKey = keyof typeof es;

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
export function useT(lang: Lang): TFunction {
  return instance.getFixedT(lang);
}

/** Keys present in Spanish but missing in `lang` (they fall back to Spanish). */
export function missingKeys(lang: Lang): string[] {
  const have = new Set(Object.keys(UI_STRINGS[lang]).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')));
  return Object.keys(UI_STRINGS.es)
    .map((k) => k.replace(/_(zero|one|two|few|many|other)$/, ''))
    .filter((k, i, all) => all.indexOf(k) === i && !have.has(k));
}
