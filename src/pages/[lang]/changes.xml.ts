/** `/<lang>/changes.xml`: the changes as an Atom 1.0 feed, for organizations' channels. */
import type { APIRoute } from 'astro';
import { LANGS, isLang, SOURCE_LANG } from '../../i18n/locale.ts';
import { atomFeed } from '../../lib/advice/changes.ts';
import { allChanges, aboutLabel } from '../../data/changes.ts';
import { useT } from '../../i18n/index.ts';

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const lang = isLang(params.lang) ? params.lang : SOURCE_LANG;
  const t = useT(lang);
  const items = await allChanges();
  const body = atomFeed(items, {
    lang,
    title: `${t('changes.title')} · ${t('site.name')}`,
    subtitle: t('changes.intro'),
    site: site?.href,
    aboutLabel: (c) => aboutLabel(c, lang),
    updated: items[0]?.date ?? new Date().toISOString().slice(0, 10),
  });
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
