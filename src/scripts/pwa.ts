/**
 * On every page: registers the service worker (workbox-window), offers
 * "Update" when a new version waits, and says when the page is being read
 * offline and when it was saved. Small on purpose: it loads on every page.
 */
import { Workbox } from 'workbox-window';
import { pageKey, SAVED_AT_HEADER } from '../lib/offline-urls.ts';
import { formatDate, isLang } from '../lib/locale.ts';

const banner = document.getElementById('update-banner');
const status = document.getElementById('offline-status');

if ('serviceWorker' in navigator && import.meta.env.PROD) {
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

async function showOfflineState() {
  if (!status) return;
  if (navigator.onLine) {
    status.hidden = true;
    return;
  }
  let text = status.dataset.offline ?? '';
  try {
    const saved = (await caches.match(pageKey(location.href)))?.headers.get(SAVED_AT_HEADER);
    const lang = document.documentElement.lang;
    if (saved && isLang(lang)) text += ` ${(status.dataset.saved ?? '').replace('{{date}}', formatDate(lang, saved.slice(0, 10)))}`;
  } catch {
    /* no Cache API: just say we are offline */
  }
  status.textContent = text;
  status.hidden = false;
}
addEventListener('online', showOfflineState);
addEventListener('offline', showOfflineState);
void showOfflineState();
