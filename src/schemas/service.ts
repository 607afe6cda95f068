import { z } from 'zod';
import { CATEGORIES, DAYS, SERVICE_STATUSES, VERIFICATION_METHODS, isLanguageCode, isKnownLanguage } from './vocab.ts';
import { calendarDate, countryCode, dateField, localized, timeZoneField, urlField } from './common.ts';
import { zodMessage } from '../i18n/check/messages.ts';
import { changesField } from './changes.ts';

/**
 * A directory entry: `content/directory/<id>.yaml`, aligned with Open
 * Referral HSDS 3.0 (the export maps `assured` to `assured_date`, etc.).
 *
 * Every contact detail carries `source`: the public page where it was
 * published. A detail nobody can source is left out, never guessed.
 */

/** Where a contact detail was published (a web address). */
const source = urlField.describe('where this detail was published');
const sourceField = z.string({ error: 'add-source-web-address-where' }).pipe(source);

/** An international phone number in E.164 form: + country code and digits, no spaces. */
export const e164 = z
  .string({ error: 'write-phone-number-quotes-international' })
  .regex(/^\+[1-9]\d{6,14}$/, {
    error: 'write-phone-international-form-then',
  });

/** A national short code (3 to 6 digits, e.g. "144", "1455"), dialled only inside the service's country. */
export const shortCode = z.string().regex(/^\d{3,6}$/);

/** A phone number: E.164, or a national short code for hotlines. */
const phoneNumber = z
  .string({ error: 'write-phone-number-quotes-international' })
  .regex(/^\+[1-9]\d{6,14}$|^\d{3,6}$/, { error: 'write-phone-international-form-then' });

const phone = z
  .object({
    /** The number in E.164 form, e.g. "+56322123456", or a national short code such as "144". */
    number: phoneNumber,
    /** True when the number answers on WhatsApp. */
    whatsapp: z.boolean({ error: 'write-true-false' }).default(false),
    /** What the line is for, per language (optional). */
    description: localized.optional(),
    /** Where the number was published. */
    source: sourceField,
  })
  .strict()
  .refine((p) => !(p.whatsapp && shortCode.safeParse(p.number).success), { error: 'whatsapp-needs-full-number', path: ['whatsapp'] });

const time = z
  .string({ error: 'write-time-hh-mm-hour-2' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, { error: 'write-time-hh-mm-hour' });

const scheduleRow = z
  .object({
    /** Days this row applies to: mon, tue, wed, thu, fri, sat, sun. */
    days: z
      .array(z.enum(DAYS, { error: zodMessage('days-are-written', DAYS.join(', ')) }), { error: 'list-days-mon-tue-wed' })
      .min(1, { error: 'list-least-one-day' }),
    /** Opening time, local to the country, "HH:MM". */
    opens: time,
    /** Closing time, "HH:MM"; earlier than `opens` means it closes after midnight. */
    closes: time,
    /** First day of the season these hours are for (YYYY-MM-DD); leave out for all year. */
    from: calendarDate.optional(),
    /** Last day of the season (YYYY-MM-DD, included). */
    until: calendarDate.optional(),
  })
  .strict()
  .refine((r) => r.opens !== r.closes, {
    error: 'opens-closes-are-same-time',
    path: ['closes'],
  })
  .refine((r) => !r.from || !r.until || r.from <= r.until, { error: 'until-before-from', path: ['until'] })
  .refine((r) => new Set(r.days).size === r.days.length, { error: 'day-appears-twice-same-row', path: ['days'] });

const toMinutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));

/** Two date ranges (open-ended when a side is missing) share a day. */
const datesMeet = (a: { from?: string; until?: string }, b: { from?: string; until?: string }) =>
  (!a.from || !b.until || a.from <= b.until) && (!b.from || !a.until || b.from <= a.until);
const seasonal = (r: { from?: string; until?: string }) => !!(r.from || r.until);

/** Two rows that give the same day overlapping hours, in the same season, make no sense. */
function overlappingDay(rows: { days: string[]; opens: string; closes: string; from?: string; until?: string }[]): string | null {
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      // All-year rows and a season's rows never apply on the same day: the season replaces them.
      if (seasonal(rows[i]) !== seasonal(rows[j]) || !datesMeet(rows[i], rows[j])) continue;
      const shared = rows[i].days.find((d) => rows[j].days.includes(d));
      if (!shared) continue;
      const [a, b] = [rows[i], rows[j]].map((r) => [toMinutes(r.opens), toMinutes(r.closes) <= toMinutes(r.opens) ? 24 * 60 : toMinutes(r.closes)]);
      if (a[0] < b[1] && b[0] < a[1]) return shared;
    }
  }
  return null;
}

/** Hours that differ on some dates: a holiday, "closed until", shorter hours. */
const scheduleException = z
  .object({
    /** First day (YYYY-MM-DD). */
    from: calendarDate,
    /** Last day, included (YYYY-MM-DD); leave out for one day. */
    until: calendarDate.optional(),
    /** Opening time on those days; leave `opens` and `closes` out when it is closed. */
    opens: time.optional(),
    /** Closing time on those days. */
    closes: time.optional(),
    /** Why, per language (e.g. "Navidad"), optional. */
    note: localized.optional(),
  })
  .strict()
  .refine((e) => !e.until || e.from <= e.until, { error: 'until-before-from', path: ['until'] })
  .refine((e) => !e.opens === !e.closes, { error: 'exception-opens-and-closes', path: ['closes'] })
  .refine((e) => !e.opens || e.opens !== e.closes, { error: 'opens-closes-are-same-time', path: ['closes'] });

