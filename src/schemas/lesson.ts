import { z } from 'zod';
import { translationInfo } from './common.ts';
import { zodMessage } from '../i18n/check/messages.ts';

/** One quiz question with its choices and the right answer(s). */
export const quizQuestion = z
  .object({
    /** The question, in plain words. */
    question: z.string({ error: 'write-question' }).min(5),
    /** Two or more possible answers. */
    choices: z.array(z.string().min(1)).min(2, { error: 'give-least-two-choices' }),
    /** The number of the right choice counting from 0, or a list of numbers when several are right. */
    answer: z.union([z.number().int().min(0), z.array(z.number().int().min(0)).min(1)], {
      error: 'write-number-right-choice-counting',
    }),
    /** Why the answer is right: shown after the trainee checks. */
    explanation: z.string({ error: 'explain-right-answer-one-two' }).min(5),
  })
  .strict()
  .superRefine((q, ctx) => {
    const answers = Array.isArray(q.answer) ? q.answer : [q.answer];
    for (const a of answers) {
      if (a >= q.choices.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['answer'],
          message: zodMessage('answer-does-not-exist-there', a, q.choices.length, q.choices.length - 1),
        });
      }
    }
  });

/** Frontmatter of a lesson: `courses/<slug>/<lang>/<NN>-<lesson>.mdx`. */
export const lessonSchema = z
  .object({
    /** The lesson title. */
    title: z.string({ error: 'every-lesson-needs-title' }).min(3),
    /** Minutes of reading. */
    minutes: z.number({ error: 'write-minutes-number-2' }).int().positive(),
    /** The quiz at the end of the lesson. */
    quiz: z.array(quizQuestion).default([]),
    /** Set on translations. */
    translation: translationInfo.optional(),
    /** True to keep it out of the built site. */
    draft: z.boolean().default(false),
  })
  .strict();
export type LessonData = z.infer<typeof lessonSchema>;
