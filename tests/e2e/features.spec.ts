import { test, expect } from '@playwright/test';

const GUIDE = '/es/guides/pedir-asilo-o-refugio/';

test('read aloud is hidden when the device has no voice for the language', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(speechSynthesis, 'getVoices', { value: () => [{ lang: 'en-US', localService: true, name: 'English' }] });
  });
  await page.goto(GUIDE);
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('button', { name: /Escuchar/ })).toHaveCount(0);
});

test('read aloud uses a local voice for the page language and reads the article', async ({ page }) => {
  await page.addInitScript(() => {
    const spoken: string[] = [];
    (window as unknown as { spoken: string[] }).spoken = spoken;
    Object.defineProperty(speechSynthesis, 'getVoices', { value: () => [{ lang: 'es-MX', localService: true, name: 'Español' }] });
    Object.defineProperty(speechSynthesis, 'speak', { value: (u: SpeechSynthesisUtterance) => spoken.push(u.text) });
  });
  await page.goto(GUIDE);
  await page.getByRole('button', { name: /Escuchar/ }).click();
  const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
  expect(spoken).toHaveLength(1);
  expect(spoken[0]).toContain('¿Qué es una persona refugiada?');
  await expect(page.getByRole('button', { name: 'Pausar' })).toBeVisible();
});

test('share: copy-link fallback, a WhatsApp link, and a print stylesheet', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    // A browser without the Web Share API.
    delete (Navigator.prototype as unknown as { share?: unknown }).share;
  });
  await page.goto(GUIDE);
  await page.getByRole('button', { name: 'Copiar el enlace' }).click();
  await expect(page.getByText('Enlace copiado.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`http://localhost:4322${GUIDE}`);
  const wa = await page.getByRole('link', { name: 'Enviar por WhatsApp' }).getAttribute('href');
  expect(wa).toMatch(/^https:\/\/wa\.me\/\?text=/);
  // The page's own address (where it was opened), never a placeholder.
  expect(decodeURIComponent(wa!)).toContain(`http://localhost:4322/es/guides/pedir-asilo-o-refugio/`);
  expect(wa).not.toContain('example');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.quick-exit')).toBeHidden();
  await expect(page.locator('header.site')).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
});

test('a poster from a build without the public address says so plainly instead of printing a dead QR code', async ({ page }) => {
  // This suite's build has no PORTAL_SITE_URL (release.spec.ts builds one with it).
  await page.goto(GUIDE);
  await page.getByRole('link', { name: 'Cartel para imprimir' }).click();
  await expect(page).toHaveURL(`${GUIDE}poster/`);
  await expect(page.locator('h1')).toHaveText('¿Cómo pedir asilo o refugio?');
  await expect(page.locator('.poster-qr svg')).toHaveCount(0);
  await expect(page.locator('.poster-no-url')).toContainText('sin la dirección web del sitio');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.poster-no-url')).toBeVisible();
  // No placeholder address anywhere on the site's pages.
  expect(await page.content()).not.toContain('.example');
});

test('"clear this device" removes progress, saved pages, the language and the service worker', async ({ page }) => {
  await page.goto('/es/privacy/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.evaluate(() => localStorage.setItem('portal.progress', '{"version":1,"courses":{}}'));
  await page.waitForFunction(async () => (await caches.keys()).length > 0);
  await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
  page.once('dialog', (d) => d.dismiss());
  await page.getByRole('button', { name: 'Borrar todo lo de este sitio' }).click();
  expect(await page.evaluate(() => localStorage.getItem('portal.progress'))).not.toBeNull();
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Borrar todo lo de este sitio' }).click();
  await expect(page.getByText('Listo: este teléfono ya no guarda nada de este sitio.')).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('portal.')))).toEqual([]);
  expect(await page.evaluate(() => caches.keys())).toEqual([]);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});
