/** One import for every content schema (used by the build and the content check). */
export { guideSchema } from './guide.ts';
export { scamSchema } from './scam.ts';
export { pageSchema } from './page.ts';
export { serviceSchema, e164 } from './service.ts';
export { countrySchema } from './country.ts';
export { asylumSchema, legalFact, DEADLINE_UNITS, DEADLINE_FROM } from './asylum.ts';
export { courseSchema } from './course.ts';
export { lessonSchema, quizQuestion } from './lesson.ts';
export * from './vocab.ts';
