/**
 * Directory queries shared by the pages: the published services with their
 * countries, and the services listed in the finder. Thin wrappers over
 * astro:content and the rules in src/lib/directory-records.ts.
 */
import { getCollection } from 'astro:content';
import { LANGS, displayNames, intlLocale, type Lang } from '../i18n/locales.ts';
import type { Translate } from '../i18n/index.ts';
import { pick } from '../lib/locale.ts';
import { pluralForms } from '../lib/plural.ts';
import { CATEGORIES } from '../schemas/vocab.ts';
import { countries } from './content.ts';
import { isListed, isPublished } from '../lib/directory-records.ts';

/** getStaticPaths for `/<lang>/directory/<id>/`: every published service in every language, with its country. */
export async function servicePaths() {
  const services = await getCollection('directory', (s) => isPublished(s.data));
  const countries = new Map((await getCollection('countries')).map((c) => [c.id, c]));
  return LANGS.flatMap((lang) =>
    services.map((service) => ({ params: { lang, id: service.id }, props: { service, country: countries.get(service.data.country)! } })),
  );
}

/** The services shown in the finder and the directory list. */
const listedServices = () => getCollection('directory', (s) => isListed(s.data));

/** What the directory page shows: listed services grouped by country (in the reader's order), and the finder's props. */
export async function directoryPageData(lang: Lang, t: Translate) {
  const services = await listedServices();
  const groups = (await countries(lang))
    .map((c) => ({
      country: c,
      services: services
        .filter((s) => s.data.country === c.id)
        .sort((a, b) => pick(a.data.name, lang).text.localeCompare(pick(b.data.name, lang).text, intlLocale(lang))),
    }))
    .filter((g) => g.services.length);
  const spoken = [...new Set(services.flatMap((s) => s.data.languages))];
  const names = displayNames(lang, 'language');
  const strings = {
    search: t('finder.search'),
    category: t('finder.category'),
    country: t('finder.country'),
    city: t('finder.city'),
    language: t('finder.language'),
    free: t('finder.free'),
    openNow: t('finder.openNow'),
    nearMe: t('finder.nearMe'),
    nearMeHelp: t('finder.nearMeHelp'),
    nearMeDenied: t('finder.nearMeDenied'),
    any: t('search.any'),
    count: pluralForms(lang, (n) => t('directory.count', { count: n })),
    call: t('service.call'),
    whatsapp: t('service.whatsapp'),
    loading: t('finder.loading'),
    unavailable: t('finder.unavailable'),
    clear: t('search.any'),
    km: t('finder.km'),
    verified: t('service.assured'),
  };
  const finder = {
    strings,
    countries: groups.map((g) => ({ code: g.country.id, name: pick(g.country.data.name, lang).text })),
    categories: CATEGORIES.filter((c) => services.some((s) => s.data.categories.includes(c))).map((c) => ({ value: c, label: t(`category.${c}`) })),
    languageNames: Object.fromEntries(spoken.map((l) => [l, names.of(l) ?? l])),
  };
  return { groups, count: services.length, finder };
}
