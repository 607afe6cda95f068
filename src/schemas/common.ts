import { z } from 'zod';
import { LANGS, SOURCE_LANG, isCountryCode, type Lang } from './vocab.ts';
import type { SourceLang } from '../i18n/locales.ts';

/**
 * Building blocks shared by the content schemas. Every refinement carries a
 * message written for a volunteer: what is wrong and how to fix it.
 */

/** A calendar date written as YYYY-MM-DD (YAML may hand us a Date already). */
export const dateField = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z
    .string({ error: 'write-date-yyyy-mm-dd' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'write-date-yyyy-mm-dd-2' })
    .refine((s) => !Number.isNaN(Date.parse(s)), { error: 'not-real-date-use-yyyy' })
    .refine((s) => Date.parse(s) <= Date.now() + 36 * 3600 * 1000, {
      error: 'date-future-use-day-person',
    }),
);

/** A calendar date (YYYY-MM-DD) that may lie in the future: a season's or an exception's first or last day. */
export const calendarDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z
    .string({ error: 'write-date-yyyy-mm-dd' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'write-date-yyyy-mm-dd-2' })
    .refine((s) => !Number.isNaN(Date.parse(s)), { error: 'not-real-date-use-yyyy' }),
);

/** An IANA time zone name, e.g. America/Santiago. */
export const timeZoneField = z.string({ error: 'write-iana-timezone-america-argentina' }).refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { error: 'unknown-timezone-use-iana-name' },
);

/** An absolute http(s) link. */
export const urlField = z
  .string({ error: 'write-full-web-address-starting' })
  .regex(/^https?:\/\/[^\s]+\.[^\s]+$/, { error: 'write-full-web-address-starting' });

/** A cited source: a title and a link people can open. */
export const sourceRef = z.object({
  /** What the source is called, as its publisher names it. */
  title: z.string({ error: 'give-source-title-name-page' }).min(3),
  /** Where the source can be read. */
  url: urlField,
});

/** A two-letter country code (ISO 3166-1 alpha-2), upper case. */
export const countryCode = z
  .string({ error: 'write-two-letter-country-code' })
  .refine(isCountryCode, { error: 'unknown-country-code-use-two' });

/** A text given per portal language; the source language (Spanish) is required, the others optional. */
export const localized = z
  .object(
    Object.fromEntries(
      LANGS.map((l) => [
        l,
        l === SOURCE_LANG ? z.string({ error: 'spanish-text-es-required' }).min(1) : z.string().min(1).optional(),
      ]),
    ),
  )
  .strict() as unknown as z.ZodType<Record<SourceLang, string> & Partial<Record<Lang, string>>>;
export type Localized = z.infer<typeof localized>;

/** How a page in another language was translated. */
export const translationInfo = z
  .object({
    /** True when a machine translated it; readers then see a notice. */
    machine: z.boolean({ error: 'write-true-false' }),
    /** True once a person who reads both languages has checked it. */
    reviewed: z.boolean({ error: 'write-true-false' }),
    /** The date of the Spanish page's `reviewed` that this translation follows (optional). */
    source: dateField.optional(),
    /** Who reviewed it (a name or a team), shown to readers with the date. */
    reviewer: z.string().min(2).optional(),
    /** The day it was reviewed (YYYY-MM-DD). */
    reviewedOn: dateField.optional(),
  })
  .strict();