const fees = z
  .object({
    /** True when the service costs nothing. */
    free: z.boolean({ error: 'write-free-true-free-false' }),
    /** Costs in plain words, per language (optional). */
    description: localized.optional(),
  })
  .strict();

export const serviceSchema = z
  .object({
    /** Stable identifier, the same as the file name: lowercase words with dashes. */
    id: z
      .string({ error: 'write-id-same-file-name' })
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'id-uses-only-lowercase-letters' }),
    /** The organization that runs the service. */
    organization: z
      .object({
        /** Its name as it writes it. */
        name: z.string({ error: 'write-organization-name' }).min(2),
        /** Its official website. */
        website: z.object({ url: urlField, source: sourceField }).strict().optional(),
      })
      .strict(),
    /** The service name per language (es required). */
    name: localized,
    /** What it offers, per language (es required), in plain words. */
    description: localized,
    /** What kind of help it gives. */
    categories: z
      .array(z.enum(CATEGORIES, { error: zodMessage('category-must-one', CATEGORIES.join(', ')) }))
      .min(1, { error: 'give-least-one-category' }),
    /** active, inactive or temporarily-closed. */
    status: z.enum(SERVICE_STATUSES, { error: zodMessage('status-must-one', SERVICE_STATUSES.join(', ')) }).default('active'),
    /** Country code; the time zone of its hours is the country's (`content/countries/<code>.yaml`) unless `timezone` is set. */
    country: countryCode,
    /** State, province or region. */
    region: z.string().min(2).optional(),
    /** City or town. */
    city: z.string().min(2).optional(),
    /** Street address, with where it was published. Never for confidential shelters. */
    address: z.object({ text: z.string().min(5), source: sourceField }).strict().optional(),
    /** Coordinates for "near me" (never published when `hideLocation`). */
    location: z
      .object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) })
      .strict()
      .optional(),
    /** True for confidential places: address and location are never published. */
    hideLocation: z.boolean().default(false),
    /** Phone lines, in E.164 form, each with its source. */
    phones: z.array(phone, { error: 'list-phones-number-source' }).default([]),
    /** Contact email, with its source. */
    email: z
      .object({ address: z.string().regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, { error: 'not-email-address' }), source: sourceField })
      .strict()
      .optional(),
    /** The service's own web page, with its source. */
    website: z.object({ url: urlField, source: sourceField }).strict().optional(),
    /** Language codes spoken by staff (ISO 639, e.g. es, en, fr, ht). */
    languages: z
      .array(
        z
          .string()
          .refine(isLanguageCode, { error: 'write-language-codes-such-es' })
          .refine(isKnownLanguage, { error: 'unknown-language-code-write-codes' }),
      )
      .default([]),
    /** Opening hours; leave out when not known. */
    schedule: z
      .array(scheduleRow)
      .default([])
      .superRefine((rows, ctx) => {
        const day = overlappingDay(rows);
        if (day) ctx.addIssue({ code: 'custom', message: zodMessage('listed-two-rows-whose-hours', day) });
      }),
    /** Dates with other hours or closed (holidays, "closed until"), each with its days. */
    exceptions: z
      .array(scheduleException)
      .default([])
      .superRefine((list, ctx) => {
        for (let i = 0; i < list.length; i++)
          for (let j = i + 1; j < list.length; j++)
            if (datesMeet({ from: list[i].from, until: list[i].until ?? list[i].from }, { from: list[j].from, until: list[j].until ?? list[j].from }))
              ctx.addIssue({ code: 'custom', path: [j, 'from'], message: zodMessage('exceptions-share-day', list[i].from) });
      }),
    /** IANA time zone of its hours when it differs from the country's (Canada and Mexico have several), e.g. America/Vancouver. */
    timezone: timeZoneField.optional(),
    /** Whether it costs money. */
    fees: fees.optional(),
    /** Who can use it, per language. */
    eligibility: localized.optional(),
    /** Papers people need to bring, per language. */
    documentsRequired: localized.optional(),
    /** Access for people with disabilities, per language. */
    accessibility: localized.optional(),
    /** Where the description comes from (at least one public page). */
    sources: z.array(z.object({ title: z.string().min(3), url: urlField }).strict()).min(1, {
      error: 'cite-least-one-public-source',
    }),
    /** The day a person last verified the entry (YYYY-MM-DD). */
    assured: dateField,
    /** How it was verified that day: phone (someone called), visit, email, or published-sources (checked against the pages cited). */
    assuredMethod: z.enum(VERIFICATION_METHODS, { error: zodMessage('assured-method-must-one', VERIFICATION_METHODS.join(', ')) }),
    /** What the person who verified it noted (optional), per language. */
    assuredNote: localized.optional(),
    /** When the service is run by an institution of its country's registry (`institutions`): its id, so its warning shows. */
    institution: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'institution-ids-lowercase' }).optional(),
    /** Other institutions of its country that its texts name (e.g. "file at COMAR or the INM"), by id: their warnings show with it. */
    institutions: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'institution-ids-lowercase' })).optional(),
    /** True while the entry is being written: it is not published anywhere. */
    draft: z.boolean().default(false),
    /** What changed in this service that readers should know (closed, moved, new hours…). */
    changes: changesField,
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.hideLocation && (s.address || s.location)) {
      ctx.addIssue({
        code: 'custom',
        path: [s.address ? 'address' : 'location'],
        message: 'confidential-place-hidelocation-true-remove',
      });
    }
  });
export type ServiceData = z.infer<typeof serviceSchema>;
