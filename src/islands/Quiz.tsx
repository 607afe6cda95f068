/**
 * A lesson's quiz: each question a <fieldset> with a <legend>, radio
 * buttons (checkboxes when several answers are right) and "Check answer".
 * Feedback and the explanation appear in a live region; a wrong answer can
 * be retried. The first try of each question counts: at the course's pass
 * mark the lesson is done (stored on the device only).
 */
import { useState } from 'preact/hooks';
import { isCorrect, isMultiple, scorePercent, hasPassed, type QuizQuestion } from '../lib/courses/quiz.ts';
import { recordAttempt, recordRound, isLessonDone } from '../lib/courses/progress.ts';
import { useProgress } from './progress-client.ts';
import { siteHref } from '../lib/web/site-href.ts';

export interface QuizStrings {
  title: string;
  check: string;
  correct: string;
  wrong: string;
  chooseSeveral: string;
  nothingChosen: string;
  passed: string;
  failed: string;
  retryAll: string;
  done: string;
}

/** A question as the page gives it: its text and explanation already in the reader's language. */
type Question = QuizQuestion & { question: string; explanation: string };

interface Props {
  course: string;
  lesson: string;
  passMark: number;
  questions: Question[];
  strings: QuizStrings;
  /** Link to the next lesson (or back to the course), offered once passed. */
  next?: { href: string; label: string };
}

type Feedback = { kind: 'correct' | 'wrong' | 'empty' } | null;

/**
 * The quiz's state: the choices ticked, each question's first try and
 * feedback, and the round (a new round starts the whole quiz again). The
 * first tries are recorded in the progress store; when the last question
 * is first tried, the round's score is recorded and announced.
 */
function useQuiz({ course, lesson, passMark, questions }: Pick<Props, 'course' | 'lesson' | 'passMark' | 'questions'>) {
  const [doc, setDoc] = useProgress();
  const [chosen, setChosen] = useState<number[][]>(() => questions.map(() => []));
  const [firstTries, setFirstTries] = useState<(boolean | undefined)[]>(() => questions.map(() => undefined));
  const [feedback, setFeedback] = useState<Feedback[]>(() => questions.map(() => null));
  const [round, setRound] = useState(0);

  const total = questions.length;
  const allAnswered = firstTries.every((t) => t !== undefined);
  const score = scorePercent(firstTries, total);
  const passed = allAnswered && hasPassed(firstTries, total, passMark);
  const alreadyDone = doc ? isLessonDone(doc, course, lesson) : false;

  function toggle(q: number, choice: number, multiple: boolean) {
    setChosen((prev) => prev.map((c, i) => (i !== q ? c : multiple ? (c.includes(choice) ? c.filter((x) => x !== choice) : [...c, choice]) : [choice])));
  }

  function check(q: number) {
    if (!doc) return;
    if (!chosen[q].length) {
      setFeedback((f) => f.map((x, i) => (i === q ? { kind: 'empty' } : x)));
      return;
    }
    const correct = isCorrect(questions[q], chosen[q]);
    const first = firstTries[q] === undefined;
    let next = recordAttempt(doc, course, lesson, { question: q, chosen: chosen[q], correct, first });
    const tries = firstTries.map((t, i) => (i === q && first ? correct : t));
    if (first && tries.every((t) => t !== undefined)) {
      const roundScore = scorePercent(tries, total);
      const roundPassed = hasPassed(tries, total, passMark);
      next = recordRound(next, course, lesson, roundScore / 100, roundPassed);
      // A round is over: whoever listens (an LMS bridge in a SCORM package) hears the result.
      window.dispatchEvent(new CustomEvent('portal:quiz-result', { detail: { course, lesson, score: roundScore, passed: roundPassed, passMark } }));
    }
    setDoc(next);
    setFirstTries(tries);
    setFeedback((f) => f.map((x, i) => (i === q ? { kind: correct ? 'correct' : 'wrong' } : x)));
  }

  function again() {
    setChosen(questions.map(() => []));
    setFirstTries(questions.map(() => undefined));
    setFeedback(questions.map(() => null));
    setRound((r) => r + 1);
  }

  return { doc, chosen, feedback, round, allAnswered, score, passed, alreadyDone, toggle, check, again };
}

interface QuestionProps {
  q: Question;
  /** The question's place in the quiz, from 0. */
  qi: number;
  round: number;
  chosen: number[];
  fb: Feedback;
  strings: QuizStrings;
  /** False until the stored progress is read: an answer cannot be checked yet. */
  ready: boolean;
  toggle: (q: number, choice: number, multiple: boolean) => void;
  check: (q: number) => void;
}

/** One question: a <fieldset> with its choices, "Check answer" and the feedback in a live region. */
function QuestionField({ q, qi, round, chosen, fb, strings, ready, toggle, check }: QuestionProps) {
  const multiple = isMultiple(q);
  return (
    <fieldset>
      <legend>
        {qi + 1}. {q.question}
      </legend>
      {multiple && <p class="meta">{strings.chooseSeveral}</p>}
      {q.choices.map((choice, ci) => (
        <label class="check">
          <input
            type={multiple ? 'checkbox' : 'radio'}
            name={`q${qi}-r${round}`}
            value={String(ci)}
            checked={chosen.includes(ci)}
            onChange={() => toggle(qi, ci, multiple)}
          />
          {choice}
        </label>
      ))}
      <button type="button" onClick={() => check(qi)} disabled={!ready}>
        {strings.check}
      </button>
      <div class="feedback" role="status" aria-live="polite">
        {fb?.kind === 'empty' && <p>{strings.nothingChosen}</p>}
        {fb?.kind === 'correct' && (
          <p class="ok">
            <strong>{strings.correct}</strong> {q.explanation}
          </p>
        )}
        {fb?.kind === 'wrong' && (
          <p class="bad">
            <strong>{strings.wrong}</strong> {q.explanation}
          </p>
        )}
      </div>
    </fieldset>
  );
}

/** The quiz: its questions, then the round's result (passed, with the next lesson; or not, with "Try again"). */
export default function Quiz({ course, lesson, passMark, questions, strings, next }: Props) {
  const { doc, chosen, feedback, round, allAnswered, score, passed, alreadyDone, toggle, check, again } = useQuiz({ course, lesson, passMark, questions });

  const fill = (s: string) => s.replace('{{score}}', String(score)).replace('{{pass}}', String(passMark));

  return (
    <section class="quiz" aria-labelledby="quiz-h">
      <h2 id="quiz-h">{strings.title}</h2>
      {alreadyDone && !allAnswered && <p class="meta">✓ {strings.done}</p>}
      {questions.map((q, qi) => (
        <QuestionField key={`${round}-${qi}`} q={q} qi={qi} round={round} chosen={chosen[qi]} fb={feedback[qi]} strings={strings} ready={!!doc} toggle={toggle} check={check} />
      ))}
      <div role="status" aria-live="polite" class="quiz-result">
        {allAnswered && passed && (
          <p class="notice ok">
            {fill(strings.passed)} {next && <a href={siteHref(next.href)}>{next.label}</a>}
          </p>
        )}
        {allAnswered && !passed && (
          <p class="notice">
            {fill(strings.failed)}{' '}
            <button type="button" class="secondary" onClick={again}>
              {strings.retryAll}
            </button>
          </p>
        )}
      </div>
    </section>
  );
}
