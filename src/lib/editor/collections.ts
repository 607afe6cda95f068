/**
 * The editor's collections, one entry each: where its files live, which
 * schema they follow, whether they are MDX pages (front matter and a body,
 * one file per language) or YAML data, and its name in the volunteer's
 * language. config.ts makes Decap's collections and the file formats from
 * this table, so a new collection is one entry here.
 */
import type { z } from 'zod';
import { guideSchema, scamSchema, pageSchema, serviceSchema, countrySchema, courseSchema, lessonSchema } from '../../schemas/index.ts';

/** One collection of the editor. */
export interface Collection {
  name: string;
  /** `frontmatter`: MDX pages side by side in every language; `yaml`: one data file per entry. */
  kind: 'frontmatter' | 'yaml';
  folder: string;
  schema: z.ZodType;
  /** Plural and singular names: Spanish, then English. */
  labels: [es: string, esOne: string, en: string, enOne: string];
  /** For YAML files: the field that names the file. */
  id?: string;
  /** For YAML files kept in a folder of their own (`courses/<slug>/course.yaml`). */
  path?: string;
  /** False where files are made with `npm run new` (courses and lessons are numbered folders and files). */
  create?: boolean;
}

/** A course as the editor lists it. */
export interface CourseRef {
  slug: string;
  title: string;
}

/** The guides, scam alerts and pages: MDX in `content/<dir>/<lang>/`. */
const PAGES: Collection[] = [
  { name: 'guides', kind: 'frontmatter', folder: 'content/guides', schema: guideSchema, labels: ['Guías de derechos', 'guía', 'Rights guides', 'guide'] },
  { name: 'scams', kind: 'frontmatter', folder: 'content/scams', schema: scamSchema, labels: ['Alertas de estafas', 'alerta', 'Scam alerts', 'alert'] },
  { name: 'pages', kind: 'frontmatter', folder: 'content/pages', schema: pageSchema, labels: ['Páginas', 'página', 'Pages', 'page'] },
];

/** The directory, the countries and the courses: YAML data. */
const DATA: Collection[] = [
  { name: 'directory', kind: 'yaml', folder: 'content/directory', id: 'id', schema: serviceSchema, labels: ['Directorio de servicios', 'servicio', 'Service directory', 'service'] },
  {
    name: 'countries',
    kind: 'yaml',
    folder: 'content/countries',
    id: 'code',
    schema: countrySchema,
    labels: ['Países: emergencias y asilo', 'país', 'Countries: emergencies and asylum', 'country'],
  },
  // New courses are made with `npm run new` (a folder with its first lesson).
  { name: 'courses', kind: 'yaml', folder: 'courses', id: 'title', path: '{{slug}}/course', create: false, schema: courseSchema, labels: ['Cursos', 'curso', 'Courses', 'course'] },
];

/**
 * One collection per course: its lessons, side by side in every language. New lessons are
 * numbered files (`03-…`), which Decap cannot name: `npm run new` makes them.
 */
const lessons = (c: CourseRef): Collection => ({
  name: `lessons-${c.slug}`,
  kind: 'frontmatter',
  folder: `courses/${c.slug}`,
  schema: lessonSchema,
  create: false,
  labels: [`Lecciones: ${c.title}`, 'lección', `Lessons: ${c.title}`, 'lesson'],
});

/** Every collection, in the order the editor lists them. */
export const collectionsOf = (courses: readonly CourseRef[] = []): Collection[] => [...PAGES, ...DATA, ...courses.map(lessons)];
