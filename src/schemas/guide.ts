import { z } from 'zod';
import { TOPICS } from './vocab.ts';
import { countryCode, dateField, sourceRef, translationInfo } from './common.ts';
import { zodMessage } from '../i18n/check/messages.ts';
import { changesField } from './changes.ts';

/** Frontmatter of a rights guide: `content/guides/<lang>/<slug>.mdx`. */
export const guideSchema = z
  .object({
    /** The page title, a plain question or statement. */
    title: z.string({ error: 'every-guide-needs-title' }).min(3, { error: 'title-too-short' }),
    /** One or two plain sentences, at most 200 characters, shown in lists and search. */
    summary: z
      .string({ error: 'write-summary-one-two-short' })
      .min(10, { error: 'summary-too-short' })
      .max(200, { error: 'summary-must-characters-fewer-shorten' }),
    /** The topic that groups it on the guides index. */
    topic: z.enum(TOPICS, { error: zodMessage('topic-must-one', TOPICS.join(', ')) }),
    /** Where it applies: `all`, or a list of country codes. Default `all`. */
    countries: z
      .union([z.literal('all'), z.array(countryCode).min(1)], {
        error: 'write-all-list-country-codes',
      })
      .default('all'),
    /** The day a person last checked the facts (YYYY-MM-DD). */
    reviewed: dateField,
    /** Where the facts come from: at least one `{title, url}`. */
    sources: z
      .array(sourceRef, { error: 'list-sources-title-url-https' })
      .min(1, { error: 'cite-least-one-source-title' }),
    /** Set on translations: machine-made or not, reviewed or not. */
    translation: translationInfo.optional(),
    /** True to keep it out of the built site while it is being written. */
    draft: z.boolean().default(false),
    /** What changed on this page that readers should know (on the Spanish page; text per language). */
    changes: changesField,
  })
  .strict();
