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
    .string({ error: 'write a date as YYYY-MM-DD, for example 2026-11-24' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'write the date as YYYY-MM-DD, for example 2026-11-24' })
    .refine((s) => !Number.isNaN(Date.parse(s)), { error: 'this is not a real date; use YYYY-MM-DD' })
    .refine((s) => Date.parse(s) <= Date.now() + 36 * 3600 * 1000, {
      error: 'this date is in the future; use the day a person actually checked it',
    }),
);

/** An absolute http(s) link. */
export const urlField = z
  .string({ error: 'write a full web address starting with https://' })
  .regex(/^https?:\/\/[^\s]+\.[^\s]+$/, { error: 'write a full web address starting with https://' });

/** A cited source: a title and a link people can open. */
export const sourceRef = z.object({
  /** What the source is called, as its publisher names it. */
  title: z.string({ error: 'give the source a title (the name of the page or document)' }).min(3),
  /** Where the source can be read. */
  url: urlField,
});

/** A two-letter country code (ISO 3166-1 alpha-2), upper case. */
export const countryCode = z
  .string({ error: 'write a two-letter country code such as AR, CL, CO, PE, MX or CA' })
  .refine(isCountryCode, { error: 'unknown country code; use two capital letters such as AR, CL, CO, PE, MX or CA' });

/** A text given per portal language; the source language (Spanish) is required, the others optional. */
export const localized = z
  .object(
    Object.fromEntries(
      LANGS.map((l) => [
        l,
        l === SOURCE_LANG ? z.string({ error: `the Spanish text (${SOURCE_LANG}) is required` }).min(1) : z.string().min(1).optional(),
      ]),
    ),
  )
  .strict() as unknown as z.ZodType<Record<SourceLang, string> & Partial<Record<Lang, string>>>;
export type Localized = z.infer<typeof localized>;

/** How a page in another language was translated. */
export const translationInfo = z
  .object({
    /** True when a machine translated it; readers then see a notice. */
    machine: z.boolean({ error: 'write true or false' }),
    /** True once a person who reads both languages has checked it. */
    reviewed: z.boolean({ error: 'write true or false' }),
    /** The date of the Spanish page's `reviewed` that this translation follows (optional). */
    source: dateField.optional(),
  })
  .strict();

