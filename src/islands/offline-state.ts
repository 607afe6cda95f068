/**
 * The offline page's state: the saved pack's record, a first download that
 * stopped halfway, the pack list (fetched only when its version changed),
 * the saved pages, the storage used, and the actions (download or resume,
 * update, remove). Kept apart from the view (OfflineManager.tsx).
 */
import { useEffect, useState } from 'preact/hooks';
import type { LanguagePack } from '../lib/offline/manifest.ts';
import { currentPackList, packMeta, partialPack, removePack, savePack, savedPages, updateSize, type PackMeta, type PartialPack } from '../lib/offline/pack-store.ts';
import { rememberIfFirst } from './changes-seen.ts';
import type { Lang } from '../i18n/locales.ts';

export function useOfflinePack(lang: Lang, supported: boolean, strings: { error: string; removeConfirm: string; removed: string }) {
  const [pack, setPack] = useState<LanguagePack | null>(null);
  const [meta, setMeta] = useState<PackMeta | null>(null);
  const [partial, setPartial] = useState<PartialPack | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [pages, setPages] = useState<string[]>([]);
  const [usage, setUsage] = useState<number | null>(null);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  // What the update would download: only the files that changed (issue 17).
  const [updateKb, setUpdateKb] = useState<number | null>(null);

  async function refreshState(): Promise<PackMeta | null> {
    const m = await packMeta(lang);
    setMeta(m);
    setPartial(await partialPack(lang));
    setPages(await savedPages(lang));
    if (navigator.storage?.estimate) setUsage((await navigator.storage.estimate()).usage ?? null);
    if (navigator.storage?.persisted) setPersisted(await navigator.storage.persisted());
    return m;
  }

  useEffect(() => {
    if (!supported || !pack || !meta || meta.version === pack.version) return setUpdateKb(null);
    updateSize(pack)
      .then((plan) => setUpdateKb(Math.max(1, Math.round(plan.bytes / 1024))))
      .catch(() => setUpdateKb(null));
  }, [pack, meta]);

  useEffect(() => {
    if (!supported) return;
    void refreshState().then((m) => currentPackList(lang, m).then(setPack, () => setPack(null)));
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

  const outdated = !!meta && !!pack && meta.version !== pack.version;
  return { pack, meta, partial, progress, message, pages, usage, persisted, updateKb, outdated, download, remove };
}
