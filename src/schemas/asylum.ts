import { z } from 'zod';
import { dateField, localized, sourceRef, translationInfo } from './common.ts';
import { zodMessage } from '../i18n/check/messages.ts';
import { changesField } from './changes.ts';

/**
 * The legal facts that decide an asylum claim in one country (docs/architecture.md
 * "Legal facts"): who receives it, the filing deadline, and other rules
 * such as "arriving directly". Each fact carries its own sources and the
 * date a person last checked it against them; the content check warns when
 * that date is more than 12 months old (`--strict`: an error).
 */

/** Units of a filing deadline. */
/** `days`: the official source says "days" without saying business or calendar days. */
export const DEADLINE_UNITS = ['business-days', 'calendar-days', 'days', 'months', 'years'] as const;

/** What a deadline is counted from. */
export const DEADLINE_FROM = ['entry', 'irregular-entry', 'first-entry'] as const;

const factFields = {
  /** The fact in plain words, per language (es required). */
  text: localized,
  /** The law or official page that says it: at least one `{title, url}`. */
  sources: z
    .array(sourceRef, { error: 'list-sources-title-url-https' })
    .min(1, { error: 'legal-fact-needs-least-one' }),
  /** The day a person checked this fact against its sources (YYYY-MM-DD). */
  verified: dateField,
  /**
   * Institutions of this country (`institutions`) the text names, by id: they
   * are listed under it with their warning when they enforce migration (the
   * content check asks for this when the text names such an institution).
   */
  institutions: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'institution-ids-lowercase' })).optional(),
  /** What changed in this rule that readers should know (src/schemas/changes.ts). */
  changes: changesField,
};

/** One sourced, dated legal fact. */
export const legalFact = z.object(factFields).strict();

/** A filing deadline: the number, its unit, what it counts from, and the rule in words. */
export const deadlineFact = z
  .object({
    /** How many units, e.g. 7. */
    amount: z
      .number({ error: 'write-deadline-number-amount' })
      .int({ error: 'write-whole-number-amount' })
      .positive({ error: 'deadline-must-more-than' }),
    /** business-days, calendar-days, months or years. */
    unit: z.enum(DEADLINE_UNITS, { error: zodMessage('unit-must-one', DEADLINE_UNITS.join(', ')) }),
    /** What it counts from: entry (any entry), irregular-entry, first-entry (first entry after a date the text names). */
    from: z.enum(DEADLINE_FROM, { error: zodMessage('from-must-one', DEADLINE_FROM.join(', ')) }),
    ...factFields,
  })
  .strict();

/** Another rule that decides eligibility, with a short id. */
export const conditionFact = z
  .object({
    /** A short name for the rule, lowercase with dashes, e.g. arriving-directly. */
    id: z
      .string({ error: 'give-rule-short-id-arriving' })
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'id-uses-only-lowercase-letters-2' }),
    ...factFields,
  })
  .strict();

/** The `asylum` block of `content/countries/<CC>.yaml`. */
export const asylumSchema = z
  .object({
    /** Who receives the claim, and where (border or inside the country) when it differs. */
    authority: legalFact,
    /**
     * Filing deadlines, most general first. `[]` when the law sets none
     * (then `noDeadline` says so, with its source). Leave the field out
     * when no official source could confirm it: the page then says so.
     */
    deadlines: z.array(deadlineFact, { error: 'list-deadlines-amount-unit-from' }).optional(),
    /** Where the law sets no deadline: that fact, with its source. */
    noDeadline: legalFact.optional(),
    /** Other rules that decide a claim (e.g. arriving directly). */
    conditions: z.array(conditionFact, { error: 'list-rules-id-text-sources' }).default([]),
    /** How the texts in other languages were made: machine-made translations show a notice. */
    translation: translationInfo.optional(),
  })
  .strict()
  .refine((a) => !(a.noDeadline && a.deadlines?.length), {
    error: 'write-either-deadlines-nodeadline-not',
    path: ['noDeadline'],
  })
  .refine((a) => !(a.deadlines && a.deadlines.length === 0 && !a.noDeadline), {
    error: 'empty-deadlines-means-law-sets',
    path: ['deadlines'],
  });
export type AsylumFacts = z.infer<typeof asylumSchema>;
