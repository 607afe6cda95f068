/**
 * Course progress, kept on the device only. Shape after Kolibri: per lesson
 * a summary (progress 0–1, completion time) plus an attempt log. Lessons
 * are keyed by their slug, so reordering lessons keeps progress.
 *
 * Versioning and migration (see docs/progress.md):
 * - The stored document has `version`. `migrate()` upgrades any older
 *   version step by step and refuses versions newer than this code knows.
 * - When a course gains a lesson, the new lesson simply counts as not done;
 *   when it loses one, its record is kept (it may come back) but no longer
 *   counts. `coursePercent()` always measures against the current lessons.
 * Pure: storage (localStorage) is passed in by the caller.
 */

/** The current storage format. */
export const PROGRESS_VERSION = 1;
/** The localStorage key. Never changes; the version lives inside. */
export const PROGRESS_KEY = 'portal.progress';
/** The `format` of an exported file. */
export const EXPORT_FORMAT = 'migrar-con-derechos/progress';

/** One answer given to one question. */
export interface Attempt {
  /** ISO time. */
  at: string;
  question: number;
  chosen: number[];
  correct: boolean;
  /** True for the first answer to this question in this round (the one that counts). */
  first: boolean;
}

/** A lesson's summary and log. */
export interface LessonProgress {
  /** 0–1: share of questions right on the first try in the best round. */
  progress: number;
  /** ISO time the lesson was passed, if it was. */
  completedAt?: string;
  attempts: Attempt[];
}

export interface CourseProgress {
  startedAt: string;
  lessons: Record<string, LessonProgress>;
}

export interface ProgressDoc {
  version: typeof PROGRESS_VERSION;
  courses: Record<string, CourseProgress>;
  /** The name typed for certificates (kept on this device). */
  name?: string;
}

/** A problem reading stored or imported progress, with a message for people. */
export class ProgressError extends Error {
  constructor(
    message: string,
    /** `damaged`, `not-progress` or `too-new`. */
    readonly kind: 'damaged' | 'not-progress' | 'too-new',
  ) {
    super(message);
    this.name = 'ProgressError';
  }
}

