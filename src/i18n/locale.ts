/**
 * Text helpers for the six languages: picking a translation with its
 * Spanish fallback, and phone links. The locale facts themselves (names,
 * direction, dates) live in the locale registry, re-exported here for
 * the pages that need both.
 */
import { SOURCE_LANG, type Lang, type SourceLang } from './locales.ts';

export { LANGS, SOURCE_LANG, TARGET_LANGS, LANG_NAMES, dirOf, isLang, formatDate, formatNumber, intlLocale, displayNames, type Lang } from './locales.ts';

/**
 * Picks the text for `lang` from a per-language map, falling back to
 * Spanish. Returns the language actually used, so the page can mark it
 * with `lang` when it differs.
 */
export function pick<T extends Partial<Record<Lang, string>> & Record<SourceLang, string>>(
  map: T,
  lang: Lang,
): { text: string; lang: Lang } {
  const text = map[lang];
  return text ? { text, lang } : { text: map[SOURCE_LANG], lang: SOURCE_LANG };
}

/** A `tel:` link for a number as written (digits and a leading +). */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}

/** A WhatsApp link for an E.164 number (wa.me takes digits only). */
export function whatsappHref(e164: string): string {
  return `https://wa.me/${e164.replace(/\D/g, '')}`;
}

/** Writes an E.164 number with a space after the country code for reading, e.g. "+56 322123456". */
export function displayPhone(e164: string): string {
  const m = /^\+(1|2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|7|8[1246]|9[0-58]|\d{3})(\d+)$/.exec(e164);
  return m ? `+${m[1]} ${m[2]}` : e164;
}

/**
 * A right-to-left text cut into runs, with the runs of Latin script marked
 * (`latin: true`): names such as "(Fiscalía de Chile)" inside an Arabic name.
 * Shown in `<bdi>`, a Latin run keeps its word order when the line wraps and
 * the brackets around it pair up. Pure.
 */
export function latinRuns(text: string): { text: string; latin: boolean }[] {
  const runs: { text: string; latin: boolean }[] = [];
  // A Latin run: Latin words, with the spaces, digits and marks between them (not the brackets around them).
  const re = /[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ0-9 .,'’&-]*[A-Za-zÀ-ÖØ-öø-ɏ0-9.]|[A-Za-zÀ-ÖØ-öø-ɏ]/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) runs.push({ text: text.slice(last, m.index), latin: false });
    runs.push({ text: m[0], latin: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), latin: false });
  return runs;
}
