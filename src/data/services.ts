/**
 * Directory queries shared by the pages: the published services with their
 * countries, and the services listed in the finder. Thin wrappers over
 * astro:content and the rules in src/lib/directory/records.ts.
 */
import { getCollection } from 'astro:content';
import { LANGS, displayNames, intlLocale, type Lang } from '../i18n/locales.ts';
import type { Translate } from '../i18n/index.ts';
import { pick } from '../i18n/locale.ts';
import { pluralForms } from '../i18n/plural.ts';
import { CATEGORIES, VERIFICATION_METHODS } from '../schemas/vocab.ts';
import { countries } from './content.ts';
import { cityPath, isListed, isPublished, servicesByCity } from '../lib/directory/records.ts';

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

/**
 * getStaticPaths for `/<lang>/directory/<cc>/<city>/`: a page per city that
 * has listed services (a shelter can share "services in Tapachula"), with
 * the services there and those that serve the whole country.
 */
export async function cityPaths() {
  const services = await listedServices();
  const countries = new Map((await getCollection('countries')).map((c) => [c.id, c]));
  return LANGS.flatMap((lang) => {
    return servicesByCity(services).map((place) => ({
      params: { lang, country: place.country.toLowerCase(), city: place.slug },
      props: {
        city: place.city,
        country: countries.get(place.country)!,
        local: byName(place.services, lang),
        national: byName(services.filter((s) => s.data.country === place.country && !s.data.city), lang),
      },
    }));
  });
}

type Service = Awaited<ReturnType<typeof listedServices>>[number];

/** Services sorted by their name in `lang`. */
function byName(list: Service[], lang: Lang): Service[] {
  return [...list].sort((a, b) => pick(a.data.name, lang).text.localeCompare(pick(b.data.name, lang).text, intlLocale(lang)));
}

/** The cities of these services, in the reader's order, each with its page and its services (sorted by name). */
function citiesOf(services: Service[], lang: Lang) {
  return servicesByCity(services)
    .map((p) => ({ name: p.city, href: cityPath(lang, p.country, p.city), services: byName(p.services, lang) }))
    .sort((a, b) => a.name.localeCompare(b.name, intlLocale(lang)));
}

/** The address of a country's page of services: `/<lang>/directory/<cc>/`. */
export const countryPath = (lang: string, code: string) => `/${lang}/directory/${code.toLowerCase()}/`;

/**
 * getStaticPaths for `/<lang>/directory/<cc>/`: a page per country with
 * listed services, city by city, then those that serve the whole country
 * (the full lists live here and on the city pages, not on the directory page).
 */
export async function countryPaths() {
  const services = await listedServices();
  const all = await getCollection('countries');
  return LANGS.flatMap((lang) =>
    all
      .filter((c) => services.some((s) => s.data.country === c.id))
      .map((country) => {
        const here = services.filter((s) => s.data.country === country.id);
        return { params: { lang, country: country.id.toLowerCase() }, props: { country, cities: citiesOf(here, lang), national: byName(here.filter((s) => !s.data.city), lang) } };
      }),
  );
}

/** Listed services by country (in the reader's order), sorted by name, with their cities: for the printed directory. */
export async function directoryGroups(lang: Lang) {
  const services = await listedServices();
  const groups = (await countries(lang))
    .map((c) => ({ country: c, services: byName(services.filter((s) => s.data.country === c.id), lang) }))
    .filter((g) => g.services.length);
  return { groups, count: services.length, services };
}

/**
 * What the directory page shows: each country (in the reader's order) with
 * its number of services, its page and its cities' pages, and the finder's
 * props. No service is listed in the page itself, so it stays small however
 * many services there are (issue 26); the finder loads them when asked.
 */
export async function directoryPageData(lang: Lang, t: Translate) {
  const all = await directoryGroups(lang);
  const services = all.services;
  const groups = all.groups.map((g) => ({
    id: g.country.id,
    name: pick(g.country.data.name, lang).text,
    href: countryPath(lang, g.country.id),
    count: g.services.length,
    cities: citiesOf(g.services, lang).map((c) => ({ name: c.name, href: c.href, count: c.services.length })),
  }));
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
    nearMeNone: t('finder.nearMeNone'),
    any: t('search.any'),
    count: pluralForms(lang, (n) => t('directory.count', { count: n })),
    call: t('service.call'),
    whatsapp: t('service.whatsapp'),
    loading: t('finder.loading'),
    unavailable: t('finder.unavailable'),
    clear: t('search.any'),
    km: t('finder.km'),
    verified: t('service.verifiedBy.published-sources'),
    verifiedBy: Object.fromEntries(VERIFICATION_METHODS.map((m) => [m, t(`service.verifiedBy.${m}`)])),
    warnings: { police: t('institution.warning.police'), migration: t('institution.warning.migration'), other: t('institution.warning.other') },
    warningLabel: t('institution.warningLabel'),
    openBadge: t('finder.openBadge'),
    closedBadge: t('finder.closedBadge'),
    localTime: t('finder.localTime'),
    share: t('finder.share'),
  };
  const finder = {
    strings,
    countries: groups.map((g) => ({ code: g.id, name: g.name, cities: Object.fromEntries(g.cities.map((c) => [c.name, c.href])) })),
    categories: CATEGORIES.filter((c) => services.some((s) => s.data.categories.includes(c))).map((c) => ({ value: c, label: t(`category.${c}`) })),
    languageNames: Object.fromEntries(spoken.map((l) => [l, names.of(l) ?? l])),
    total: services.length,
  };
  return { groups, count: services.length, finder };
}