export function emptyProgress(): ProgressDoc {
  return { version: PROGRESS_VERSION, courses: {} };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Brings a stored document to the current version. Version 1 is the first
 * format; when the format changes, add a step here (`if (doc.version === 1)
 * doc = toV2(doc)`) and a test with a stored v1 document, so progress saved
 * by an older site is never lost.
 */
export function migrate(raw: unknown): ProgressDoc {
  if (!isObj(raw) || typeof raw.version !== 'number' || !isObj(raw.courses)) {
    throw new ProgressError('not a progress record', 'not-progress');
  }
  if (raw.version > PROGRESS_VERSION) throw new ProgressError('made by a newer version of the site', 'too-new');
  return sanitize(raw);
}

/** Keeps only well-formed parts (a damaged lesson is dropped, not the whole record). */
function sanitize(doc: Record<string, unknown>): ProgressDoc {
  const out = emptyProgress();
  if (typeof doc.name === 'string' && doc.name.trim()) out.name = doc.name.slice(0, 120);
  for (const [id, c] of Object.entries(isObj(doc.courses) ? doc.courses : {})) {
    if (!isObj(c) || !isObj(c.lessons)) continue;
    const lessons: Record<string, LessonProgress> = {};
    for (const [slug, l] of Object.entries(c.lessons)) {
      if (!isObj(l) || typeof l.progress !== 'number') continue;
      lessons[slug] = {
        progress: Math.min(1, Math.max(0, l.progress)),
        ...(typeof l.completedAt === 'string' ? { completedAt: l.completedAt } : {}),
        attempts: Array.isArray(l.attempts)
          ? (l.attempts.filter((a) => isObj(a) && typeof a.question === 'number' && Array.isArray(a.chosen)) as unknown as Attempt[])
          : [],
      };
    }
    out.courses[id] = { startedAt: typeof c.startedAt === 'string' ? c.startedAt : new Date().toISOString(), lessons };
  }
  return out;
}

/** Reads progress from storage; a damaged or unknown record starts empty and is reported. */
export function loadProgress(storage: Pick<Storage, 'getItem'>): { doc: ProgressDoc; problem?: ProgressError } {
  const text = storage.getItem(PROGRESS_KEY);
  if (!text) return { doc: emptyProgress() };
  try {
    return { doc: migrate(JSON.parse(text)) };
  } catch (e) {
    return { doc: emptyProgress(), problem: e instanceof ProgressError ? e : new ProgressError('damaged', 'damaged') };
  }
}

export function saveProgress(storage: Pick<Storage, 'setItem'>, doc: ProgressDoc): void {
  storage.setItem(PROGRESS_KEY, JSON.stringify(doc));
}

/** Records one answer; returns a new document. */
export function recordAttempt(
  doc: ProgressDoc,
  course: string,
  lesson: string,
  attempt: Omit<Attempt, 'at'>,
  now = new Date(),
): ProgressDoc {
  const c = doc.courses[course] ?? { startedAt: now.toISOString(), lessons: {} };
  const l = c.lessons[lesson] ?? { progress: 0, attempts: [] };
  const next: LessonProgress = { ...l, attempts: [...l.attempts, { ...attempt, at: now.toISOString() }] };
  return { ...doc, courses: { ...doc.courses, [course]: { ...c, lessons: { ...c.lessons, [lesson]: next } } } };
}

/** Records a finished round's score; the lesson is done once `passed`. Keeps the best score. */
export function recordRound(doc: ProgressDoc, course: string, lesson: string, score: number, passed: boolean, now = new Date()): ProgressDoc {
  const c = doc.courses[course] ?? { startedAt: now.toISOString(), lessons: {} };
  const l = c.lessons[lesson] ?? { progress: 0, attempts: [] };
  const next: LessonProgress = {
    ...l,
    progress: Math.max(l.progress, score),
    ...(passed && !l.completedAt ? { completedAt: now.toISOString() } : {}),
  };
  return { ...doc, courses: { ...doc.courses, [course]: { ...c, lessons: { ...c.lessons, [lesson]: next } } } };
}

/** True when the lesson has been passed. */
export const isLessonDone = (doc: ProgressDoc, course: string, lesson: string) => !!doc.courses[course]?.lessons[lesson]?.completedAt;

/** Percentage (0–100) of the course's current lessons that are done. */
export function coursePercent(doc: ProgressDoc, course: string, lessons: readonly string[]): number {
  if (!lessons.length) return 0;
  return Math.floor((lessons.filter((l) => isLessonDone(doc, course, l)).length / lessons.length) * 100);
}

/** The first lesson not yet done (or the first lesson when all are). */
export function nextLesson(doc: ProgressDoc, course: string, lessons: readonly string[]): string | undefined {
  return lessons.find((l) => !isLessonDone(doc, course, l)) ?? lessons[0];
}

/** The date the course was completed: when its last current lesson was passed. */
export function completedOn(doc: ProgressDoc, course: string, lessons: readonly string[]): string | undefined {
  if (coursePercent(doc, course, lessons) < 100) return undefined;
  return lessons.map((l) => doc.courses[course].lessons[l].completedAt!).sort().pop();
}

/** Forgets one course (after the trainee confirms "Start this course again"). */
export function resetCourse(doc: ProgressDoc, course: string): ProgressDoc {
  const courses = { ...doc.courses };
  delete courses[course];
  return { ...doc, courses };
}

/** The text of an export file. */
export function exportProgress(doc: ProgressDoc, now = new Date()): string {
  return JSON.stringify({ format: EXPORT_FORMAT, exportedAt: now.toISOString(), progress: doc }, null, 1);
}

/** Reads an export file; throws ProgressError with `kind` for a wrong or damaged file. */
export function parseExport(text: string): ProgressDoc {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ProgressError('damaged', 'damaged');
  }
  if (!isObj(data) || data.format !== EXPORT_FORMAT) throw new ProgressError('not a progress file', 'not-progress');
  try {
    return migrate(data.progress);
  } catch (e) {
    if (e instanceof ProgressError && e.kind === 'too-new') throw e;
    throw new ProgressError('damaged', 'damaged');
  }
}

/**
 * Merges imported progress into the device's: nothing is lost. Per lesson
 * the higher progress wins, the earliest completion is kept, and attempt
 * logs are joined without duplicates.
 */
export function mergeProgress(a: ProgressDoc, b: ProgressDoc): ProgressDoc {
  const out: ProgressDoc = { ...a, courses: { ...a.courses }, ...(a.name || b.name ? { name: a.name ?? b.name } : {}) };
  for (const [id, cb] of Object.entries(b.courses)) {
    const ca = out.courses[id];
    if (!ca) {
      out.courses[id] = cb;
      continue;
    }
    const lessons = { ...ca.lessons };
    for (const [slug, lb] of Object.entries(cb.lessons)) {
      const la = lessons[slug];
      if (!la) {
        lessons[slug] = lb;
        continue;
      }
      const seen = new Set(la.attempts.map((x) => `${x.at}|${x.question}`));
      const completed = [la.completedAt, lb.completedAt].filter((x): x is string => !!x).sort()[0];
      lessons[slug] = {
        progress: Math.max(la.progress, lb.progress),
        ...(completed ? { completedAt: completed } : {}),
        attempts: [...la.attempts, ...lb.attempts.filter((x) => !seen.has(`${x.at}|${x.question}`))].sort((x, y) => x.at.localeCompare(y.at)),
      };
    }
    out.courses[id] = { startedAt: [ca.startedAt, cb.startedAt].sort()[0], lessons };
  }
  return out;
}
