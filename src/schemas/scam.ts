import { z } from 'zod';
import { guideSchema } from './guide.ts';

/** Where to report a scam, for one country or for all. */
const reportPlace = z
  .object({
    /** Country code, or `all` for advice that applies everywhere. */
    country: z.union([z.literal('all'), z.string().regex(/^[A-Z]{2}$/)], {
      error: 'write-two-letter-country-code-2',
    }),
    /** Where to report, in plain words (agency name, how). */
    text: z.string({ error: 'say-where-how-report' }).min(5),
    /** The agency's official page, if there is one. */
    url: z.string().regex(/^https?:\/\//, { error: 'write-full-web-address-starting' }).optional(),
  })
  .strict();

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
