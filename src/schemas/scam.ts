import { z } from 'zod';
import { guideSchema } from './guide.ts';

/** Where to report a scam, for one country or for all. */
const reportPlace = z
  .object({
    /** Country code, or `all` for advice that applies everywhere. */
    country: z.union([z.literal('all'), z.string().regex(/^[A-Z]{2}$/)], {
      error: 'write-two-letter-country-code-2',
    }),
    /**
     * The institutions to report to, by their id in `content/countries/<CC>.yaml`
     * (`institutions`): the page shows each one's name, phone and website from
     * there, channels that do not enforce migration first, and a warning next to
     * any that does.
     */
    institutions: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'institution-ids-lowercase' })).default([]),
    /** Where or how to report, in plain words, when no institution id says it (or to add how). */
    text: z.string({ error: 'say-where-how-report' }).min(5).optional(),
    /** The agency's official page, if there is one (with `text`). */
    url: z.string().regex(/^https?:\/\//, { error: 'write-full-web-address-starting' }).optional(),
  })
  .strict()
  .refine((r) => r.institutions.length > 0 || !!r.text, { error: 'report-needs-institutions-or-text', path: ['institutions'] })
  .refine((r) => r.country !== 'all' || r.institutions.length === 0, { error: 'report-all-no-institutions', path: ['institutions'] });

/** Frontmatter of a scam-prevention article: `content/scams/<lang>/<slug>.mdx`. */
export const scamSchema = guideSchema
  .extend({
    /** The topic defaults to `safety` for scam articles. */
    topic: guideSchema.shape.topic.default('safety'),
    /** Warning signs, one short sentence each. */
    signs: z
      .array(z.string().min(3), { error: 'list-warning-signs-one-per' })
      .min(2, { error: 'give-least-two-warning-signs' }),
    /** What to do if it happens to you: one short sentence each. */
    whatToDo: z
      .array(z.string().min(3), { error: 'list-what-do-one-step' })
      .min(1, { error: 'give-least-one-thing-do' }),
    /** Where to report, per country. */
    report: z.array(reportPlace, { error: 'list-where-report-per-country' }).min(1, {
      error: 'say-where-report-least-one',
    }),
  })
  .strict();
