import { describe, it, expect } from 'vitest';
import { pageKey, fileKey, langOfPath, offlinePageFor, stampSaved, markFromDevice, SAVED_AT_HEADER, FROM_DEVICE_ATTR } from '../../src/lib/offline/urls.ts';
import { buildPack, urlOfFile, inPack, type BuiltFile } from '../../src/lib/offline/manifest.ts';

describe('URL normalization', () => {
  it('gives one key to every spelling of a page', () => {
    const key = 'https://x.org/es/guides/pedir-asilo/';
    for (const u of ['https://x.org/es/guides/pedir-asilo', 'https://x.org/es/guides/pedir-asilo/', 'https://x.org/es/guides/pedir-asilo/index.html', 'https://x.org/es/guides/pedir-asilo/?q=1#top']) {
      expect(pageKey(u)).toBe(key);
    }
    expect(pageKey('https://x.org/')).toBe('https://x.org/');
    expect(pageKey('https://x.org/index.html')).toBe('https://x.org/');
  });
  it('keeps file paths and drops cache-busting queries', () => {
    expect(pageKey('https://x.org/pagefind/pagefind.js?ts=1')).toBe('https://x.org/pagefind/pagefind.js');
    expect(fileKey('https://x.org/pagefind/pagefind-entry.json?ts=12345')).toBe('https://x.org/pagefind/pagefind-entry.json');
  });
  it('finds the language and its offline page', () => {
    expect(langOfPath('/ar/guides/x/')).toBe('ar');
    expect(langOfPath('/ar')).toBe('ar');
    expect(langOfPath('/pagefind/x')).toBeNull();
    expect(langOfPath('/arx/')).toBeNull();
    expect(offlinePageFor('/fr/scams/y/')).toBe('/fr/offline/');
    expect(offlinePageFor('/')).toBe('/es/offline/');
  });
  it('stamps saved responses without losing status or headers', async () => {
    const r = await stampSaved(new Response('hola', { status: 200, headers: { 'content-type': 'text/html' } }), new Date('2026-11-24T10:00:00Z'));
    expect(r.headers.get(SAVED_AT_HEADER)).toBe('2026-11-24T10:00:00.000Z');
    expect(r.headers.get('content-type')).toBe('text/html');
    expect(await r.text()).toBe('hola');
  });
  it('marks a page answered from the device with the time it was saved', async () => {
    const saved = await stampSaved(new Response('<!DOCTYPE html><html lang="es" dir="ltr"><body>x</body></html>', { headers: { 'content-type': 'text/html; charset=utf-8' } }), new Date('2026-11-24T10:00:00Z'));
    const marked = await markFromDevice(saved);
    expect(await marked.text()).toBe(`<!DOCTYPE html><html ${FROM_DEVICE_ATTR}="2026-11-24T10:00:00.000Z" lang="es" dir="ltr"><body>x</body></html>`);
    expect(marked.headers.get('content-type')).toContain('text/html');
  });
  it('marks a page with no saved time (the precached shell) with an empty value, and leaves other files alone', async () => {
    const shell = await markFromDevice(new Response('<html lang="fr"></html>', { headers: { 'content-type': 'text/html' } }));
    expect(await shell.text()).toBe(`<html ${FROM_DEVICE_ATTR}="" lang="fr"></html>`);
    const json = await markFromDevice(new Response('{"html":"<html>"}', { headers: { 'content-type': 'application/json' } }));
    expect(await json.text()).toBe('{"html":"<html>"}');
  });
  it('cannot be made to write markup through a forged saved-at header', async () => {
    const r = new Response('<html>', { headers: { 'content-type': 'text/html', [SAVED_AT_HEADER]: '"><script>x</script>' } });
    expect(await (await markFromDevice(r)).text()).not.toContain('<script>');
  });
});

