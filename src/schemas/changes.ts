import { z } from 'zod';
import { dateField, localized } from './common.ts';

/**
 * What changed that readers should know (a rule, a deadline, a service that
 * closed), recorded where it happened: on a guide, a scam page, a legal fact
 * or a service. One entry per change: the day it took effect (or was made on
 * the site) and one plain sentence per language, Spanish required, e.g.
 * "Canadá: desde el 19 de mayo de 2026, los niños y niñas que llegan solos
 * quedan fuera de los nuevos plazos de la ley C-12."
 */
export const changeEntry = z
  .object({
    /** The day of the change (YYYY-MM-DD). */
    date: dateField,
    /** One plain sentence per language (es required). */
    text: localized,
  })
  .strict();

/** A list of changes, newest or oldest first (readers see them newest first). */
export const changesField = z.array(changeEntry, { error: 'list-changes-date-text' }).optional();
export type ChangeEntry = z.infer<typeof changeEntry>;
