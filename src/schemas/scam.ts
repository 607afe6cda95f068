import { z } from 'zod';
import { guideSchema } from './guide.ts';

/** Where to report a scam, for one country or for all. */
const reportPlace = z
  .object({
    /** Country code, or `all` for advice that applies everywhere. */
    country: z.union([z.literal('all'), z.string().regex(/^[A-Z]{2}$/)], {
      error: 'write a two-letter country code such as AR, or `all`',
    }),
    /** Where to report, in plain words (agency name, how). */
    text: z.string({ error: 'say where and how to report' }).min(5),
    /** The agency's official page, if there is one. */
    url: z.string().regex(/^https?:\/\//, { error: 'write a full web address starting with https://' }).optional(),
  })
  .strict();

/** Frontmatter of a scam-prevention article: `content/scams/<lang>/<slug>.mdx`. */
export const scamSchema = guideSchema
  .extend({
    /** The topic defaults to `safety` for scam articles. */
    topic: guideSchema.shape.topic.default('safety'),
    /** Warning signs, one short sentence each. */
    signs: z
      .array(z.string().min(3), { error: 'list the warning signs, one per line starting with "- "' })
      .min(2, { error: 'give at least two warning signs' }),
    /** What to do if it happens to you: one short sentence each. */
    whatToDo: z
      .array(z.string().min(3), { error: 'list what to do, one step per line starting with "- "' })
      .min(1, { error: 'give at least one thing to do' }),
    /** Where to report, per country. */
    report: z.array(reportPlace, { error: 'list where to report, per country' }).min(1, {
      error: 'say where to report it (at least one place)',
    }),
  })
  .strict();
