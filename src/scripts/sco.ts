/**
 * The LMS bridge of a lesson packaged as a SCORM 1.2 SCO (issue 16). It
 * finds the LMS's `API` object in a parent or opener window (the SCORM 1.2
 * run-time rules, through `@gamestdio/scorm`, a TypeScript port of the
 * pipwerks wrapper), calls LMSInitialize, reports each quiz round
 * (`cmi.core.score.raw/min/max`, `cmi.core.lesson_status` passed/failed
 * against the course's pass mark, or `completed` for a lesson without a
 * quiz), the session time, commits, and calls LMSFinish when the page goes
 * away. Opened as a plain file, with no LMS, the lesson still works and
 * says its progress is not being recorded.
 */
// The library's own instance: its methods call each other through it (a second `new Scorm()` would not finish).
import { scorm } from '@gamestdio/scorm';

const main = document.querySelector<HTMLElement>('main[data-sco]');
const started = Date.now();

/** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS. */
export function timespan(ms: number): string {
  const total = Math.max(0, ms) / 1000;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total - h * 3600 - m * 60;
  return `${String(h).padStart(4, '0')}:${String(m).padStart(2, '0')}:${s.toFixed(2).padStart(5, '0')}`;
}

if (main) {
  scorm.configure({ version: '1.2', debug: false });
  scorm.isDebugActive = false;
  const connected = scorm.initialize();
  if (!connected) {
    const note = document.getElementById('sco-no-lms');
    if (note) note.hidden = false;
  } else {
    const hasQuiz = main.dataset.hasQuiz === 'true';
    const status = scorm.get('cmi.core.lesson_status');
    if (!hasQuiz) scorm.set('cmi.core.lesson_status', 'completed');
    else if (status === 'not attempted' || !status) scorm.set('cmi.core.lesson_status', 'incomplete');
    scorm.commit();

    window.addEventListener('portal:quiz-result', (e) => {
      const { score, passed } = (e as CustomEvent<{ score: number; passed: boolean }>).detail;
      scorm.set('cmi.core.score.min', '0');
      scorm.set('cmi.core.score.max', '100');
      scorm.set('cmi.core.score.raw', String(Math.round(score)));
      scorm.set('cmi.core.lesson_status', passed ? 'passed' : 'failed');
      scorm.set('cmi.core.session_time', timespan(Date.now() - started));
      scorm.commit();
    });

    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      scorm.set('cmi.core.session_time', timespan(Date.now() - started));
      scorm.set('cmi.core.exit', '');
      scorm.commit();
      scorm.terminate();
    };
    window.addEventListener('pagehide', finish);
    window.addEventListener('beforeunload', finish);
  }
}
