/**
 * On every page: registers the service worker (workbox-window), offers
 * "Update" when a new version waits, and says when the page is being read
 * offline and when it was saved. Small on purpose: it loads on every page.
 */
import { Workbox } from 'workbox-window';
import { FROM_DEVICE_ATTR, packCacheName } from '../lib/offline-urls.ts';
import { formatDate, isLang } from '../lib/locale.ts';

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

/** After the saved language was updated: what changed since the last visit, from the pack; dismissible. */
async function showNewChanges() {
  const box = document.getElementById('changes-notice');
  const lang = document.documentElement.lang;
  if (!box || !isLang(lang) || !('caches' in window) || !(await caches.has(packCacheName(lang)))) return;
  // Only on a phone that saved this language: the code comes then (from the pack), not on every first visit.
  const { rememberSeen, unseenChanges } = await import('../islands/changes-seen.ts');
  const { fresh, all } = await unseenChanges(lang);
  if (!fresh.length) return;
  const list = box.querySelector('ul')!;
  for (const c of fresh.slice(0, 3)) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = c.href;
    a.textContent = c.text;
    li.append(a);
    list.append(li);
  }
  box.querySelector('h2')!.append(` (${fresh.length})`);
  box.hidden = false;
  box.querySelector('button')?.addEventListener('click', () => {
    rememberSeen(lang, all);
    box.hidden = true;
  });
}
void showNewChanges().catch(() => {
  /* no pack, or storage unavailable: nothing to tell */
});

// The sections row scrolls sideways on narrow screens: show the current one.
document.querySelector('nav.main [aria-current]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
