/**
 * Locale facts for the six portal languages, derived once: own-language
 * name, text direction, and date formatting (Haitian Creole is not in ICU,
 * so its dates are written out by hand).
 */
import { LANGS, SOURCE_LANG, type Lang } from '../schemas/vocab.ts';

export { LANGS, SOURCE_LANG, type Lang };

/** Each language in its own name, as the language switcher shows it. */
export const LANG_NAMES: Record<Lang, string> = {
  es: 'Español',
  en: 'English',
  fr: 'Français',
  pt: 'Português',
  ht: 'Kreyòl ayisyen',
  ar: 'العربية',
};

/** Languages written right to left. */
const RTL = new Set<string>(['ar', 'he', 'fa', 'ur']);

/** `rtl` for Arabic, `ltr` otherwise. */
export function dirOf(lang: string): 'rtl' | 'ltr' {
  return RTL.has(lang) ? 'rtl' : 'ltr';
}

/** True when `value` is one of the portal languages. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Month names in Kreyòl ayisyen (not in ICU). */
export const HT_MONTHS = ['janvye', 'fevriye', 'mas', 'avril', 'me', 'jen', 'jiyè', 'out', 'septanm', 'oktòb', 'novanm', 'desanm'];

/**
 * Formats an ISO date (YYYY-MM-DD) for readers of `lang`, e.g. "24 de
 * noviembre de 2026". Dates are calendar days, so UTC is used throughout.
 */
export function formatDate(lang: Lang, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (lang === 'ht') return `${d} ${HT_MONTHS[m - 1]} ${y}`;
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/**
 * Picks the text for `lang` from a per-language map, falling back to
 * Spanish. Returns the language actually used, so the page can mark it
 * with `lang` when it differs.
 */
export function pick<T extends Partial<Record<Lang, string>> & { es: string }>(
  map: T,
  lang: Lang,
): { text: string; lang: Lang } {
  const text = map[lang];
  return text ? { text, lang } : { text: map.es, lang: SOURCE_LANG };
}

/** Formats a short dial string for reading: "018000522020" → "01 8000 522 020" is not attempted; returns it as-is. */
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
