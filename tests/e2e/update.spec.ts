/**
 * Safe updates: build the site twice (the second time with a changed page),
 * serve the first, then swap in the second. The reader sees "Update", gets
 * the new content after tapping it, and keeps everything stored.
 */
import { test, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyProject, build, cleanup } from '../../bench/site-copy.mjs';

const PORT = 4331;
const NEW_TITLE = 'Información y ayuda para personas migrantes (versión nueva)';
let work: string;
let copy: string;
let server: ChildProcess;
const site = () => join(work, 'site');

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  work = mkdtempSync(join(tmpdir(), 'portal-update-'));
  cpSync('dist', site(), { recursive: true });
  // Version 2: the home page title changes.
  copy = copyProject();
  const es = join(copy, 'src/i18n/es.json');
  const strings = JSON.parse(readFileSync(es, 'utf8'));
  strings['home.title'] = NEW_TITLE;
  writeFileSync(es, JSON.stringify(strings));
  build(copy);
  server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(PORT), '--dir', site()], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 500));
});

test.afterAll(() => {
  server?.kill();
  if (copy) cleanup(copy);
  if (work) rmSync(work, { recursive: true, force: true });
});

test('a new version waits, the reader taps Update, and stored data survives', async ({ page }) => {
  test.setTimeout(120_000);
  const base = `http://localhost:${PORT}`;
  await page.goto(`${base}/es/`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const oldTitle = await page.locator('h1').textContent();
  expect(oldTitle).not.toBe(NEW_TITLE);
  // Things the reader did: a remembered language, a saved page, a value a course would store.
  await page.evaluate(() => localStorage.setItem('portal.test-progress', '{"kept":true}'));
  await page.goto(`${base}/es/guides/pedir-asilo-o-refugio/`);
  await page.waitForFunction(async () => !!(await caches.match(location.origin + location.pathname)));
  // And a saved language pack.
  await page.goto(`${base}/es/offline/`);
  await page.getByRole('button', { name: 'Descargar para usar sin conexión' }).click();
  await expect(page.locator('[data-pack-saved]')).toBeVisible({ timeout: 60_000 });
  const packVersion = () =>
    page.evaluate(async () => {
      const res = await (await caches.open('portal-pack-es')).match(location.origin + '/__portal/pack-meta.json');
      return res ? ((await res.json()) as { version: string }).version : null;
    });
  const oldPack = await packVersion();
  expect(oldPack).not.toBeNull();

  // Deploy version 2.
  rmSync(site(), { recursive: true, force: true });
  cpSync(join(copy, 'dist'), site(), { recursive: true });

  await page.goto(`${base}/es/`);
  const banner = page.locator('#update-banner');
  await expect(banner).toBeVisible({ timeout: 30_000 });
  await expect(banner).toContainText('Hay una versión nueva disponible.');
  // Until the reader taps Update, the old worker (with the old shell) stays in control.
  const precachedHome = () =>
    page.evaluate(async () => {
      for (const name of await caches.keys()) {
        if (!name.startsWith('workbox-precache')) continue;
        const cache = await caches.open(name);
        for (const req of await cache.keys()) {
          if (new URL(req.url).pathname === '/es/index.html') return (await (await cache.match(req))!.text()).includes('(versión nueva)');
        }
      }
      return null;
    });
  expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(true);
  const reloaded = page.waitForEvent('load');
  await banner.getByRole('button', { name: 'Actualizar' }).click();
  await reloaded;
  await expect(page.locator('h1')).toHaveText(NEW_TITLE, { timeout: 30_000 });
  await expect(page.locator('#update-banner')).toBeHidden();
  expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(false);
  // The new worker's shell has the new page, so it is what opens offline.
  expect(await precachedHome()).toBe(true);

  // Online, the new worker refreshes the saved pack in the background to the new version.
  const newPack = JSON.parse(readFileSync(join(copy, 'dist/offline/es.json'), 'utf8')).version;
  expect(newPack).not.toBe(oldPack);
  await expect.poll(packVersion, { timeout: 30_000 }).toBe(newPack);
  expect(await page.evaluate(() => localStorage.getItem('portal.lang'))).toBe('es');
  expect(await page.evaluate(() => localStorage.getItem('portal.test-progress'))).toBe('{"kept":true}');
  expect(await page.evaluate(async () => !!(await caches.match(location.origin + '/es/guides/pedir-asilo-o-refugio/')))).toBe(true);
});
