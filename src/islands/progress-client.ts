/**
 * The progress store as the islands use it: localStorage on this device,
 * shared between tabs (the `storage` event), never sent anywhere.
 */
import { useEffect, useState } from 'preact/hooks';
import { emptyProgress, loadProgress, saveProgress, type ProgressDoc, type ProgressError } from '../lib/courses/progress.ts';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Reads the stored progress (empty when none, or when it could not be read). */
function readProgress(): { doc: ProgressDoc; problem?: ProgressError } {
  const s = storage();
  return s ? loadProgress(s) : { doc: emptyProgress() };
}

/** Stores progress; tells other islands on the page. */
function writeProgress(doc: ProgressDoc): void {
  const s = storage();
  if (s) saveProgress(s, doc);
  dispatchEvent(new CustomEvent('portal:progress'));
}

/** Progress as state: empty on the server and first render, the stored value after. */
export function useProgress(): [ProgressDoc | null, (doc: ProgressDoc) => void, ProgressError | undefined] {
  const [doc, setDoc] = useState<ProgressDoc | null>(null);
  const [problem, setProblem] = useState<ProgressError>();
  useEffect(() => {
    const load = () => {
      const r = readProgress();
      setDoc(r.doc);
      setProblem(r.problem);
    };
    load();
    addEventListener('storage', load);
    addEventListener('portal:progress', load);
    return () => {
      removeEventListener('storage', load);
      removeEventListener('portal:progress', load);
    };
  }, []);
  return [
    doc,
    (next) => {
      writeProgress(next);
      setDoc(next);
    },
    problem,
  ];
}