describe('language pack manifest', () => {
  const files: BuiltFile[] = [
    { path: 'index.html', bytes: 100, hash: 'a' },
    { path: 'es/index.html', bytes: 1000, hash: 'b' },
    { path: 'es/guides/pedir-asilo/index.html', bytes: 2000, hash: 'c' },
    { path: 'es/404/index.html', bytes: 500, hash: 'd' },
    { path: 'en/index.html', bytes: 900, hash: 'e' },
    { path: 'pagefind/pagefind.js', bytes: 300, hash: 'f' },
    { path: 'pagefind/pagefind-entry.json', bytes: 30, hash: 'g' },
    { path: 'pagefind/wasm.es.pagefind', bytes: 400, hash: 'h' },
    { path: 'pagefind/wasm.en.pagefind', bytes: 400, hash: 'i' },
    { path: 'pagefind/index/es_abc.pf_index', bytes: 50, hash: 'j' },
    { path: 'pagefind/index/en_abc.pf_index', bytes: 50, hash: 'k' },
    { path: 'pagefind/fragment/es_1.pf_fragment', bytes: 20, hash: 'l' },
    { path: 'pagefind/pagefind.es_123.pf_meta', bytes: 10, hash: 'm' },
    { path: 'directory/es.json', bytes: 700, hash: 'n' },
    { path: 'directory/en.json', bytes: 700, hash: 'o' },
    { path: '_astro/SiteSearch.x.js', bytes: 60, hash: 'p' },
  ];
  it('lists the language pages (no 404), its search files and directory index, and assets', () => {
    const pack = buildPack('es', files, new Map([['/es/guides/pedir-asilo/', '¿Cómo pedir asilo?']]));
    expect(pack.entries.map((e) => e.url)).toEqual([
      '/es/guides/pedir-asilo/',
      '/es/',
      '/_astro/SiteSearch.x.js',
      '/directory/es.json',
      '/pagefind/fragment/es_1.pf_fragment',
      '/pagefind/index/es_abc.pf_index',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind.es_123.pf_meta',
      '/pagefind/pagefind.js',
      '/pagefind/wasm.es.pagefind',
    ]);
    expect(pack.pages).toBe(2);
    expect(pack.bytes).toBe(2000 + 1000 + 60 + 700 + 20 + 50 + 30 + 10 + 300 + 400);
    expect(pack.entries[0].title).toBe('¿Cómo pedir asilo?');
  });
  it('changes version when a file of the pack changes, not when another language does', () => {
    const v = buildPack('es', files).version;
    expect(buildPack('es', files.map((f) => (f.path === 'es/index.html' ? { ...f, hash: 'changed' } : f))).version).not.toBe(v);
    expect(buildPack('es', files.map((f) => (f.path === 'en/index.html' ? { ...f, hash: 'changed' } : f))).version).toBe(v);
  });
  it('maps files to URLs', () => {
    expect(urlOfFile('index.html')).toBe('/');
    expect(urlOfFile('es/index.html')).toBe('/es/');
    expect(urlOfFile('es/guides/x/index.html')).toBe('/es/guides/x/');
    expect(urlOfFile('directory/es.json')).toBe('/directory/es.json');
    expect(inPack('ar/guides/x/index.html', 'es')).toBe(false);
    expect(inPack('pagefind/index/ar_1.pf_index', 'es')).toBe(false);
    // Another language's pack carries the Spanish index too: search falls back to Spanish offline (issue 25).
    expect(inPack('pagefind/index/es_1.pf_index', 'ht')).toBe(true);
    expect(inPack('pagefind/directory/fragment/es_2.pf_fragment', 'ht')).toBe(true);
    expect(inPack('pagefind/index/fr_1.pf_index', 'ht')).toBe(false);
    // The language's list of changes travels with its pack (the notice after an update reads it offline); its feed does not.
    expect(inPack('es/changes.json', 'es')).toBe(true);
    expect(inPack('ar/changes.json', 'es')).toBe(false);
    expect(inPack('es/changes.xml', 'es')).toBe(false);
    // Sheets made for printing stay out of the phone's pack (they are in the shelter kit as PDFs).
    expect(inPack('es/directory/print/index.html', 'es')).toBe(false);
    expect(inPack('es/emergency/cl/poster/index.html', 'es')).toBe(false);
    expect(inPack('es/guides/pedir-asilo-o-refugio/poster/index.html', 'es')).toBe(false);
    expect(inPack('es/emergency/index.html', 'es')).toBe(true);
  });
});
