import { test, expect, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { spawn } from 'node:child_process';

/** Waits until the service worker controls the page and has saved it. */
async function controlledAndSaved(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.waitForFunction(async () => !!(await caches.match(location.origin + location.pathname)));
}

test('the site is installable: manifest with icons, service worker registered', async ({ page, request }) => {
  await page.goto('/es/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({ start_url: '/', display: 'standalone' });
  const sizes = manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`);
  expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '192x192 maskable', '512x512 maskable']));
  for (const icon of manifest.icons) expect((await request.get(icon.src)).headers()['content-type']).toBe('image/png');
  await controlledAndSaved(page);
});

test('a page read online opens again with the network cut, marked as offline with its saved date', async ({ page, context }) => {
  await page.goto('/es/guides/pedir-asilo-o-refugio/');
  await controlledAndSaved(page);
  const title = await page.locator('h1').textContent();
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('h1')).toHaveText(title!);
  await expect(page.locator('#offline-status')).toBeVisible();
  await expect(page.locator('#offline-status')).toContainText(/Sin conexión\. Página guardada el \d+ de \w+ de \d{4}\./);
  // Trailing-slash and index.html spellings reach the same saved page.
  await page.goto('/es/guides/pedir-asilo-o-refugio');
  await expect(page.locator('h1')).toHaveText(title!);
  await page.goto('/es/guides/pedir-asilo-o-refugio/index.html');
  await expect(page.locator('h1')).toHaveText(title!);
});

test('a saved page says it came from the device when the server is unreachable but the phone thinks it is online', async ({ page }) => {
  // Wi-Fi without internet, or mobile data with no balance: navigator.onLine
  // stays true, so only the service worker knows the page came from the device.
  const port = 4390 + test.info().workerIndex;
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    await new Promise<void>((ok) => server.stdout!.once('data', () => ok()));
    const url = `http://localhost:${port}/es/guides/pedir-asilo-o-refugio/`;
    await page.goto(url);
    await controlledAndSaved(page);
    await expect(page.locator('#offline-status')).toBeHidden();
    server.kill();
    await new Promise((ok) => server.once('exit', ok));
    // Other tests may be building a site at the same time: allow a busy machine some time.
    await page.reload({ timeout: 30_000 });
    expect(await page.evaluate(() => navigator.onLine)).toBe(true);
    await expect(page.locator('h1')).toHaveText('¿Cómo pedir asilo o refugio?', { timeout: 15_000 });
    await expect(page.locator('#offline-status')).toContainText(/Sin conexión\. Página guardada el \d+ de \w+ de \d{4}\./, { timeout: 15_000 });
  } finally {
    server.kill();
  }
});

test('a page read from the network is never marked as a saved copy', async ({ page }) => {
  await page.goto('/es/guides/salud-para-migrantes/');
  await controlledAndSaved(page);
  await page.reload();
  await expect(page.locator('h1')).toBeVisible();
  expect(await page.locator('html').getAttribute('data-from-device')).toBeNull();
  await expect(page.locator('#offline-status')).toBeHidden();
});

test('an unsaved page offline shows the offline page of its language with status 200', async ({ page, context }) => {
  await page.goto('/fr/');
  await controlledAndSaved(page);
  await context.setOffline(true);
  const res = await page.goto('/fr/guides/tus-datos-personales/');
  expect(res?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText('Utiliser hors ligne');
  await expect(page.getByRole('alert')).toContainText('n’est pas enregistrée sur ce téléphone');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('download the Spanish pack, then every Spanish guide, the directory and search work offline', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/es/offline/');
  await controlledAndSaved(page);
  await expect(page.getByText(/Este idioma ocupa \d+\.\d MB\./)).toBeVisible();
  await page.getByRole('button', { name: 'Descargar para usar sin conexión' }).click();
  await expect(page.locator('progress')).toBeVisible();
  await expect(page.locator('[data-pack-saved]')).toContainText('Guardado en este teléfono', { timeout: 60_000 });
  await expect(page.getByRole('button', { name: 'Quitar de este teléfono' })).toBeVisible();
  expect(await page.evaluate(() => navigator.storage.persisted())).toBeDefined();

  await context.setOffline(true);
  for (const file of readdirSync('content/guides/es')) {
    const slug = file.replace(/\.mdx?$/, '');
    const res = await page.goto(`/es/guides/${slug}/`);
    expect(res?.status(), slug).toBe(200);
    await expect(page.locator('h1')).not.toHaveText('Usar sin conexión');
    await expect(page.locator('.sources a').first()).toBeVisible();
  }
  await page.goto('/es/directory/');
  await expect(page.getByRole('status').filter({ hasText: /servicios$/ })).toHaveText(/^\d+ servicios$/);
  await page.getByLabel('País').selectOption('PE');
  // The finder loads the services when a filter is set: from the saved pack.
  await expect.poll(() => page.locator('.finder .cards > li').count()).toBeGreaterThan(0);
  await page.goto('/es/search/?q=asilo');
  await expect(page.locator('ol.results > li').first()).toBeVisible();
  await expect(page.locator('ol.results a.title', { hasText: /asilo/i }).first()).toBeVisible();
  // Service pages have their own search bundle, merged in; its WebAssembly is the main bundle's saved copy.
  await page.goto('/es/search/?q=migrantes&type=service');
  await expect(page.locator('ol.results a.title').first()).toHaveAttribute('href', /^\/es\/directory\/[a-z0-9-]+\/$/);

  // Offline, the offline page lists the saved pages by title.
  await page.goto('/es/offline/');
  await expect(page.locator('a[href="/es/guides/pedir-asilo-o-refugio/"]')).toHaveText('¿Cómo pedir asilo o refugio?');
});

test('offline, a Kreyòl search that finds little shows Spanish results from the saved pack (issue 25)', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/ht/offline/');
  await controlledAndSaved(page);
  await page.locator('.offline button').first().click();
  await expect(page.locator('[data-pack-saved]')).toBeVisible({ timeout: 60_000 });
  await context.setOffline(true);
  await page.goto('/ht/search/?q=carnet');
  const spanish = page.locator('[data-spanish-results]');
  await expect(spanish.locator('a.title').first()).toBeVisible();
  await expect(spanish.locator('a.title').first()).toHaveAttribute('href', /^\/es\//);
  await context.setOffline(false);
});

test('removing the pack asks first and frees it', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/pt/offline/');
  await controlledAndSaved(page);
  await page.getByRole('button', { name: 'Baixar para usar sem internet' }).click();
  await expect(page.locator('[data-pack-saved]')).toBeVisible({ timeout: 60_000 });
  page.once('dialog', (d) => d.dismiss());
  await page.getByRole('button', { name: 'Remover deste celular' }).click();
  await expect(page.locator('[data-pack-saved]')).toBeVisible();
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Remover deste celular' }).click();
  await expect(page.locator('[data-pack-saved]')).toHaveCount(0);
  expect(await page.evaluate(() => caches.has('portal-pack-pt'))).toBe(false);
});
