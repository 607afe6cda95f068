/**
 * Which entry to show for each page in each language. The same slug under
 * each language folder is the same page; a page missing in a language is
 * shown from its Spanish source and marked as a fallback. Pure.
 */
import { SOURCE_LANG, type Lang } from './locale.ts';

/** One page as built for one language. */
export interface Localized<T> {
  /** The page slug (file name without language or extension). */
  slug: string;
  /** The entry to render: the translation, or the Spanish source. */
  entry: T;
  /** The language the entry is written in. */
  contentLang: Lang;
  /** True when the reader's language has no translation yet. */
  fallback: boolean;
}

/** Splits an id `es/pedir-asilo` into language and slug. */
function splitId(id: string): { lang: string; slug: string } {
  const i = id.indexOf('/');
  return { lang: id.slice(0, i), slug: id.slice(i + 1) };
}

/**
 * For `lang`, lists every Spanish page (drafts excluded), using the
 * translation when there is one. Order follows the Spanish entries.
 */
export function localize<T extends { id: string; data: { draft?: boolean } }>(entries: readonly T[], lang: Lang): Localized<T>[] {
  const byLang = new Map<string, T>();
  for (const e of entries) byLang.set(e.id, e);
  const out: Localized<T>[] = [];
  for (const source of entries) {
    const { lang: l, slug } = splitId(source.id);
    if (l !== SOURCE_LANG || source.data.draft) continue;
    const translated = lang === SOURCE_LANG ? source : byLang.get(`${lang}/${slug}`);
    if (translated && !translated.data.draft) out.push({ slug, entry: translated, contentLang: lang, fallback: false });
    else out.push({ slug, entry: source, contentLang: SOURCE_LANG, fallback: lang !== SOURCE_LANG });
  }
  return out;
}
