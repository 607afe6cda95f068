import { test, expect } from '@playwright/test';

test('?q=asilo on /es/search/ lists Spanish guides with highlighted excerpts', async ({ page }) => {
  await page.goto('/es/search/?q=asilo');
  const input = page.getByRole('searchbox', { name: '¿Qué buscas?' });
  await expect(input).toHaveValue('asilo');
  const results = page.locator('ol.results > li');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.locator('a.title').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.every((h) => h!.startsWith('/es/'))).toBe(true);
  expect(hrefs).toContain('/es/guides/pedir-asilo-o-refugio/');
  await expect(results.locator('mark').first()).toBeVisible();
  await expect(page.getByRole('status')).toContainText(/\d+ resultados?/);
});

test('typing searches, and the URL follows the query', async ({ page }) => {
  await page.goto('/en/search/');
  await page.getByRole('searchbox', { name: 'What are you looking for?' }).fill('refugee');
  await expect(page.locator('ol.results > li').first()).toBeVisible();
  await expect(page).toHaveURL(/\?q=refugee$/);
  // Open a result, come Back: the query and results are still there.
  await page.locator('ol.results a.title').first().click();
  await page.goBack();
  await expect(page.getByRole('searchbox')).toHaveValue('refugee');
  await expect(page.locator('ol.results > li').first()).toBeVisible();
});

test('French search returns only French pages (no Spanish fallbacks)', async ({ page }) => {
  await page.goto('/fr/search/?q=asile');
  await expect(page.locator('ol.results > li').first()).toBeVisible();
  const hrefs = await page.locator('ol.results a.title').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.every((h) => h!.startsWith('/fr/'))).toBe(true);
  // A Spanish word that only appears in untranslated Spanish text finds nothing in French.
  await page.goto('/ht/search/?q=refugio');
  await expect(page.getByRole('status')).toBeVisible();
  const htHrefs = await page.locator('ol.results a.title').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(htHrefs.every((h) => h!.startsWith('/ht/'))).toBe(true);
});

test('filters narrow results by type and country', async ({ page }) => {
  await page.goto('/es/search/?q=migrantes');
  await expect(page.locator('ol.results > li').first()).toBeVisible();
  await page.getByLabel('Tipo').selectOption('service');
  await expect(page).toHaveURL(/type=service/);
  await expect(page.locator('ol.results .tag').first()).toHaveText('Servicio');
  const tags = await page.locator('ol.results .tag').allTextContents();
  expect(new Set(tags)).toEqual(new Set(['Servicio']));
  await page.getByLabel('País').selectOption('PE');
  await expect(page).toHaveURL(/country=PE/);
  const hrefs = await page.locator('ol.results a.title').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const h of hrefs) expect(h).toMatch(/^\/es\/directory\//);
});

test('no results points to the directory and emergency page', async ({ page }) => {
  await page.goto('/es/search/?q=zzzxqwv');
  await expect(page.getByText('No encontramos nada con esas palabras.')).toBeVisible();
  await expect(page.locator('.notice a[href="/es/directory/"]')).toBeVisible();
  await expect(page.locator('.notice a[href="/es/emergency/"]')).toBeVisible();
});

test('a clear message when the index cannot be loaded', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.abort());
  await page.goto('/es/search/?q=asilo');
  await expect(page.getByRole('alert')).toContainText('La búsqueda no está disponible');
});

test('every page has a search entry point in the header', async ({ page }) => {
  await page.goto('/ar/guides/');
  await page.getByRole('navigation', { name: 'القائمة الرئيسية' }).getByRole('link', { name: 'بحث' }).click();
  await expect(page).toHaveURL('/ar/search/');
  await expect(page.getByRole('searchbox', { name: 'عمّ تبحث؟' })).toBeVisible();
});

test('results load ten at a time, with "show more"', async ({ page }) => {
  await page.goto('/es/search/?q=derechos');
  await expect(page.locator('ol.results > li').first()).toBeVisible();
  const announced = Number(/\d+/.exec((await page.getByRole('status').first().textContent()) ?? '')?.[0]);
  expect(announced).toBeGreaterThan(10);
  await expect(page.locator('ol.results > li')).toHaveCount(10);
  await page.getByRole('button', { name: 'Ver más resultados' }).click();
  await expect(page.locator('ol.results > li')).toHaveCount(Math.min(20, announced));
});
