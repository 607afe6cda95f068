/**
 * "Clear this device" (privacy page): after confirmation, removes course
 * progress, saved packs and caches, the remembered language and the
 * service worker. Browser history is the browser's, and is said so.
 */
import { useState } from 'preact/hooks';

interface Props {
  strings: { button: string; confirm: string; done: string };
}

/** Removes everything this site stored on the device. */
async function clearDevice(): Promise<void> {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith('portal.')) localStorage.removeItem(key);
  } catch {
    /* storage disabled: nothing stored */
  }
  if ('caches' in window) for (const name of await caches.keys()) await caches.delete(name);
  if ('serviceWorker' in navigator) for (const reg of await navigator.serviceWorker.getRegistrations()) await reg.unregister();
}

export default function ClearDevice({ strings }: Props) {
  const [done, setDone] = useState(false);
  return (
    <div>
      <button
        type="button"
        class="danger"
        onClick={async () => {
          if (!confirm(strings.confirm)) return;
          await clearDevice();
          setDone(true);
        }}
      >
        {strings.button}
      </button>
      <p role="status" class="meta">
        {done ? strings.done : ''}
      </p>
    </div>
  );
}
