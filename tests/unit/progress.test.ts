import { describe, it, expect } from 'vitest';
import { isCorrect, isMultiple, scorePercent, hasPassed, rightAnswers } from '../../src/lib/courses/quiz.ts';
import {
  emptyProgress,
  recordAttempt,
  recordRound,
  coursePercent,
  nextLesson,
  completedOn,
  resetCourse,
  exportProgress,
  parseExport,
  mergeProgress,
  loadProgress,
  saveProgress,
  migrate,
  ProgressError,
  PROGRESS_KEY,
} from '../../src/lib/courses/progress.ts';

describe('quiz scoring', () => {
  const single = { choices: ['a', 'b', 'c'], answer: 1 };
  const multi = { choices: ['a', 'b', 'c', 'd'], answer: [0, 2] };
  it('checks one right answer', () => {
    expect(isMultiple(single)).toBe(false);
    expect(isCorrect(single, [1])).toBe(true);
    expect(isCorrect(single, [0])).toBe(false);
    expect(isCorrect(single, [])).toBe(false);
  });
  it('checks several right answers: all of them and nothing else', () => {
    expect(isMultiple(multi)).toBe(true);
    expect(rightAnswers(multi)).toEqual([0, 2]);
    expect(isCorrect(multi, [2, 0])).toBe(true);
    expect(isCorrect(multi, [0])).toBe(false);
    expect(isCorrect(multi, [0, 2, 3])).toBe(false);
  });
  it('counts first tries against the pass mark', () => {
    expect(scorePercent([true, false, true], 3)).toBe(66);
    expect(hasPassed([true, false, true], 3, 70)).toBe(false);
    expect(hasPassed([true, true, false], 3, 66)).toBe(true);
    expect(hasPassed([true, true], 3, 50)).toBe(false); // one question unanswered
    expect(hasPassed([true, true, true, false], 4, 70)).toBe(true);
    expect(scorePercent([], 0)).toBe(100);
  });
});

describe('progress store', () => {
  const lessons = ['intro', 'asilo', 'ayuda'];
  const t = (d: string) => new Date(`2026-11-${d}T10:00:00Z`);
  const passAll = (doc = emptyProgress()) => lessons.reduce((d, l, i) => recordRound(d, 'c', l, 1, true, t(String(20 + i))), doc);

  it('starts at 0 % and continues at the first unfinished lesson', () => {
    let doc = emptyProgress();
    expect(coursePercent(doc, 'c', lessons)).toBe(0);
    expect(nextLesson(doc, 'c', lessons)).toBe('intro');
    doc = recordAttempt(doc, 'c', 'intro', { question: 0, chosen: [1], correct: false, first: true }, t('20'));
    doc = recordRound(doc, 'c', 'intro', 0.66, false, t('20'));
    expect(coursePercent(doc, 'c', lessons)).toBe(0);
    doc = recordRound(doc, 'c', 'intro', 1, true, t('21'));
    expect(coursePercent(doc, 'c', lessons)).toBe(33);
    expect(nextLesson(doc, 'c', lessons)).toBe('asilo');
    expect(doc.courses.c.lessons.intro).toMatchObject({ progress: 1, completedAt: '2026-11-21T10:00:00.000Z' });
    expect(doc.courses.c.lessons.intro.attempts).toHaveLength(1);
  });

  it('reaches 100 % and knows the completion date', () => {
    const doc = passAll();
    expect(coursePercent(doc, 'c', lessons)).toBe(100);
    expect(completedOn(doc, 'c', lessons)).toBe('2026-11-22T10:00:00.000Z');
  });

  it('a lower later score never lowers progress or undoes completion', () => {
    const doc = recordRound(passAll(), 'c', 'intro', 0.3, false, t('25'));
    expect(doc.courses.c.lessons.intro.progress).toBe(1);
    expect(coursePercent(doc, 'c', lessons)).toBe(100);
  });

  it('a course that gains a lesson is no longer complete; one that loses a lesson still counts the rest', () => {
    const doc = passAll();
    expect(coursePercent(doc, 'c', [...lessons, 'nueva'])).toBe(75);
    expect(nextLesson(doc, 'c', [...lessons, 'nueva'])).toBe('nueva');
    expect(completedOn(doc, 'c', [...lessons, 'nueva'])).toBeUndefined();
    expect(coursePercent(doc, 'c', ['intro', 'ayuda'])).toBe(100);
    // The removed lesson's record is kept, in case it comes back.
    expect(doc.courses.c.lessons.asilo.completedAt).toBeDefined();
  });

  it('resets one course only', () => {
    const doc = resetCourse(recordRound(passAll(), 'otro', 'x', 1, true), 'c');
    expect(doc.courses.c).toBeUndefined();
    expect(doc.courses.otro).toBeDefined();
  });

  it('survives storage round trips; a damaged record starts empty and says so', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    saveProgress(storage, { ...passAll(), name: 'Ana' });
    expect(loadProgress(storage).doc).toEqual({ ...passAll(), name: 'Ana' });
    store.set(PROGRESS_KEY, '{broken');
    const r = loadProgress(storage);
    expect(r.doc).toEqual(emptyProgress());
    expect(r.problem?.kind).toBe('damaged');
  });

  it('refuses records from a newer version instead of destroying them', () => {
    expect(() => migrate({ version: 99, courses: {} })).toThrow(ProgressError);
    expect(() => migrate({ hello: 1 })).toThrow(/not a progress record/);
    // Malformed lessons are dropped, the rest kept.
    expect(migrate({ version: 1, courses: { c: { startedAt: 'x', lessons: { a: { progress: 1, attempts: [] }, b: 'junk' } } } }).courses.c.lessons).toEqual({
      a: { progress: 1, attempts: [] },
    });
  });
});

describe('export and import', () => {
  const doc = recordRound(recordAttempt(emptyProgress(), 'c', 'intro', { question: 0, chosen: [0], correct: true, first: true }, new Date('2026-11-20T10:00:00Z')), 'c', 'intro', 1, true, new Date('2026-11-20T10:00:00Z'));
  it('round-trips through a file', () => {
    expect(parseExport(exportProgress(doc))).toEqual(doc);
  });
  it('rejects a wrong or damaged file with the reason', () => {
    const reason = (text: string) => {
      try {
        parseExport(text);
        return 'accepted';
      } catch (e) {
        return (e as ProgressError).kind;
      }
    };
    expect(reason('not json at all')).toBe('damaged');
    expect(reason('{"format":"something-else"}')).toBe('not-progress');
    expect(reason(JSON.stringify({ format: 'migrar-con-derechos/progress', progress: { version: 1 } }))).toBe('damaged');
    expect(reason(JSON.stringify({ format: 'migrar-con-derechos/progress', progress: { version: 7, courses: {} } }))).toBe('too-new');
    expect(reason(exportProgress(doc).slice(0, 40))).toBe('damaged');
  });
  it('merges without losing anything', () => {
    const other = recordRound(emptyProgress(), 'c', 'asilo', 1, true, new Date('2026-11-22T10:00:00Z'));
    const merged = mergeProgress(other, doc);
    expect(Object.keys(merged.courses.c.lessons).sort()).toEqual(['asilo', 'intro']);
    expect(merged.courses.c.lessons.intro.attempts).toHaveLength(1);
    expect(mergeProgress(doc, doc).courses.c.lessons.intro.attempts).toHaveLength(1);
  });
});
