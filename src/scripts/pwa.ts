/**
 * On every page: registers the service worker (workbox-window), offers
 * "Update" when a new version waits, and says when the page is being read
 * offline and when it was saved. Small on purpose: it loads on every page.
 */
import { Workbox } from 'workbox-window';
import { FROM_DEVICE_ATTR, packCacheName } from '../lib/offline/urls.ts';
import { formatDate, isLang } from '../i18n/locale.ts';

const banner = document.getElementById('update-banner');
const status = document.getElementById('offline-status');

// In the shelter kit (Kiwix, `<html data-kit>`) the archive is the offline copy: no service worker.
const inKit = document.documentElement.hasAttribute('data-kit');
if ('serviceWorker' in navigator && import.meta.env.PROD && !inKit) {
  const wb = new Workbox('/sw.js');
  wb.addEventListener('waiting', () => {
    if (!banner) return;
    banner.hidden = false;
    banner.querySelector('button')?.addEventListener('click', () => {
      // Reload once the new worker controls the page; nothing stored is touched.
      wb.addEventListener('controlling', () => location.reload());
      wb.messageSkipWaiting();
    });
  });
  void wb.register();
}

/**
 * Says the page is a saved copy when the service worker answered it from
 * the device (it marks `<html data-from-device>`), not from `navigator.onLine`,
 * which is true on Wi-Fi without internet or with data and no balance.
 */
async function showOfflineState() {
  const savedAt = document.documentElement.getAttribute(FROM_DEVICE_ATTR);
  if (!status || savedAt === null) return;
  let text = status.dataset.offline ?? '';
  const lang = document.documentElement.lang;
  if (savedAt && isLang(lang)) text += ` ${(status.dataset.saved ?? '').replace('{{date}}', formatDate(lang, savedAt.slice(0, 10)))}`;
  status.textContent = text;
  status.hidden = false;
}
void showOfflineState();

/**
 * After the saved language was updated: what changed since the last visit, read from the pack only
 * (`/<lang>/changes.json`, no request), dismissible; what was seen stays on the device. Inline (no
 * import) so a first visit downloads nothing more; the offline page records the first save
 * (src/islands/changes-seen.ts, same storage key).
 */
async function showNewChanges() {
  const box = document.getElementById('changes-notice');
  const lang = document.documentElement.lang;
  if (!box || !('caches' in window) || !(await caches.has(packCacheName(lang)))) return;
  const res = await (await caches.open(packCacheName(lang))).match(`${location.origin}/${lang}/changes.json`);
  if (!res) return;
  const all = ((await res.json()) as { changes: { id: string; text: string; href: string }[] }).changes;
  const key = `portal.changesSeen.${lang}`;
  const seen = JSON.parse(localStorage.getItem(key) ?? 'null') as string[] | null;
  const remember = () => localStorage.setItem(key, JSON.stringify(all.slice(0, 200).map((c) => c.id)));
  // The first time with a saved pack, what it tells is not news.
  if (!seen) return remember();
  const fresh = all.filter((c) => !seen.includes(c.id));
  if (!fresh.length) return;
  for (const c of fresh.slice(0, 3)) {
    const a = document.createElement('a');
    a.href = c.href;
    a.textContent = c.text;
    const li = document.createElement('li');
    li.append(a);
    box.querySelector('ul')!.append(li);
  }
  box.querySelector('h2')!.append(` (${fresh.length})`);
  box.hidden = false;
  box.querySelector('button')!.addEventListener('click', () => {
    remember();
    box.hidden = true;
  });
}
void showNewChanges().catch(() => {
  /* no pack, or storage unavailable: nothing to tell */
});

// The sections row scrolls sideways on narrow screens: show the current one.
document.querySelector('nav.main [aria-current]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
