import { z } from 'zod';
import { EMERGENCY_KINDS } from './vocab.ts';
import { countryCode, localized, timeZoneField, urlField } from './common.ts';
import { asylumSchema } from './asylum.ts';
import { zodMessage } from '../lib/check-messages.ts';

/** A number as dialled inside the country: digits only (short codes like 911 allowed). */
const dialNumber = z
  .string({ error: 'write-number-quotes-digits-only' })
  .regex(/^\d{3,15}$/, { error: 'write-digits-only-dialled-country' });

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
  })
  .strict();
export type CountryData = z.infer<typeof countrySchema>;
