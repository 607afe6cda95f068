import { z } from 'zod';
import { INSTITUTION_KINDS } from './vocab.ts';
import { dateField, localized, sourceRef, urlField } from './common.ts';
import { zodMessage } from '../i18n/check/messages.ts';

/**
 * An institution that pages send people to (a police force, a prosecutor's
 * office, the migration authority, an ombudsman, a hotline…), listed per
 * country under `institutions` in `content/countries/<CC>.yaml`. Pages name
 * it by `id` (scam `report` entries, `<Report>` in MDX, a service's
 * `institution`, an emergency number's `institution`), so its name, phone
 * and, when it enforces migration law, the warning always come from here.
 */

/** A number as dialled inside the country: digits, spaces allowed for reading ("600 333 0000"), short codes like "134". */
export const dialNumber = z
  .string({ error: 'write-number-quotes-digits-only' })
  .regex(/^\d[\d ]{1,18}\d$/, { error: 'write-digits-only-dialled-country' })
  .refine((n) => n.replace(/ /g, '').length >= 3 && n.replace(/ /g, '').length <= 15, {
    error: 'write-digits-only-dialled-country',
  });

const institutionPhone = z
  .object({
    /** The number as dialled in the country, e.g. "134" or "800 000 0000". */
    number: dialNumber,
    /** What the line is for, per language (optional). */
    description: localized.optional(),
    /** Where the institution (or an official page) publishes it. */
    source: urlField,
  })
  .strict();

/** One institution of a country's registry. */
export const institutionSchema = z
  .object({
    /** Short name pages use to refer to it, lowercase with dashes (unique in the country), e.g. `pdi`. */
    id: z
      .string({ error: 'give-institution-id' })
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'id-uses-only-lowercase-letters-2' }),
    /** police, prosecutor, migration, ombudsman, child-protection, hotline, labour, consumer or other. */
    kind: z.enum(INSTITUTION_KINDS, { error: zodMessage('institution-kind-must-one', INSTITUTION_KINDS.join(', ')) }),
    /** Its name per language (es required), as people know it. */
    name: localized,
    /**
     * Other ways pages write its name (acronyms, short names, in any
     * language). Required when it enforces migration: the content check
     * refuses these names in page text, so the warning cannot be left out.
     */
    aliases: z.array(z.string().min(2)).default([]),
    /** Its phone lines, each as dialled in the country, with where it is published. */
    phones: z.array(institutionPhone, { error: 'list-phones-number-source' }).default([]),
    /** Its official website. */
    website: urlField.optional(),
    /** True when it enforces migration law (checks status, detains, reports or expels people). */
    enforcesMigration: z.boolean({ error: 'say-enforces-migration' }),
    /** The law or official page that shows whether it enforces migration law. */
    enforcesMigrationSource: sourceRef.strict(),
    /** A warning written for this institution, per language, when the general one does not fit. */
    warning: localized.optional(),
    /** Where its name, phones and website come from. */
    sources: z.array(sourceRef, { error: 'list-sources-title-url-https' }).min(1, { error: 'cite-least-one-source-title' }),
    /** The day a person checked it against its sources (YYYY-MM-DD). */
    verified: dateField,
  })
  .strict()
  .refine((i) => !i.enforcesMigration || i.aliases.length > 0, {
    error: 'enforcer-needs-aliases',
    path: ['aliases'],
  });
export type InstitutionData = z.infer<typeof institutionSchema>;
