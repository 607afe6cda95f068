import { z } from 'zod';
import { EMERGENCY_KINDS } from './vocab.ts';
import { countryCode, localized, timeZoneField, urlField } from './common.ts';
import { asylumSchema } from './asylum.ts';
import { dialNumber, institutionSchema } from './institution.ts';
import { zodMessage } from '../i18n/check/messages.ts';

/** An emergency or hotline number. */
const emergencyNumber = z
  .object({
    /** What it is for: emergency, police, ambulance, fire, trafficking, gbv, child, migration. */
    kind: z.enum(EMERGENCY_KINDS, { error: zodMessage('kind-must-one', EMERGENCY_KINDS.join(', ')) }),
    /** Its name per language (es required). */
    label: localized,
    /** The number as dialled in the country. */
    number: dialNumber,
    /** Free to call (true when the publisher says so). */
    free: z.boolean().optional(),
    /** Where the number is published by the authority that runs it. */
    source: urlField,
    /** The id of the institution that answers it (`institutions`), so its warning shows with the number. */
    institution: z.string().optional(),
  })
  .strict();

/** A country file: `content/countries/<ISO2>.yaml`. */
export const countrySchema = z
  .object({
    /** ISO 3166-1 alpha-2 code, the same as the file name. */
    code: countryCode,
    /** The country's name per language (es required). */
    name: localized,
    /** IANA timezone for schedules, e.g. America/Santiago. */
    timezone: timeZoneField,
    /** Emergency and hotline numbers, most general first. */
    emergency: z.array(emergencyNumber).min(1, { error: 'list-least-general-emergency-number' }),
    /** The facts that decide an asylum claim here, each sourced and dated (src/schemas/asylum.ts). */
    asylum: asylumSchema.optional(),
    /** Police, prosecutors, the migration authority, hotlines… that pages send people to (src/schemas/institution.ts). */
    institutions: z.array(institutionSchema, { error: 'list-institutions' }).default([]),
  })
  .strict()
  .superRefine((c, ctx) => {
    const ids = new Set<string>();
    c.institutions.forEach((inst, i) => {
      if (ids.has(inst.id)) ctx.addIssue({ code: 'custom', path: ['institutions', i, 'id'], message: zodMessage('institution-id-twice', inst.id) });
      ids.add(inst.id);
    });
    c.emergency.forEach((e, i) => {
      if (e.institution && !ids.has(e.institution))
        ctx.addIssue({ code: 'custom', path: ['emergency', i, 'institution'], message: zodMessage('unknown-institution', e.institution, [...ids].join(', ')) });
    });
  });
export type CountryData = z.infer<typeof countrySchema>;
