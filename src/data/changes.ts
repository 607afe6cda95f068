/**
 * The changes readers should know (src/lib/advice/changes.ts), from the content
 * collections, once per build; and how each is named in a language.
 */
import { getCollection } from 'astro:content';
import { collectChanges, textIn, type ChangeItem } from '../lib/advice/changes.ts';
import { useT } from '../i18n/index.ts';
import { LANGS, SOURCE_LANG, type Lang } from '../i18n/locale.ts';

let cached: ChangeItem[] | null = null;

/** Every change of the last 12 months, newest first. */
export async function allChanges(): Promise<ChangeItem[]> {
  if (cached) return cached;
  const pages = async (c: 'guides' | 'scams') => {
    const all = await getCollection(c);
    return all
      .filter((e) => e.id.startsWith(`${SOURCE_LANG}/`))
      .map((e) => {
        const slug = e.id.slice(SOURCE_LANG.length + 1);
        const titles = Object.fromEntries(LANGS.flatMap((l) => all.filter((x) => x.id === `${l}/${slug}`).map((x) => [l, x.data.title])));
        return { slug, data: e.data, titles };
      });
  };
  const services = (await getCollection('directory')).map((s) => ({ id: s.id, country: s.data.country, name: s.data.name, changes: s.data.changes, draft: s.data.draft }));
  const countries = (await getCollection('countries')).map((c) => ({ code: c.id, name: c.data.name, asylum: c.data.asylum as Record<string, unknown> | undefined }));
  cached = collectChanges({ guides: await pages('guides'), scams: await pages('scams'), services, countries });
  return cached;
}

/** What a change is about, in `lang`: the page's title, the service's name, or "Asylum in <country>". */
export function aboutLabel(c: ChangeItem, lang: Lang): string {
  const about = textIn(c.about, lang).text;
  return c.kind === 'legal' ? useT(lang)('changes.legal', { country: about }) : about;
}
