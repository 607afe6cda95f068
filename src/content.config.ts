/**
 * Content collections: glob loaders over `content/` and `courses/`, each
 * validated by the zod schema in `src/schemas/`. The content check
 * (src/integrations/content-check.ts) runs the same schemas first and
 * reports problems in plain words.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  guideSchema,
  scamSchema,
  pageSchema,
  serviceSchema,
  countrySchema,
  courseSchema,
  lessonSchema,
} from './schemas/index.ts';

const root = process.env.PORTAL_CONTENT_ROOT || '.';
const at = (dir: string) => `${root}/${dir}`;

/** `<lang>/<slug>` ids, e.g. `es/pedir-asilo`. */
const mdxIn = (dir: string) => glob({ pattern: '*/*.{md,mdx}', base: at(dir) });

export const collections = {
  guides: defineCollection({ loader: mdxIn('content/guides'), schema: guideSchema }),
  scams: defineCollection({ loader: mdxIn('content/scams'), schema: scamSchema }),
  pages: defineCollection({ loader: mdxIn('content/pages'), schema: pageSchema }),
  directory: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: at('content/directory') }),
    schema: serviceSchema,
  }),
  countries: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: at('content/countries'), generateId: ({ entry }) => entry.replace(/\.ya?ml$/, '') }),
    schema: countrySchema,
  }),
  courses: defineCollection({
    loader: glob({ pattern: '*/course.{yaml,yml}', base: at('courses'), generateId: ({ entry }) => entry.split('/')[0] }),
    schema: courseSchema,
  }),
  lessons: defineCollection({
    // id: `<course>/<lang>/<NN>-<slug>`
    loader: glob({
      pattern: '*/*/*.{md,mdx}',
      base: at('courses'),
      generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
    }),
    schema: lessonSchema,
  }),
};
