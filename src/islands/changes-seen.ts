/**
 * Once a language pack is first saved, what its list of changes tells is
 * not "new since your last visit": the offline page records it as seen
 * (localStorage `portal.changesSeen.<lang>`, read by the notice in
 * src/scripts/pwa.ts after later updates). Reads the pack only; no request.
 */
import { packCacheName } from '../lib/offline/urls.ts';

/** Marks every change in the saved pack of `lang` as seen, unless something was recorded already. */
export async function rememberIfFirst(lang: string): Promise<void> {
  const key = `portal.changesSeen.${lang}`;
  if (!('caches' in window) || localStorage.getItem(key) !== null || !(await caches.has(packCacheName(lang)))) return;
  const res = await (await caches.open(packCacheName(lang))).match(new URL(`/${lang}/changes.json`, location.origin).href);
  if (!res) return;
  const { changes } = (await res.json()) as { changes: { id: string }[] };
  localStorage.setItem(key, JSON.stringify(changes.slice(0, 200).map((c) => c.id)));
}
