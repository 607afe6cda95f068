/**
 * Plural forms for islands: the build knows every translated string, the
 * browser knows the count. `pluralForms` renders one template per CLDR
 * category of the language; `plural` picks the right one at run time.
 */

import { pluralLocale, formatNumber, isLang } from './locales.ts';

const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** The plural rules of a portal language (by the locale registry), or of another locale. */
const rulesFor = (lang: string) => new Intl.PluralRules(isLang(lang) ? pluralLocale(lang) : lang);

/** Templates with `{{count}}`, keyed by CLDR plural category. */
export type PluralForms = Partial<Record<(typeof CATEGORIES)[number], string>> & { other: string };

/**
 * Builds the templates for `lang` from a translator `format(n)` (e.g.
 * `n => t('search.results', { count: n })`), one sample count per category.
 */
export function pluralForms(lang: string, format: (n: number) => string): PluralForms {
  const rules = rulesFor(lang);
  const forms: Partial<Record<string, string>> = {};
  for (let n = 0; n <= 200; n++) {
    const cat = rules.select(n);
    if (!forms[cat]) forms[cat] = format(n).replace(String(n), '{{count}}');
  }
  // "many" in es/fr/pt only shows for millions.
  const million = 1_000_000;
  const cat = rules.select(million);
  if (!forms[cat]) forms[cat] = format(million).replace(String(million), '{{count}}');
  return { other: format(11).replace('11', '{{count}}'), ...forms } as PluralForms;
}

/** The text for `count` in `lang` from prepared templates. */
export function plural(lang: string, forms: PluralForms, count: number): string {
  const cat = rulesFor(lang).select(count) as keyof PluralForms;
  return (forms[cat] ?? forms.other).replace('{{count}}', isLang(lang) ? formatNumber(lang, count) : count.toLocaleString(lang));
}
