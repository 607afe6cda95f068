/**
 * The language of the page being rendered and its translator: the one
 * place pages get them (from the `[lang]` route parameter), instead of a
 * cast in every page.
 */
import { isLang, type Lang } from '../i18n/locales.ts';
import { useT, type Translate } from '../i18n/index.ts';

/** The reader's language and `t` for a page under `/<lang>/…`. */
export function pageLang(astro: { params: Record<string, string | undefined> }): { lang: Lang; t: Translate } {
  const lang = astro.params.lang;
  if (!isLang(lang)) throw new Error(`"${lang}" is not a language of the portal (src/i18n/locales.ts)`);
  return { lang, t: useT(lang) };
}
