/**
 * `/<lang>/changes.json`: the changes in the reader's language, small, saved
 * with the language pack; after the pack is updated, the page tells what is
 * new since the last visit from it, offline too (src/scripts/pwa.ts).
 */
import type { APIRoute } from 'astro';
import { LANGS, isLang, SOURCE_LANG } from '../../i18n/locale.ts';
import { textIn } from '../../lib/advice/changes.ts';
import { allChanges } from '../../data/changes.ts';

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) => {
  const lang = isLang(params.lang) ? params.lang : SOURCE_LANG;
  const changes = (await allChanges()).map((c) => ({ id: c.id, date: c.date, text: textIn(c.text, lang).text, href: `/${lang}/${c.path}` }));
  return new Response(JSON.stringify({ lang, changes }), { headers: { 'content-type': 'application/json' } });
};
