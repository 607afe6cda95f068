/**
 * Quiz scoring. A question has one right answer (radio buttons) or
 * several (checkboxes: all of them, and nothing else, must be chosen).
 * A wrong answer can be retried to learn, but only the first try of each
 * question counts toward the pass mark. Pure.
 */

/** What the quiz needs to know about a question. */
export interface QuizQuestion {
  choices: readonly string[];
  /** Index, or indices when several are right. */
  answer: number | readonly number[];
}

/** The right choices of a question, sorted. */
export function rightAnswers(q: QuizQuestion): number[] {
  return (Array.isArray(q.answer) ? [...q.answer] : [q.answer as number]).sort((a, b) => a - b);
}

/** True when several choices are right (the question uses checkboxes). */
export function isMultiple(q: QuizQuestion): boolean {
  return Array.isArray(q.answer) && q.answer.length > 1;
}

/** True when `chosen` is exactly the set of right answers. */
export function isCorrect(q: QuizQuestion, chosen: readonly number[]): boolean {
  const right = rightAnswers(q);
  const picked = [...new Set(chosen)].sort((a, b) => a - b);
  return right.length === picked.length && right.every((r, i) => r === picked[i]);
}

/** Percentage (0–100, rounded down) of questions right on the first try. */
export function scorePercent(firstTries: readonly (boolean | undefined)[], questionCount: number): number {
  if (questionCount === 0) return 100;
  const right = firstTries.filter((t) => t === true).length;
  return Math.floor((right / questionCount) * 100);
}

/** True when every question has a first try and the score reaches the pass mark. */
export function hasPassed(firstTries: readonly (boolean | undefined)[], questionCount: number, passMark: number): boolean {
  const answered = firstTries.filter((t) => t !== undefined).length;
  return answered >= questionCount && scorePercent(firstTries, questionCount) >= passMark;
}
