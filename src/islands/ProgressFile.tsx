/**
 * "Save my progress to a file" and "Restore from a file" (courses page).
 * Restoring merges into what is on the device, so nothing is lost; a wrong
 * or damaged file changes nothing and says why.
 */
import { useState } from 'preact/hooks';
import { exportProgress, mergeProgress, parseExport, ProgressError } from '../lib/courses/progress.ts';
import { useProgress } from './progress-client.ts';

export interface ProgressFileStrings {
  title: string;
  export: string;
  import: string;
  imported: string;
  errorDamaged: string;
  errorNotProgress: string;
  errorTooNew: string;
}

export default function ProgressFile({ strings }: { strings: ProgressFileStrings }) {
  const [doc, setDoc] = useProgress();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  function save() {
    if (!doc) return;
    const blob = new Blob([exportProgress(doc)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `progreso-${new Date().toISOString().slice(0, 10)}.json`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  async function restore(file: File | undefined) {
    if (!file || !doc) return;
    try {
      const imported = parseExport(await file.text());
      setDoc(mergeProgress(doc, imported));
      setMessage({ text: strings.imported, error: false });
    } catch (e) {
      const kind = e instanceof ProgressError ? e.kind : 'damaged';
      setMessage({ text: kind === 'too-new' ? strings.errorTooNew : kind === 'not-progress' ? strings.errorNotProgress : strings.errorDamaged, error: true });
    }
  }

  return (
    <section class="progress-file" aria-labelledby="progress-file-h">
      <h2 id="progress-file-h">{strings.title}</h2>
      <p>
        <button type="button" class="secondary" onClick={save} disabled={!doc}>
          {strings.export}
        </button>
      </p>
      <p>
        <label for="progress-import">{strings.import}</label>
        <input id="progress-import" type="file" accept="application/json,.json" onChange={(e) => void restore((e.target as HTMLInputElement).files?.[0])} />
      </p>
      <p role={message?.error ? 'alert' : 'status'} class={message?.error ? 'notice' : 'meta'}>
        {message?.text}
      </p>
    </section>
  );
}
