/**
 * `/<lang>/offline/`: save or remove this language on the device, with the
 * size before starting, a <progress> bar, what is saved and when, and the
 * storage used. Offline, it lists the saved pages (and says so when the
 * page asked for was not saved: the service worker serves this page then).
 * A first download cut halfway says how much arrived, and a tap resumes
 * with only the rest. The state is offline-state.ts.
 */
import { AUTO_UPDATE_BYTES } from '../lib/offline/pack-store.ts';
import { formatDate, type Lang } from '../i18n/locales.ts';
import { useOfflinePack } from './offline-state.ts';

export interface OfflineStrings {
  size: string;
  download: string;
  downloading: string;
  saved: string;
  remove: string;
  removeConfirm: string;
  removed: string;
  storage: string;
  persistDenied: string;
  notSaved: string;
  savedPages: string;
  none: string;
  error: string;
  outdated: string;
  refresh: string;
  updateSize: string;
  autoUpdate: string;
  unsupported: string;
  /** "{{pages}} of {{total}} pages were saved…" after a first download stopped halfway. */
  partial: string;
  /** "Continue downloading ({{mb}} MB left)". */
  resume: string;
}

interface Props {
  lang: Lang;
  strings: OfflineStrings;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));
const mb = (bytes: number) => (bytes / 1048576).toFixed(1);

export default function OfflineManager({ lang, strings }: Props) {
  const supported = typeof caches !== 'undefined' && 'serviceWorker' in navigator;
  const wrongPage = typeof location !== 'undefined' && location.pathname !== `/${lang}/offline/`;
  const { pack, meta, partial, progress, message, pages, usage, persisted, updateKb, outdated, download, remove } = useOfflinePack(lang, supported, strings);

  /** The day (on this phone's calendar) of an ISO time, in the reader's language. */
  const date = (iso: string) => {
    const d = new Date(iso);
    const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    return formatDate(lang, day);
  };

  if (!supported) return <p class="notice">{strings.unsupported}</p>;
  const titles = new Map((pack?.entries ?? []).filter((e) => e.title).map((e) => [e.url, e.title!]));
  const action = meta ? strings.refresh : partial ? fill(strings.resume, { mb: Math.max(0.1, partial.bytesLeft / 1048576).toFixed(1) }) : strings.download;

  return (
    <div class="offline">
      {wrongPage && <p class="notice" role="alert">{strings.notSaved}</p>}
      {pack && <p>{fill(strings.size, { mb: mb(pack.bytes) })}</p>}
      {meta && <p data-pack-saved>{fill(strings.saved, { date: date(meta.savedAt), pages: meta.pages })}</p>}
      {partial && !progress && (
        <p class="notice" data-pack-partial>
          {fill(strings.partial, { pages: partial.pages, total: partial.totalPages })}
        </p>
      )}
      {outdated && !progress && (
        <p class="notice" data-update-size={updateKb ?? undefined}>
          {strings.outdated} {updateKb !== null && fill(strings.updateSize, { kb: updateKb })}
        </p>
      )}
      {meta && <p class="meta">{fill(strings.autoUpdate, { kb: AUTO_UPDATE_BYTES / 1024 })}</p>}
      {pack && !progress && (!meta || outdated) && (
        <p>
          <button type="button" onClick={download}>
            {action}
          </button>
        </p>
      )}
      {progress && (
        <div>
          <label for="pack-progress">{fill(strings.downloading, progress)}</label>
          <progress id="pack-progress" max={progress.total} value={progress.done} />
        </div>
      )}
      {(meta || partial) && !progress && (
        <p>
          <button type="button" class="secondary" onClick={remove}>
            {strings.remove}
          </button>
        </p>
      )}
      <p role="status" class={message?.error ? 'notice' : 'meta'}>
        {message?.text}
      </p>
      {usage !== null && <p class="meta">{fill(strings.storage, { used: mb(usage) })}</p>}
      {persisted === false && meta && <p class="meta">{strings.persistDenied}</p>}
      <h2>{strings.savedPages}</h2>
      {pages.length ? (
        <ul class="saved-pages">
          {pages.map((p) => (
            <li>
              <a href={p}>{titles.get(p) ?? p}</a>
            </li>
          ))}
        </ul>
      ) : (
        <p>{strings.none}</p>
      )}
    </div>
  );
}
