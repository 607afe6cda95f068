/** One URL of every page type, per language, for the safety and accessibility sweeps. */
export function pageTypes(lang: string): string[] {
  return [
    `/${lang}/`,
    `/${lang}/guides/pedir-asilo-o-refugio/poster/`,
    `/${lang}/guides/`,
    `/${lang}/guides/pedir-asilo-o-refugio/`,
    `/${lang}/scams/`,
    `/${lang}/scams/falsos-abogados-y-tramitadores/`,
    `/${lang}/directory/`,
    `/${lang}/directory/comar-mexico/`,
    `/${lang}/directory/mx/`,
    `/${lang}/directory/mx/tapachula/`,
    `/${lang}/courses/`,
    `/${lang}/courses/tus-derechos-como-migrante/`,
    `/${lang}/courses/tus-derechos-como-migrante/migrar-es-un-derecho/`,
    `/${lang}/courses/tus-derechos-como-migrante/certificate/`,
    `/${lang}/search/?q=asilo`,
    `/${lang}/emergency/`,
    `/${lang}/emergency/mx/poster/`,
    `/${lang}/directory/print/`,
    `/${lang}/offline/`,
    `/${lang}/safety/`,
    `/${lang}/privacy/`,
    `/${lang}/about/`,
    `/${lang}/changes/`,
    `/${lang}/no-such-page/`,
  ];
}

/** Pages outside the languages: the language chooser and the volunteers' status page. */
export const SHARED_PAGES = ['/', '/status/'];
