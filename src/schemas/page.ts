import { z } from 'zod';
import { dateField, translationInfo } from './common.ts';

/** Frontmatter of a content page (about, privacy, safety): `content/pages/<lang>/<slug>.mdx`. */
export const pageSchema = z
  .object({
    /** The page title. */
    title: z.string({ error: 'every-page-needs-title' }).min(2),
    /** One plain sentence shown under the title and in search. */
    summary: z.string({ error: 'write-one-sentence-summary' }).min(10).max(200, {
      error: 'summary-must-characters-fewer-shorten',
    }),
    /** The day a person last checked it (YYYY-MM-DD). */
    reviewed: dateField.optional(),
    /** Set on translations. */
    translation: translationInfo.optional(),
    /** True to keep it out of the built site. */
    draft: z.boolean().default(false),
  })
  .strict();
