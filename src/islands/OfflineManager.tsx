/**
 * `/<lang>/offline/`: save or remove this language on the device, with the
 * size before starting, a <progress> bar, what is saved and when, and the
 * storage used. Offline, it lists the saved pages (and says so when the
 * page asked for was not saved: the service worker serves this page then).
 */
import { useEffect, useState } from 'preact/hooks';
import type { LanguagePack } from '../lib/offline/manifest.ts';
import { packMeta, removePack, savePack, savedPages, updateSize, AUTO_UPDATE_BYTES, type PackMeta } from '../lib/offline/pack-store.ts';
import { packManifestUrl } from '../lib/offline/urls.ts';
import { rememberIfFirst } from './changes-seen.ts';
import { formatDate, type Lang } from '../i18n/locales.ts';

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
}

interface Props {
  lang: Lang;
  strings: OfflineStrings;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));
const mb = (bytes: number) => (bytes / 1048576).toFixed(1);

export default function OfflineManager({ lang, strings }: Props) {
  const [pack, setPack] = useState<LanguagePack | null>(null);
  const [meta, setMeta] = useState<PackMeta | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [pages, setPages] = useState<string[]>([]);
  const [usage, setUsage] = useState<number | null>(null);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const supported = typeof caches !== 'undefined' && 'serviceWorker' in navigator;
  const wrongPage = typeof location !== 'undefined' && location.pathname !== `/${lang}/offline/`;

  /** The day (on this phone's calendar) of an ISO time, in the reader's language. */
  const date = (iso: string) => {
    const d = new Date(iso);
    const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    return formatDate(lang, day);
  };

  async function refreshState() {
    setMeta(await packMeta(lang));
    setPages(await savedPages(lang));
    if (navigator.storage?.estimate) setUsage((await navigator.storage.estimate()).usage ?? null);
    if (navigator.storage?.persisted) setPersisted(await navigator.storage.persisted());
  }

  // What the update would download: only the files that changed (issue 17).
  const [updateKb, setUpdateKb] = useState<number | null>(null);
  useEffect(() => {
    if (!supported || !pack || !meta || meta.version === pack.version) return setUpdateKb(null);
    updateSize(pack)
      .then((plan) => setUpdateKb(Math.max(1, Math.round(plan.bytes / 1024))))
      .catch(() => setUpdateKb(null));
  }, [pack, meta]);

  useEffect(() => {
    if (!supported) return;
    void refreshState();
    fetch(packManifestUrl(lang))
      .then((r) => (r.ok ? r.json() : null))
      .then((p: LanguagePack | null) => setPack(p))
      .catch(() => setPack(null));
  }, []);

  async function download() {
    if (!pack) return;
    setMessage(null);
    // Ask the browser not to evict what we save (the answer is shown below).
    if (navigator.storage?.persist) setPersisted(await navigator.storage.persist());
    setProgress({ done: 0, total: pack.entries.length });
    try {
      await savePack(pack, (done, total) => setProgress({ done, total }));
      // What the pack tells the first time it is saved is not "new since your last visit".
      await rememberIfFirst(pack.lang).catch(() => {});
    } catch {
      setMessage({ text: strings.error, error: true });
    }
    setProgress(null);
    await refreshState();
  }

  async function remove() {
    if (!confirm(strings.removeConfirm)) return;
    await removePack(lang);
    setMessage({ text: strings.removed });
    await refreshState();
  }

  if (!supported) return <p class="notice">{strings.unsupported}</p>;
  const titles = new Map((pack?.entries ?? []).filter((e) => e.title).map((e) => [e.url, e.title!]));
  const outdated = meta && pack && meta.version !== pack.version;

  return (
    <div class="offline">
      {wrongPage && <p class="notice" role="alert">{strings.notSaved}</p>}
      {pack && <p>{fill(strings.size, { mb: mb(pack.bytes) })}</p>}
      {meta && <p data-pack-saved>{fill(strings.saved, { date: date(meta.savedAt), pages: meta.pages })}</p>}
      {outdated && !progress && (
        <p class="notice" data-update-size={updateKb ?? undefined}>
          {strings.outdated} {updateKb !== null && fill(strings.updateSize, { kb: updateKb })}
        </p>
      )}
      {meta && <p class="meta">{fill(strings.autoUpdate, { kb: AUTO_UPDATE_BYTES / 1024 })}</p>}
      {pack && !progress && (!meta || outdated) && (
        <p>
          <button type="button" onClick={download}>
            {meta ? strings.refresh : strings.download}
          </button>
        </p>
      )}
      {progress && (
        <div>
          <label for="pack-progress">{fill(strings.downloading, progress)}</label>
          <progress id="pack-progress" max={progress.total} value={progress.done} />
        </div>
      )}
      {meta && !progress && (
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
