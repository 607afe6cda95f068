import { z } from 'zod';
import { translationInfo } from './common.ts';

/** One quiz question with its choices and the right answer(s). */
export const quizQuestion = z
  .object({
    /** The question, in plain words. */
    question: z.string({ error: 'write the question' }).min(5),
    /** Two or more possible answers. */
    choices: z.array(z.string().min(1)).min(2, { error: 'give at least two choices' }),
    /** The number of the right choice counting from 0, or a list of numbers when several are right. */
    answer: z.union([z.number().int().min(0), z.array(z.number().int().min(0)).min(1)], {
      error: 'write the number of the right choice, counting from 0 (or a list such as [0, 2])',
    }),
    /** Why the answer is right: shown after the trainee checks. */
    explanation: z.string({ error: 'explain the right answer in one or two sentences' }).min(5),
  })
  .strict()
  .superRefine((q, ctx) => {
    const answers = Array.isArray(q.answer) ? q.answer : [q.answer];
    for (const a of answers) {
      if (a >= q.choices.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['answer'],
          message: `answer ${a} does not exist: there are ${q.choices.length} choices, numbered 0 to ${q.choices.length - 1}`,
        });
      }
    }
  });

/** Frontmatter of a lesson: `courses/<slug>/<lang>/<NN>-<lesson>.mdx`. */
export const lessonSchema = z
  .object({
    /** The lesson title. */
    title: z.string({ error: 'every lesson needs a title' }).min(3),
    /** Minutes of reading. */
    minutes: z.number({ error: 'write the minutes as a number, e.g. 5' }).int().positive(),
    /** The quiz at the end of the lesson. */
    quiz: z.array(quizQuestion).default([]),
    /** Set on translations. */
    translation: translationInfo.optional(),
    /** True to keep it out of the built site. */
    draft: z.boolean().default(false),
  })
  .strict();
export type LessonData = z.infer<typeof lessonSchema>;
