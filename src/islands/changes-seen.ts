/**
 * "What changed since your last visit", from the saved language pack only
 * (`/<lang>/changes.json` in its cache): no request is made, it works
 * offline, and what the reader has seen stays on the device
 * (localStorage `portal.changesSeen.<lang>`). Used by src/scripts/pwa.ts on
 * every page and by the offline page once a pack is saved.
 */
import { packCacheName } from '../lib/offline-urls.ts';

/** One change as the pack carries it. */
export interface SavedChange {
  id: string;
  date: string;
  text: string;
  href: string;
}

const key = (lang: string) => `portal.changesSeen.${lang}`;

/** The changes in the saved pack of `lang`, or null when no pack (or no list) is saved. */
export async function savedChanges(lang: string): Promise<SavedChange[] | null> {
  if (!('caches' in window) || !(await caches.has(packCacheName(lang)))) return null;
  const cache = await caches.open(packCacheName(lang));
  const res = await cache.match(new URL(`/${lang}/changes.json`, location.origin).href);
  if (!res) return null;
  try {
    return ((await res.json()) as { changes: SavedChange[] }).changes;
  } catch {
    return null;
  }
}

function seenIds(lang: string): string[] | null {
  try {
    const v = JSON.parse(localStorage.getItem(key(lang)) ?? 'null');
    return Array.isArray(v) ? v : null;
  } catch {
    return null;
  }
}

/** Marks every change in `list` as seen on this device. */
export function rememberSeen(lang: string, list: readonly SavedChange[]): void {
  try {
    localStorage.setItem(key(lang), JSON.stringify(list.slice(0, 200).map((c) => c.id)));
  } catch {
    /* storage may be off: the notice may then show again */
  }
}

/** Once a pack is first saved: what it tells now is not news (only later updates are). */
export async function rememberIfFirst(lang: string): Promise<void> {
  const list = await savedChanges(lang);
  if (list && !seenIds(lang)) rememberSeen(lang, list);
}

/** Changes in the saved pack the reader has not seen (empty the first time: that sets what is known). */
export async function unseenChanges(lang: string): Promise<{ fresh: SavedChange[]; all: SavedChange[] }> {
  const all = (await savedChanges(lang)) ?? [];
  const seen = seenIds(lang);
  if (!seen) {
    if (all.length) rememberSeen(lang, all);
    return { fresh: [], all };
  }
  return { fresh: all.filter((c) => !seen.includes(c.id)), all };
}
