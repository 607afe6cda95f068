import { z } from 'zod';
import { TOPICS } from './vocab.ts';
import { countryCode, dateField, sourceRef, translationInfo } from './common.ts';

/** Frontmatter of a rights guide: `content/guides/<lang>/<slug>.mdx`. */
export const guideSchema = z
  .object({
    /** The page title, a plain question or statement. */
    title: z.string({ error: 'every guide needs a title' }).min(3, { error: 'the title is too short' }),
    /** One or two plain sentences, at most 200 characters, shown in lists and search. */
    summary: z
      .string({ error: 'write a summary of one or two short sentences' })
      .min(10, { error: 'the summary is too short' })
      .max(200, { error: 'the summary must be 200 characters or fewer; shorten it' }),
    /** The topic that groups it on the guides index. */
    topic: z.enum(TOPICS, { error: `topic must be one of: ${TOPICS.join(', ')}` }),
    /** Where it applies: `all`, or a list of country codes. Default `all`. */
    countries: z
      .union([z.literal('all'), z.array(countryCode).min(1)], {
        error: 'write `all` or a list of country codes such as [AR, CL]',
      })
      .default('all'),
    /** The day a person last checked the facts (YYYY-MM-DD). */
    reviewed: dateField,
    /** Where the facts come from: at least one `{title, url}`. */
    sources: z
      .array(sourceRef, { error: 'list the sources as `- title: …` and `url: https://…`' })
      .min(1, { error: 'cite at least one source (title and url)' }),
    /** Set on translations: machine-made or not, reviewed or not. */
    translation: translationInfo.optional(),
    /** True to keep it out of the built site while it is being written. */
    draft: z.boolean().default(false),
  })
  .strict();
