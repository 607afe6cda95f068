import { z } from 'zod';
import { AUDIENCES } from './vocab.ts';
import { localized } from './common.ts';
import { zodMessage } from '../i18n/check/messages.ts';

/** A course: `courses/<slug>/course.yaml`. */
export const courseSchema = z
  .object({
    /** The course title per language (es required). */
    title: localized,
    /** What the trainee will learn, per language. */
    summary: localized,
    /** Who it is written for. */
    audience: z.enum(AUDIENCES, { error: zodMessage('audience-must-one', AUDIENCES.join(', ')) }),
    /** Estimated minutes for the whole course. */
    minutes: z.number({ error: 'write-minutes-number' }).int().positive(),
    /** Percentage of correct answers needed to pass a lesson quiz. Default 70. */
    passMark: z.number().int().min(1).max(100).default(70),
    /** Where the course content comes from. */
    sources: z.array(z.object({ title: z.string().min(3), url: z.string().regex(/^https?:\/\//) }).strict()).default([]),
  })
  .strict();
